#include "FusedPicture.h"

#include "AlertBook.h"

#include <algorithm>

namespace cop {

FusedPicture::FusedPicture(Picture *picture, AlertBook *alerts, NationCoverage coverage,
                           QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_alerts(alerts)
    , m_divergence(std::move(coverage))
{
    connect(picture, &Picture::changed, this, &FusedPicture::refresh);
    connect(picture, &Picture::feedChanged, this, &FusedPicture::refresh);
    refresh();
}

const Prediction *FusedPicture::prediction(const FusedTrack &track) const
{
    if (!m_picture || !track.predictionSource)
        return nullptr;
    const auto it = m_picture->predictions().constFind(*track.predictionSource);
    return it == m_picture->predictions().cend() ? nullptr : &*it;
}

void FusedPicture::refresh()
{
    if (!m_picture)
        return;
    m_fuser.update(m_picture->tracks());

    QSet<QString> live;
    for (auto it = m_picture->tracks().keyBegin(); it != m_picture->tracks().keyEnd(); ++it)
        live.insert(it->service);
    for (auto it = m_picture->feeds().cbegin(); it != m_picture->feeds().cend(); ++it) {
        if (it->state == FeedState::Live)
            live.insert(it.key());
        else
            live.remove(it.key());
    }
    for (const FusedTrack *track : m_fuser.tracks()) {
        FusedTrack *fused = m_fuser.findMutable(track->id);
        choosePrediction(*fused);
        m_divergence.assess(*fused, m_picture->predictions(), live, m_fuser.dataTimeUtcUs());
    }
    updateAdvisories();
    emit changed();
}

void FusedPicture::choosePrediction(FusedTrack &track) const
{
    std::vector<const Contributor *> byAccuracy;
    for (const Contributor &contributor : track.contributors)
        byAccuracy.push_back(&contributor);
    std::sort(byAccuracy.begin(), byAccuracy.end(), [](const Contributor *a, const Contributor *b) {
        return a->positionSigmaM < b->positionSigmaM;
    });
    track.predictionSource.reset();
    // A service's own prediction from its better data beats one computed here from less.
    for (bool local : {false, true}) {
        for (const Contributor *contributor : byAccuracy) {
            const auto it = m_picture->predictions().constFind(contributor->key);
            if (it != m_picture->predictions().cend() && it->local == local) {
                track.predictionSource = contributor->key;
                return;
            }
        }
    }
}

void FusedPicture::updateAdvisories()
{
    if (!m_alerts)
        return;
    QSet<QString> diverging;
    for (const FusedTrack *track : m_fuser.tracks()) {
        if (track->divergence == Divergence::None)
            continue;
        diverging.insert(track->id);
        if (m_advisories.contains(track->id))
            continue;
        AlertUpdate advisory;
        advisory.alertId = advisoryId(track->id);
        advisory.kind = AlertKind::Divergence;
        advisory.severity = Severity::Advisory;
        advisory.trackId = track->id;
        advisory.state = AlertState::ActiveUnacknowledged;
        advisory.raisedUtcUs = m_picture->nowUtcUs();
        advisory.exercise = track->exercise;
        m_advisories.insert(track->id, advisory);
        m_alerts->reportConsoleAlert({kAdvisoryService, advisory.alertId}, advisory);
    }
    for (auto it = m_advisories.begin(); it != m_advisories.end();) {
        if (diverging.contains(it.key())) {
            ++it;
            continue;
        }
        it->state = AlertState::Cleared;
        m_alerts->reportConsoleAlert({kAdvisoryService, it->alertId}, *it);
        it = m_advisories.erase(it);
    }
}

} // namespace cop
