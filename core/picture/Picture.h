#pragma once

#include "picture/FeedStatus.h"
#include "picture/PictureEvents.h"
#include "picture/TrackTable.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>
#include <utility>
#include <vector>

namespace cop {

// Everything the picture holds. The hashes are implicitly shared: a copy costs nothing until one
// side changes.
struct PictureContent
{
    TrackTable tracks;
    QHash<ServiceKey, Launch> launches;
    QHash<ServiceKey, Prediction> predictions;
    QHash<ServiceKey, AlertUpdate> alerts;
    QHash<QString, FeedStatus> feeds;
};

// The launch a service reports for one of its tracks, or nothing.
const Launch *launchOfTrack(const QHash<ServiceKey, Launch> &launches, const ServiceKey &trackKey);

// The common operational picture: everything every service has reported, keyed by service and
// the service's own ids. Fed by client/ (live) or a journal (replay) on the GUI thread; views
// read it and redraw when revision() moves.
class Picture : public QObject
{
    Q_OBJECT

public:
    static constexpr size_t kTrailPoints = size_t(Trail::kPoints);
    // A track its service has not reported for this long is stale: shown grey, its symbol
    // without threat colour (the map, the legend's words).
    static constexpr qint64 kStaleAfterUs = 10'000'000;
    static constexpr qint64 kTrailSpacingUs = 1'000'000;

    explicit Picture(QObject *parent = nullptr);

    void applyBatch(const ServiceBatch &batch);
    void updateFeed(const FeedStatus &status);
    // A prediction this console computed for a service's track (Prediction::local). Dropped
    // when the track is gone or its service has sent a prediction of its own meanwhile.
    void applyLocalPrediction(const QString &service, Prediction prediction);
    // Several at once, as one change: every view does its work once for all of them.
    void applyLocalPredictions(std::vector<std::pair<QString, Prediction>> predictions);
    // Replaces everything at once, as a replay seek does from a journal keyframe.
    void restore(const PictureContent &content);
    PictureContent content() const;

    // The picture's present: the wall clock live; in replay, the replay clock, so that track
    // ages and staleness look as they did at that moment.
    qint64 nowUtcUs() const;
    void setReplayClock(qint64 nowUtcUs);

    const TrackTable &tracks() const { return m_tracks; }
    const QHash<ServiceKey, Launch> &launches() const { return m_launches; }
    const QHash<ServiceKey, Prediction> &predictions() const { return m_predictions; }
    const QHash<ServiceKey, AlertUpdate> &alerts() const { return m_alerts; }
    const QHash<QString, FeedStatus> &feeds() const { return m_feeds; }
    // The launch a service reports for one of its tracks, or nothing.
    const Launch *launchOf(const ServiceKey &trackKey) const { return launchOfTrack(m_launches, trackKey); }

    // Moves on every change; views compare it to what they last drew.
    quint64 revision() const { return m_revision; }

signals:
    void changed();
    void feedChanged(const QString &service);

private:
    void clearService(const QString &service);
    void applySnapshot(const QString &service, const Snapshot &snapshot, qint64 receivedUtcUs);
    void applyTrack(const QString &service, const TrackUpdate &update, qint64 receivedUtcUs);
    void applyEvent(const QString &service, const PictureEvent &event, qint64 receivedUtcUs);

    TrackTable m_tracks;
    QHash<ServiceKey, Launch> m_launches;
    QHash<ServiceKey, Prediction> m_predictions;
    QHash<ServiceKey, AlertUpdate> m_alerts;
    QHash<QString, FeedStatus> m_feeds;
    quint64 m_revision = 0;
    std::optional<qint64> m_replayClockUtcUs;
};

} // namespace cop
