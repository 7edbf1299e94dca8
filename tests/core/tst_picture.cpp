#include "picture/Picture.h"

#include <QSignalSpy>
#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

TrackUpdate track(const QString &id, qint64 timeUs, double lat = 39.0, double lon = 125.7)
{
    TrackUpdate update;
    update.trackId = id;
    update.timeUtcUs = timeUs;
    update.position = {lat, lon, 1000.0};
    update.phase = TrackPhase::Boost;
    return update;
}

ServiceBatch batchOf(const QString &service, std::vector<PictureEvent> events, quint64 firstSequence = 1)
{
    ServiceBatch batch;
    batch.service = service;
    batch.receivedUtcUs = 42;
    for (auto &event : events)
        batch.events.push_back({firstSequence++, std::move(event)});
    return batch;
}

} // namespace

class TestPicture : public QObject
{
    Q_OBJECT

private slots:
    void keepsEachServicesTracksApart()
    {
        Picture picture;
        picture.applyBatch(batchOf("US", {track("T1", 1)}));
        picture.applyBatch(batchOf("JP", {track("T1", 1)}));
        QCOMPARE(picture.tracks().size(), 2);
        QVERIFY(picture.tracks().contains({"US", "T1"}));
        QVERIFY(picture.tracks().contains({"JP", "T1"}));
        QCOMPARE(picture.tracks().value({"US", "T1"}).receivedUtcUs, 42);
    }

    void aServicesBatchCopiesOnlyItsOwnTracksWhileACopySharesThem()
    {
        Picture picture;
        picture.applyBatch(batchOf("US", {track("T1", 1), track("T2", 1)}));
        picture.applyBatch(batchOf("JP", {track("J1", 1)}));
        const TrackTable pass = picture.tracks(); // as a fusion pass takes it

        picture.applyBatch(batchOf("US", {track("T1", 1'000'001)}, 3));
        QVERIFY(picture.tracks().sharesService(pass, "JP"));
        QVERIFY(!picture.tracks().sharesService(pass, "US"));
        // Of the service that changed, only the track that changed is copied, with its trail.
        QVERIFY(picture.tracks().sharesTrack(pass, {"US", "T2"}));
        QVERIFY(!picture.tracks().sharesTrack(pass, {"US", "T1"}));
        QCOMPARE(pass.value({"US", "T1"}).state.timeUtcUs, 1);
        QCOMPARE(pass.value({"US", "T1"}).trail.size(), 1);
        QCOMPARE(picture.tracks().value({"US", "T1"}).state.timeUtcUs, 1'000'001);
        QCOMPARE(picture.tracks().value({"US", "T1"}).trail.size(), 2);
    }

    void theTrackTableListsEveryTrackOnceServiceByService()
    {
        TrackTable table;
        table.reserve("KR", 0);
        for (const QString &service : {u"US"_s, u"JP"_s, u"KR"_s}) {
            for (int i = 0; i < 3; ++i)
                table.renew({service, u"T%1"_s.arg(i)}).service = service;
        }
        table.remove({"KR", "T0"});
        table.remove({"KR", "T1"});
        table.remove({"KR", "T2"});
        table.remove({"KR", "T9"});
        table.reserve("CN", 0);
        QCOMPARE(table.services(), QStringList({"JP", "US"}));
        QCOMPARE(table.size(), 6);

        QStringList seen;
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            QCOMPARE(it->service, it.key().service);
            seen.append(it.key().service + u'/' + it.key().id);
        }
        QCOMPARE(seen.size(), 6);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 6);
        QVERIFY(seen.indexOf(u"US/T0"_s) > seen.indexOf(u"JP/T2"_s)); // JP before US
        QCOMPARE(table.keys().size(), 6);

        QVERIFY(table.constFind({"KR", "T0"}) == table.cend());
        QVERIFY(table.constFind({"JP", "T9"}) == table.cend());
        QCOMPARE(table.constFind({"JP", "T1"}).key().id, u"T1"_s);
        table.removeService("JP");
        QCOMPARE(table.services(), QStringList({"US"}));
        table.removeService("US");
        QVERIFY(table.isEmpty());
        QVERIFY(table.cbegin() == table.cend());
    }

    void snapshotReplacesOnlyThatServicesState()
    {
        Picture picture;
        picture.applyBatch(batchOf("US", {track("OLD", 1), Launch{"L1", "OLD", 1, {}, {}, false}}));
        picture.applyBatch(batchOf("KR", {track("K1", 1)}));

        ServiceBatch batch;
        batch.service = "US";
        batch.snapshot = Snapshot{};
        batch.snapshot->asOfSequence = 7;
        batch.snapshot->tracks.push_back(track("NEW", 2));
        picture.applyBatch(batch);

        QVERIFY(!picture.tracks().contains({"US", "OLD"}));
        QVERIFY(picture.tracks().contains({"US", "NEW"}));
        QVERIFY(picture.tracks().contains({"KR", "K1"}));
        QVERIFY(picture.launches().isEmpty());
    }

    void eventsAfterTheSnapshotApplyOnTopOfIt()
    {
        Picture picture;
        ServiceBatch batch = batchOf("US", {TrackDrop{"A", 3, DropReason::Impacted, false}}, 8);
        batch.snapshot = Snapshot{7, {track("A", 1), track("B", 1)}, {}, {}, {}};
        picture.applyBatch(batch);
        QCOMPARE(picture.tracks().size(), 1);
        QVERIFY(picture.tracks().contains({"US", "B"}));
    }

    void dropRemovesTrackAndItsPrediction()
    {
        Picture picture;
        Prediction prediction;
        prediction.trackId = "T1";
        picture.applyBatch(batchOf("US", {track("T1", 1), prediction}));
        QCOMPARE(picture.predictions().size(), 1);
        picture.applyBatch(batchOf("US", {TrackDrop{"T1", 2, DropReason::Lost, false}}, 3));
        QVERIFY(picture.tracks().isEmpty());
        QVERIFY(picture.predictions().isEmpty());
    }

    void trailIsSpacedAndBounded()
    {
        Picture picture;
        std::vector<PictureEvent> events;
        // Ten updates a second for far longer than the trail holds.
        for (int i = 0; i < 10 * int(Picture::kTrailPoints) * 2; ++i)
            events.push_back(track("T1", i * 100'000LL, 39.0 + i * 1e-4));
        picture.applyBatch(batchOf("US", std::move(events)));
        const Track &t = picture.tracks().value({"US", "T1"});
        QCOMPARE(size_t(t.trail.size()), Picture::kTrailPoints);
        QVERIFY(t.trail.front().latDeg < t.trail.back().latDeg);
        // Spaced one second apart: ten updates between trail points.
        QVERIFY(qAbs(t.trail[1].latDeg - t.trail[0].latDeg - 10 * 1e-4) < 1e-9);

        // In room that does not grow as it slides: a trail for each of tens of thousands of
        // tracks.
        QVERIFY(size_t(t.trail.capacity()) <= Picture::kTrailPoints * 4 / 3);
        // A trail shared with a reader (the fusion pass, the overlay) slides without copying its
        // points but once in a while, and the reader's stays as it was.
        const qint64 lastUs = 10 * int(Picture::kTrailPoints) * 2 * 100'000LL;
        int moves = 0;
        const int slides = 3 * int(Picture::kTrailPoints);
        for (int s = 1; s <= slides; ++s) {
            const Trail read = picture.tracks().value({"US", "T1"}).trail;
            const GeoPoint readLast = read.back();
            picture.applyBatch(batchOf("US", {track("T1", lastUs + s * 1'000'000LL, 50.0 + s * 1e-3)}, quint64(10 + s)));
            const Trail slid = picture.tracks().value({"US", "T1"}).trail;
            QCOMPARE(slid.size(), read.size());
            QCOMPARE(slid.back().latDeg, 50.0 + s * 1e-3);
            QCOMPARE(slid[slid.size() - 2], read.back());
            QCOMPARE(slid.front(), read[1]);
            QCOMPARE(read.back(), readLast);
            if (&slid.front() != &read[1])
                ++moves;
        }
        QVERIFY2(moves <= slides / 20, qPrintable(u"%1 of %2 slides copied the trail"_s.arg(moves).arg(slides)));
        const Trail slid = picture.tracks().value({"US", "T1"}).trail;
        for (qsizetype i = 1; i < slid.size(); ++i)
            QVERIFY(qAbs(slid[i].latDeg - slid[i - 1].latDeg - 1e-3) < 1e-9);

        // A reader's copy gaining a point of its own leaves the picture's alone.
        Trail branch = slid;
        branch.append({1.0, 2.0, 3.0});
        QCOMPARE(branch.back().latDeg, 1.0);
        QCOMPARE(branch[branch.size() - 2], slid.back());
        QCOMPARE(picture.tracks().value({"US", "T1"}).trail.back(), slid.back());
        picture.applyBatch(batchOf("US", {track("T1", lastUs + (slides + 1) * 1'000'000LL, 60.0)}, 9'999));
        QCOMPARE(picture.tracks().value({"US", "T1"}).trail.back().latDeg, 60.0);
        QCOMPARE(branch.back().latDeg, 1.0);
    }

    void alertStateFollowsTheLatestUpdate()
    {
        Picture picture;
        AlertUpdate alert;
        alert.alertId = "A1";
        alert.state = AlertState::ActiveUnacknowledged;
        AlertUpdate acked = alert;
        acked.state = AlertState::ActiveAcknowledged;
        acked.acknowledgements.push_back({"Kim", "seoul-1", 5});
        picture.applyBatch(batchOf("KR", {alert, acked}));
        QCOMPARE(picture.alerts().size(), 1);
        QCOMPARE(picture.alerts().value({"KR", "A1"}).state, AlertState::ActiveAcknowledged);
        QCOMPARE(picture.alerts().value({"KR", "A1"}).acknowledgements.at(0).operatorName, "Kim");
    }

    void emitsOneChangePerBatchAndNoneForEmptyBatches()
    {
        Picture picture;
        QSignalSpy spy(&picture, &Picture::changed);
        picture.applyBatch(batchOf("US", {track("T1", 1), track("T2", 1), track("T3", 1)}));
        picture.applyBatch(ServiceBatch{"US", std::nullopt, {}, 0});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(picture.revision(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestPicture)
#include "tst_picture.moc"
