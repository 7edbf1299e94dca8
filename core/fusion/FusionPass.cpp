#include "fusion/FusionPass.h"

#include <algorithm>

namespace cop {

namespace {

// A service's own prediction from its better data beats one computed here from less; among
// them, the most accurate contributor's.
std::optional<ServiceKey> predictionSource(const FusedTrack &track,
                                           const QHash<ServiceKey, Prediction> &predictions)
{
    std::vector<const Contributor *> byAccuracy;
    for (const Contributor &contributor : track.contributors)
        byAccuracy.push_back(&contributor);
    std::sort(byAccuracy.begin(), byAccuracy.end(), [](const Contributor *a, const Contributor *b) {
        return a->positionSigmaM < b->positionSigmaM;
    });
    for (bool local : {false, true}) {
        for (const Contributor *contributor : byAccuracy) {
            const auto it = predictions.constFind(contributor->key);
            if (it != predictions.cend() && it->local == local)
                return contributor->key;
        }
    }
    return std::nullopt;
}

} // namespace

FusionInput FusionInput::of(const Picture &picture)
{
    FusionInput input;
    // Implicitly shared: the picture copies its hash (once, whole) when it next changes.
    input.tracks = picture.tracks();
    input.predictions.reserve(picture.predictions().size());
    for (auto it = picture.predictions().cbegin(); it != picture.predictions().cend(); ++it) {
        Prediction &summary = input.predictions[it.key()];
        summary.trackId = it->trackId;
        summary.impactPoint = it->impactPoint;
        summary.ellipses = it->ellipses;
        summary.provisional = it->provisional;
        summary.orbital = it->orbital;
        summary.local = it->local;
    }
    input.launches = picture.launches();
    for (auto it = picture.tracks().keyBegin(); it != picture.tracks().keyEnd(); ++it)
        input.liveServices.insert(it->service);
    for (auto it = picture.feeds().cbegin(); it != picture.feeds().cend(); ++it) {
        if (it->state == FeedState::Live)
            input.liveServices.insert(it.key());
        else
            input.liveServices.remove(it.key());
    }
    return input;
}

FusionResult FusionPass::run(const FusionInput &input)
{
    m_fuser.update(input.tracks);
    FusionResult result;
    result.sources = input.tracks;
    result.dataTimeUtcUs = m_fuser.dataTimeUtcUs();
    result.outOfTime = m_fuser.outOfTime();
    result.formerAssignment = m_fuser.formerAssignment();
    result.joinedInto = m_fuser.joinedInto();
    const std::vector<const FusedTrack *> tracks = m_fuser.tracks();
    result.tracks.reserve(tracks.size());
    for (const FusedTrack *track : tracks) {
        FusedTrack *fused = m_fuser.findMutable(track->id);
        fused->predictionSource = predictionSource(*fused, input.predictions);
        m_divergence.assess(*fused, input.predictions, input.liveServices, result.dataTimeUtcUs);
        result.index.insert(fused->id, qsizetype(result.tracks.size()));
        for (const Contributor &contributor : fused->contributors)
            result.assignment.insert(contributor.key, fused->id);
        result.tracks.push_back(*fused);
    }
    m_launches.choose(result.tracks, input.launches, m_fuser);
    return result;
}

} // namespace cop
