// The bookkeeping behind a service's limits: which tracks it may have, and refusals per minute.

#include "SlidingCount.h"
#include "TrackLimit.h"

#include <QTest>

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
        QCOMPARE(limit.admit(snapshot), qsizetype(1));
        QCOMPARE(snapshot.tracks.size(), 2u);
        for (const cop::TrackUpdate &kept : snapshot.tracks)
            QVERIFY(kept.trackId != u"T2"_s);
        QCOMPARE(snapshot.predictions.size(), 1u);
        QCOMPARE(snapshot.predictions.front().trackId, u"T1"_s);
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
        QCOMPARE(limit.admit(empty), qsizetype(0));
        QVERIFY(limit.admit(cop::PictureEvent(track(4, 0))));
        QVERIFY(limit.admit(cop::PictureEvent(track(5, 0))));
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
