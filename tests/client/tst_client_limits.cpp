// The bookkeeping behind a service's limits: which tracks it may have, and refusals per minute.

#include "SlidingCount.h"
#include "TrackLimit.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

cop::TrackUpdate track(int id, qint64 timeUtcUs)
{
    cop::TrackUpdate update;
    update.trackId = u"T%1"_s.arg(id);
    update.timeUtcUs = timeUtcUs;
    return update;
}

cop::Prediction prediction(int id)
{
    cop::Prediction prediction;
    prediction.trackId = u"T%1"_s.arg(id);
    return prediction;
}

} // namespace

class LimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestTracksOfASnapshotAndTheirPredictions()
    {
        cop::TrackLimit limit(2);
        cop::Snapshot snapshot;
        snapshot.tracks = {track(1, 300), track(2, 100), track(3, 200)};
        snapshot.predictions = {prediction(1), prediction(2)};
        QCOMPARE(limit.admit(snapshot).tracks, qsizetype(1));
        QCOMPARE(snapshot.tracks.size(), 2u);
        for (const cop::TrackUpdate &kept : snapshot.tracks)
            QVERIFY(kept.trackId != u"T2"_s);
        QCOMPARE(snapshot.predictions.size(), 1u);
        QCOMPARE(snapshot.predictions.front().trackId, u"T1"_s);
    }

    // A snapshot of far more tracks and alerts than the limit, in chunks: held to twice the limit
    // while it arrives, and in the end the same newest tracks, alerts, predictions and count of
    // removed as if it had been admitted whole.
    void boundsASnapshotWhileItArrives()
    {
        constexpr int kLimit = 100, kChunks = 30, kChunkTracks = 50;
        cop::TrackLimit limit(kLimit);
        std::vector<qint64> times;
        for (int i = 0; i < kChunks * kChunkTracks; ++i)
            times.push_back((qint64(i) * 7'919) % 10'007); // distinct, in no order
        // The newest track comes last; its prediction, and one of a track that will not be
        // kept, come first.
        std::swap(times.back(), *std::max_element(times.begin(), times.end()));
        const int newestId = kChunks * kChunkTracks - 1;
        const int oldestId = int(std::min_element(times.begin(), times.end()) - times.begin());

        cop::Snapshot partial;
        qsizetype removed = 0;
        qsizetype othersRemoved = 0;
        for (int c = 0; c < kChunks; ++c) {
            cop::Snapshot chunk;
            for (int i = c * kChunkTracks; i < (c + 1) * kChunkTracks; ++i) {
                chunk.tracks.push_back(track(i, times[size_t(i)]));
                cop::AlertUpdate alert;
                alert.alertId = u"A%1"_s.arg(i);
                alert.raisedUtcUs = times[size_t(i)];
                chunk.alerts.push_back(alert);
            }
            if (c == 0)
                chunk.predictions = {prediction(newestId), prediction(oldestId)};
            partial.append(std::move(chunk));
            if (c + 1 < kChunks) {
                const cop::TrackLimit::Removed bounded = limit.bound(partial);
                removed += bounded.tracks;
                othersRemoved += bounded.others;
            }
            QVERIFY2(partial.tracks.size() <= size_t(2 * kLimit + kChunkTracks),
                     qPrintable(QString::number(partial.tracks.size())));
            QVERIFY2(partial.alerts.size() <= size_t(2 * kLimit + kChunkTracks),
                     qPrintable(QString::number(partial.alerts.size())));
        }
        const cop::TrackLimit::Removed admitted = limit.admit(partial);
        removed += admitted.tracks;
        othersRemoved += admitted.others;

        QCOMPARE(removed, qsizetype(kChunks * kChunkTracks - kLimit));
        std::vector<qint64> newest = times;
        std::sort(newest.begin(), newest.end(), std::greater<>());
        newest.resize(kLimit);
        std::vector<qint64> kept;
        for (const cop::TrackUpdate &update : partial.tracks)
            kept.push_back(update.timeUtcUs);
        std::sort(kept.begin(), kept.end(), std::greater<>());
        QCOMPARE(kept, newest);
        std::vector<qint64> keptAlerts;
        for (const cop::AlertUpdate &alert : partial.alerts)
            keptAlerts.push_back(alert.raisedUtcUs);
        std::sort(keptAlerts.begin(), keptAlerts.end(), std::greater<>());
        QCOMPARE(keptAlerts, newest);
        // The alerts beyond the limit, and the prediction of a track not kept.
        QCOMPARE(othersRemoved, qsizetype(kChunks * kChunkTracks - kLimit + 1));
        QCOMPARE(partial.predictions.size(), 1u);
        QCOMPARE(partial.predictions.front().trackId, track(newestId, 0).trackId);
    }

    void refusesNewTracksUntilOneIsDropped()
    {
        cop::TrackLimit limit(2);
        QVERIFY(limit.admit(cop::PictureEvent(track(1, 0))));
        QVERIFY(limit.admit(cop::PictureEvent(track(2, 0))));
        QVERIFY(!limit.admit(cop::PictureEvent(track(3, 0))));
        QVERIFY(!limit.admit(cop::PictureEvent(prediction(3))));
        QVERIFY(limit.admit(cop::PictureEvent(track(1, 1)))); // known: always
        QVERIFY(limit.admit(cop::PictureEvent(prediction(1))));
        QVERIFY(limit.admit(cop::PictureEvent(cop::TrackDrop{u"T2"_s})));
        QVERIFY(limit.admit(cop::PictureEvent(track(3, 0))));
        cop::Snapshot empty; // a snapshot replaces what the service had
        QCOMPARE(limit.admit(empty).tracks, qsizetype(0));
        QVERIFY(limit.admit(cop::PictureEvent(track(4, 0))));
        QVERIFY(limit.admit(cop::PictureEvent(track(5, 0))));
    }

    // Whatever ids a service makes up, the picture holds at most the limit of each kind.
    void holdsPredictionsLaunchesAndAlertsToTheLimit()
    {
        cop::TrackLimit limit(2);
        QVERIFY(limit.admit(cop::PictureEvent(prediction(1))));
        QVERIFY(limit.admit(cop::PictureEvent(prediction(2))));
        QVERIFY(!limit.admit(cop::PictureEvent(prediction(3))));
        QVERIFY(limit.admit(cop::PictureEvent(prediction(1)))); // a newer one: always
        QVERIFY(limit.admit(cop::PictureEvent(cop::TrackDrop{u"T1"_s}))); // takes its prediction
        QVERIFY(limit.admit(cop::PictureEvent(prediction(3))));

        const auto launch = [](int id) {
            cop::Launch made;
            made.launchId = u"L%1"_s.arg(id);
            made.launchTimeUtcUs = id;
            return made;
        };
        const auto alert = [](int id) {
            cop::AlertUpdate made;
            made.alertId = u"A%1"_s.arg(id);
            made.raisedUtcUs = id;
            return made;
        };
        QVERIFY(limit.admit(cop::PictureEvent(launch(1))));
        QVERIFY(limit.admit(cop::PictureEvent(launch(2))));
        QVERIFY(!limit.admit(cop::PictureEvent(launch(3))));
        QVERIFY(limit.admit(cop::PictureEvent(launch(2))));
        QVERIFY(limit.admit(cop::PictureEvent(alert(1))));
        QVERIFY(limit.admit(cop::PictureEvent(alert(2))));
        QVERIFY(!limit.admit(cop::PictureEvent(alert(3))));
        QVERIFY(limit.admit(cop::PictureEvent(alert(1))));

        // A snapshot keeps the newest of each, and what it keeps is what the service holds.
        cop::Snapshot snapshot;
        snapshot.launches = {launch(5), launch(7), launch(6)};
        snapshot.alerts = {alert(9), alert(8), alert(10), alert(11)};
        const cop::TrackLimit::Removed removed = limit.admit(snapshot);
        QCOMPARE(removed.tracks, qsizetype(0));
        QCOMPARE(removed.others, qsizetype(3));
        QStringList launches, alerts;
        for (const cop::Launch &kept : snapshot.launches)
            launches << kept.launchId;
        for (const cop::AlertUpdate &kept : snapshot.alerts)
            alerts << kept.alertId;
        launches.sort();
        alerts.sort();
        QCOMPARE(launches, QStringList({u"L6"_s, u"L7"_s}));
        QCOMPARE(alerts, QStringList({u"A10"_s, u"A11"_s}));
        QVERIFY(limit.admit(cop::PictureEvent(launch(6))));
        QVERIFY(!limit.admit(cop::PictureEvent(launch(1))));
        QVERIFY(limit.admit(cop::PictureEvent(prediction(4)))); // the snapshot held none
    }

    void forgetsCountsAfterTheSpanButNotBefore()
    {
        cop::SlidingCount count(60s);
        const auto start = cop::SlidingCount::Clock::now();
        count.add(7, start);
        count.add(5, start + 30s);
        QCOMPARE(count.count(start + 59s), 12);
        QCOMPARE(count.count(start + 67s), 5);
        QCOMPARE(count.count(start + 97s), 0);
        QCOMPARE(count.bucketLength(), 6'000ms);
    }
};

QTEST_APPLESS_MAIN(LimitsTest)
#include "tst_client_limits.moc"
