#include "TrackLimit.h"

#include <algorithm>

namespace cop {

TrackLimit::TrackLimit(int limit)
    : m_limit(std::max(limit, 0))
{}

namespace {

qsizetype keepNewest(std::vector<TrackUpdate> &tracks, qsizetype count)
{
    const qsizetype removed = std::max<qsizetype>(qsizetype(tracks.size()) - count, 0);
    if (removed > 0) {
        const auto kept = tracks.begin() + count;
        std::nth_element(tracks.begin(), kept, tracks.end(),
                         [](const TrackUpdate &a, const TrackUpdate &b) {
                             return a.timeUtcUs > b.timeUtcUs;
                         });
        tracks.erase(kept, tracks.end());
    }
    return removed;
}

} // namespace

qsizetype TrackLimit::bound(Snapshot &partial) const
{
    // Down to the limit, not to twice it: the next trim is then a limit's worth of tracks away.
    return qsizetype(partial.tracks.size()) > 2 * qsizetype(m_limit) ? keepNewest(partial.tracks, m_limit) : 0;
}

qsizetype TrackLimit::admit(Snapshot &snapshot)
{
    std::vector<TrackUpdate> &tracks = snapshot.tracks;
    const qsizetype removed = keepNewest(tracks, m_limit);
    m_tracks.clear();
    m_tracks.reserve(qsizetype(tracks.size()));
    for (const TrackUpdate &track : tracks)
        m_tracks.insert(track.trackId);
    if (removed > 0) {
        std::erase_if(snapshot.predictions, [this](const Prediction &prediction) {
            return !m_tracks.contains(prediction.trackId);
        });
    }
    return removed;
}

bool TrackLimit::admit(const PictureEvent &event)
{
    if (const auto *update = std::get_if<TrackUpdate>(&event))
        return admitTrack(update->trackId);
    if (const auto *prediction = std::get_if<Prediction>(&event))
        return m_tracks.contains(prediction->trackId) || m_tracks.size() < m_limit;
    if (const auto *drop = std::get_if<TrackDrop>(&event))
        m_tracks.remove(drop->trackId);
    return true;
}

bool TrackLimit::admitTrack(const QString &trackId)
{
    if (m_tracks.contains(trackId))
        return true;
    if (m_tracks.size() >= m_limit)
        return false;
    m_tracks.insert(trackId);
    return true;
}

} // namespace cop
