#include "picture/Picture.h"

#include <QDateTime>

#include <algorithm>

namespace cop {

namespace {

template<typename T>
void removeService(QHash<ServiceKey, T> &hash, const QString &service)
{
    hash.removeIf([&service](const auto &it) { return it.key().service == service; });
}

} // namespace

Picture::Picture(QObject *parent)
    : QObject(parent)
{}

void Picture::applyBatch(const ServiceBatch &batch)
{
    if (batch.isEmpty())
        return;
    if (batch.snapshot)
        applySnapshot(batch.service, *batch.snapshot, batch.receivedUtcUs);
    for (const SequencedEvent &event : batch.events)
        applyEvent(batch.service, event.event, batch.receivedUtcUs);
    ++m_revision;
    emit changed();
}

void Picture::updateFeed(const FeedStatus &status)
{
    m_feeds.insert(status.service, status);
    ++m_revision;
    emit feedChanged(status.service);
}

void Picture::applyLocalPrediction(const QString &service, Prediction prediction)
{
    std::vector<std::pair<QString, Prediction>> one;
    one.emplace_back(service, std::move(prediction));
    applyLocalPredictions(std::move(one));
}

void Picture::applyLocalPredictions(std::vector<std::pair<QString, Prediction>> predictions)
{
    bool applied = false;
    for (auto &[service, prediction] : predictions) {
        const ServiceKey key{service, prediction.trackId};
        const auto existing = m_predictions.constFind(key);
        if (!m_tracks.contains(key) || (existing != m_predictions.cend() && !existing->local))
            continue;
        prediction.local = true;
        m_predictions.insert(key, std::move(prediction));
        applied = true;
    }
    if (!applied)
        return;
    ++m_revision;
    emit changed();
}

void Picture::restore(const PictureContent &content)
{
    QStringList services = m_feeds.keys();
    m_tracks = content.tracks;
    m_launches = content.launches;
    m_predictions = content.predictions;
    m_alerts = content.alerts;
    m_feeds = content.feeds;
    ++m_revision;
    emit changed();
    services += m_feeds.keys();
    services.removeDuplicates();
    for (const QString &service : std::as_const(services))
        emit feedChanged(service);
}

PictureContent Picture::content() const
{
    return {m_tracks, m_launches, m_predictions, m_alerts, m_feeds};
}

const Launch *launchOfTrack(const QHash<ServiceKey, Launch> &launches, const ServiceKey &trackKey)
{
    for (auto it = launches.cbegin(); it != launches.cend(); ++it) {
        if (it.key().service == trackKey.service && it->trackId == trackKey.id)
            return &*it;
    }
    return nullptr;
}

qint64 Picture::nowUtcUs() const
{
    if (m_replayClockUtcUs)
        return *m_replayClockUtcUs;
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

void Picture::setReplayClock(qint64 nowUtcUs)
{
    m_replayClockUtcUs = nowUtcUs;
}

void Picture::clearService(const QString &service)
{
    m_tracks.removeService(service);
    removeService(m_launches, service);
    removeService(m_predictions, service);
    removeService(m_alerts, service);
}

void Picture::applySnapshot(const QString &service, const Snapshot &snapshot, qint64 receivedUtcUs)
{
    clearService(service);
    m_tracks.reserve(service, qsizetype(snapshot.tracks.size()));
    for (const TrackUpdate &track : snapshot.tracks)
        applyTrack(service, track, receivedUtcUs);
    for (const Launch &launch : snapshot.launches)
        m_launches.insert({service, launch.launchId}, launch);
    for (const Prediction &prediction : snapshot.predictions)
        m_predictions.insert({service, prediction.trackId}, prediction);
    for (const AlertUpdate &alert : snapshot.alerts)
        m_alerts.insert({service, alert.alertId}, alert);
}

void Picture::applyTrack(const QString &service, const TrackUpdate &update, qint64 receivedUtcUs)
{
    Track &track = m_tracks.renew({service, update.trackId});
    track.service = service;
    if (track.trail.isEmpty() || update.timeUtcUs - track.trailHeadUtcUs >= kTrailSpacingUs) {
        track.trail.append(update.position);
        track.trailHeadUtcUs = update.timeUtcUs;
    }
    track.state = update;
    track.receivedUtcUs = receivedUtcUs;
}

void Picture::applyEvent(const QString &service, const PictureEvent &event, qint64 receivedUtcUs)
{
    std::visit(
        [&](const auto &body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, TrackUpdate>) {
                applyTrack(service, body, receivedUtcUs);
            } else if constexpr (std::is_same_v<T, TrackDrop>) {
                m_tracks.remove({service, body.trackId});
                m_predictions.remove({service, body.trackId});
            } else if constexpr (std::is_same_v<T, Launch>) {
                m_launches.insert({service, body.launchId}, body);
            } else if constexpr (std::is_same_v<T, Prediction>) {
                m_predictions.insert({service, body.trackId}, body);
            } else if constexpr (std::is_same_v<T, AlertUpdate>) {
                m_alerts.insert({service, body.alertId}, body);
            }
        },
        event);
}

} // namespace cop
