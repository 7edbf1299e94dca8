#include "fusion/FusionPass.h"

#include <algorithm>

namespace cop {

namespace {

// A service's own prediction from its better data beats one computed here from less; among
// them, the most accurate contributor's.
std::optional<ServiceKey> predictionSource(const FusedTrack &track,
                                           const QHash<ServiceKey, Prediction> &predictions)
{
    const Contributor *source = nullptr;
    bool sourceLocal = true;
    for (const Contributor &contributor : track.contributors) {
        const auto it = predictions.constFind(contributor.key);
        if (it == predictions.cend())
            continue;
        if (!source || (sourceLocal && !it->local)
            || (sourceLocal == it->local && contributor.positionSigmaM < source->positionSigmaM)) {
            source = &contributor;
            sourceLocal = it->local;
        }
    }
    return source ? std::optional(source->key) : std::nullopt;
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
    for (const QString &service : picture.tracks().services())
        input.liveServices.insert(service);
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
    const std::vector<FusedTrack *> tracks = m_fuser.mutableTracks();
    result.tracks.reserve(tracks.size());
    if (!sameTracksAsIndexed(tracks)) {
        m_index = {};
        m_assignment = {};
        m_indexedIds.clear();
        m_index.reserve(qsizetype(tracks.size()));
        m_assignment.reserve(input.tracks.size());
        for (const FusedTrack *fused : tracks) {
            m_index.insert(fused->id, m_index.size());
            m_indexedIds.push_back(fused->id);
            for (const Contributor &contributor : fused->contributors)
                m_assignment.insert(contributor.key, fused->id);
        }
        m_indexedMembership = m_fuser.membership();
    }
    result.index = m_index;
    result.assignment = m_assignment;
    for (FusedTrack *fused : tracks) {
        fused->predictionSource = predictionSource(*fused, input.predictions);
        m_divergence.assess(*fused, input.predictions, input.liveServices, result.dataTimeUtcUs);
        result.tracks.push_back(*fused);
    }
    m_launches.choose(result.tracks, input.launches, m_fuser);
    return result;
}

bool FusionPass::sameTracksAsIndexed(const std::vector<FusedTrack *> &tracks) const
{
    // The same ids in the same order: a track that retires (or, its service reporting again,
    // comes back) changes the list without changing any track's contributors.
    return m_fuser.membership() == m_indexedMembership && tracks.size() == m_indexedIds.size()
           && std::equal(tracks.begin(), tracks.end(), m_indexedIds.begin(),
                         [](const FusedTrack *track, const QString &id) { return track->id == id; });
}

} // namespace cop
