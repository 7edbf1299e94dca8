#include "TrackLimit.h"

#include <algorithm>

namespace cop {

namespace {

template<typename Item>
qsizetype keepNewest(std::vector<Item> &items, qsizetype count, qint64 Item::*time)
{
    const qsizetype removed = std::max<qsizetype>(qsizetype(items.size()) - count, 0);
    if (removed > 0) {
        const auto kept = items.begin() + count;
        std::nth_element(items.begin(), kept, items.end(),
                         [time](const Item &a, const Item &b) { return a.*time > b.*time; });
        items.erase(kept, items.end());
    }
    return removed;
}

// Down to `count` once past twice it, not at once: the next trim is then `count` items away.
template<typename Item>
qsizetype trimPastTwice(std::vector<Item> &items, qsizetype count, qint64 Item::*time)
{
    return qsizetype(items.size()) > 2 * count ? keepNewest(items, count, time) : 0;
}

template<typename Item>
QSet<QString> idsOf(const std::vector<Item> &items, QString Item::*id)
{
    QSet<QString> ids;
    ids.reserve(qsizetype(items.size()));
    for (const Item &item : items)
        ids.insert(item.*id);
    return ids;
}

} // namespace

TrackLimit::TrackLimit(int limit)
    : m_limit(std::max(limit, 0))
{}

TrackLimit::Removed TrackLimit::bound(Snapshot &partial) const
{
    return {trimPastTwice(partial.tracks, m_limit, &TrackUpdate::timeUtcUs),
            trimPastTwice(partial.predictions, m_limit, &Prediction::issuedUtcUs)
                + trimPastTwice(partial.launches, m_limit, &Launch::launchTimeUtcUs)
                + trimPastTwice(partial.alerts, m_limit, &AlertUpdate::raisedUtcUs)};
}

TrackLimit::Removed TrackLimit::admit(Snapshot &snapshot)
{
    Removed removed;
    removed.tracks = keepNewest(snapshot.tracks, m_limit, &TrackUpdate::timeUtcUs);
    m_tracks = idsOf(snapshot.tracks, &TrackUpdate::trackId);
    if (removed.tracks > 0) {
        removed.others += std::erase_if(snapshot.predictions, [this](const Prediction &prediction) {
            return !m_tracks.contains(prediction.trackId);
        });
    }
    removed.others += keepNewest(snapshot.predictions, m_limit, &Prediction::issuedUtcUs)
                      + keepNewest(snapshot.launches, m_limit, &Launch::launchTimeUtcUs)
                      + keepNewest(snapshot.alerts, m_limit, &AlertUpdate::raisedUtcUs);
    m_predictions = idsOf(snapshot.predictions, &Prediction::trackId);
    m_launches = idsOf(snapshot.launches, &Launch::launchId);
    m_alerts = idsOf(snapshot.alerts, &AlertUpdate::alertId);
    return removed;
}

bool TrackLimit::admit(const PictureEvent &event)
{
    if (const auto *update = std::get_if<TrackUpdate>(&event))
        return admitId(m_tracks, update->trackId);
    if (const auto *prediction = std::get_if<Prediction>(&event)) {
        return (m_tracks.contains(prediction->trackId) || m_tracks.size() < m_limit)
               && admitId(m_predictions, prediction->trackId);
    }
    if (const auto *launch = std::get_if<Launch>(&event))
        return admitId(m_launches, launch->launchId);
    if (const auto *alert = std::get_if<AlertUpdate>(&event))
        return admitId(m_alerts, alert->alertId);
    if (const auto *drop = std::get_if<TrackDrop>(&event)) {
        m_tracks.remove(drop->trackId);
        m_predictions.remove(drop->trackId);
    }
    return true;
}

bool TrackLimit::admitId(QSet<QString> &held, const QString &id)
{
    if (held.contains(id))
        return true;
    if (held.size() >= m_limit)
        return false;
    held.insert(id);
    return true;
}

} // namespace cop
