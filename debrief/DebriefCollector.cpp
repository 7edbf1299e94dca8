#include "DebriefCollector.h"

#include <type_traits>

namespace cop {

namespace {

// The newest report of each key, kept in the order the keys first came.
template <typename Item>
void keepLatest(QHash<ServiceKey, size_t> &index, std::vector<Item> &items, const ServiceKey &key, Item item)
{
    if (const auto known = index.constFind(key); known != index.cend()) {
        items[*known] = std::move(item);
        return;
    }
    index.insert(key, items.size());
    items.push_back(std::move(item));
}

} // namespace

DebriefCollector::DebriefCollector(DebriefWindow window)
{
    m_survey.window = window;
}

void DebriefCollector::takePicture(const Picture &picture)
{
    for (const Track &track : picture.tracks())
        this->track(track.service, track.state);
    for (auto it = picture.predictions().cbegin(); it != picture.predictions().cend(); ++it)
        prediction(it.key().service, it.value());
    for (auto it = picture.launches().cbegin(); it != picture.launches().cend(); ++it)
        launch(it.key().service, it.value());
}

void DebriefCollector::takeBatch(const ServiceBatch &batch)
{
    if (batch.snapshot) {
        for (const TrackUpdate &update : batch.snapshot->tracks)
            track(batch.service, update);
        for (const Prediction &p : batch.snapshot->predictions)
            prediction(batch.service, p);
        for (const Launch &l : batch.snapshot->launches)
            launch(batch.service, l);
    }
    for (const SequencedEvent &sequenced : batch.events) {
        std::visit([&](const auto &event) {
            using Event = std::decay_t<decltype(event)>;
            if constexpr (std::is_same_v<Event, TrackUpdate>)
                track(batch.service, event);
            else if constexpr (std::is_same_v<Event, TrackDrop>)
                drop(batch.service, event);
            else if constexpr (std::is_same_v<Event, Prediction>)
                prediction(batch.service, event);
            else if constexpr (std::is_same_v<Event, Launch>)
                launch(batch.service, event);
        }, sequenced.event);
    }
}

void DebriefCollector::track(const QString &service, const TrackUpdate &update)
{
    const ServiceKey key{service, update.trackId};
    auto known = m_tracks.constFind(key);
    if (known == m_tracks.cend()) {
        known = m_tracks.insert(key, m_survey.tracks.size());
        m_survey.tracks.push_back({service, update, {}, {}});
    }
    TrackHistory &history = m_survey.tracks[*known];
    std::vector<TrailPoint> &trail = history.trail;
    if (!trail.empty() && update.timeUtcUs < trail.back().timeUtcUs)
        return; // older than what it already has: a late duplicate
    history.last = update;
    history.drop.reset(); // the service reports it again
    // As the map's trail, about a point a second, however often the service reports.
    const TrailPoint point{update.timeUtcUs, update.position};
    if (trail.size() >= 2 && update.timeUtcUs - trail[trail.size() - 2].timeUtcUs < Picture::kTrailSpacingUs)
        trail.back() = point;
    else
        trail.push_back(point);
}

void DebriefCollector::drop(const QString &service, const TrackDrop &drop)
{
    if (const auto known = m_tracks.constFind({service, drop.trackId}); known != m_tracks.cend())
        m_survey.tracks[*known].drop = drop;
}

void DebriefCollector::prediction(const QString &service, const Prediction &prediction)
{
    keepLatest(m_predictions, m_survey.predictions, {service, prediction.trackId}, {service, prediction});
}

void DebriefCollector::launch(const QString &service, const Launch &launch)
{
    keepLatest(m_launches, m_survey.launches, {service, launch.launchId}, {service, launch});
}

} // namespace cop
