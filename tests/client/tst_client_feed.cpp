// One service's feed as the console sees it: delivery, batching, bad data, health states.

#include "DeliveryRecorder.h"
#include "InProcessService.h"
#include "ScriptedService.h"
#include "TrackUpdates.h"

#include "picture/Picture.h"
#include "ServiceConnection.h"
#include "ThreadsNamed.h"

#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cop::FeedState;
using cop::testing::emptySnapshot;
using cop::testing::heartbeat;
using cop::testing::sequenced;
using cop::testing::streamOpened;
using cop::testing::trackUpdate;

namespace {

constexpr int kTimeoutMs = 10'000;

} // namespace

class FeedTest : public QObject
{
    Q_OBJECT

private slots:
    void deliversSnapshotThenLiveEvents();
    void batchesAtMostTwentyTimesASecond();
    void countsMalformedEventsAndKeepsApplyingGoodOnes();
    void countsMalformedSnapshotItemsAndAppliesTheRest();
    void resubscribesAfterTheLastAppliedEventOnASequenceGap();
    void asksForASnapshotWhenTheServiceResumesAHistoryNotHeld();
    void turnsStaleWhenHeartbeatsStopAndLiveWhenTheyResume();
    void reportsDownWithTheReasonWhileNoServiceAnswers();
    void stopsAndStartsAgainWhereItLeftOff();
    void survivesDestructionMidStream();
};

void FeedTest::deliversSnapshotThenLiveEvents()
{
    cop::sim::EventLog log("epoch-1");
    for (int i = 0; i < 20; ++i)
        log.append(trackUpdate(i % 10, i / 10));
    InProcessService service(log);
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    cop::Picture picture;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                     &cop::Picture::applyBatch);
    QObject::connect(&connection, &cop::ServiceConnection::statusChanged, &picture,
                     &cop::Picture::updateFeed);
    DeliveryRecorder deliveries(connection);
    connection.start();
    QCOMPARE(connection.status().state, FeedState::Connecting);

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.snapshotAsOf, std::vector<quint64>{20}, kTimeoutMs);
    QCOMPARE(picture.tracks().size(), 10);
    QCOMPARE(connection.status().state, FeedState::Live);
    for (int i = 20; i < 50; ++i)
        log.append(trackUpdate(i % 10, i / 10));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 50u, kTimeoutMs);
    QCOMPARE(deliveries.sequences.front(), 21u);
    QCOMPARE(deliveries.sequences.size(), 30u);
    QCOMPARE(picture.tracks().value({u"US"_s, u"T3"_s}).state.timeUtcUs,
             trackUpdate(3, 4).track_update().time_utc_us());
    QCOMPARE(connection.status().counters.eventsApplied, 30u);
    QCOMPARE(connection.status().counters.snapshots, 1u);
    QTRY_COMPARE_WITH_TIMEOUT(picture.feeds().value(u"US"_s).counters.eventsApplied, 30u,
                              kTimeoutMs);
    QCOMPARE(picture.feeds().value(u"US"_s).address, service.address());
    QVERIFY(connection.status().lastHeardUtcUs > 0);
}

void FeedTest::batchesAtMostTwentyTimesASecond()
{
    cop::sim::EventLog log("epoch-1");
    InProcessService service(log);
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    DeliveryRecorder deliveries(connection);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);

    constexpr int kEvents = 1'000;
    std::thread producer([&log] {
        for (int i = 0; i < kEvents; ++i) { // about one a millisecond for a second
            log.append(trackUpdate(i % 50, i / 50));
            std::this_thread::sleep_for(1ms);
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), quint64(kEvents), kTimeoutMs);
    producer.join();

    const std::vector<qint64> &times = deliveries.batchTimesMs;
    QVERIFY2(times.size() > 5, "the events should have come in several batches");
    for (size_t i = 1; i < times.size(); ++i) {
        QVERIFY2(times[i] - times[i - 1] >= cop::ServiceConnection::kBatchInterval.count(),
                 qPrintable(u"batch %1 came %2 ms after the one before"_s.arg(i).arg(
                     times[i] - times[i - 1])));
    }
}

void FeedTest::countsMalformedEventsAndKeepsApplyingGoodOnes()
{
    cop::sim::EventLog log("epoch-1");
    InProcessService service(log);
    cop::ServiceConnection connection(u"KR"_s, service.address(), u"test-console"_s);
    DeliveryRecorder deliveries(connection);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);

    cop::v1::PictureEvent badLatitude = trackUpdate(1, 0);
    badLatitude.mutable_track_update()->mutable_position_geodetic()->set_lat_deg(123);
    cop::v1::PictureEvent badCovariance = trackUpdate(2, 0);
    badCovariance.mutable_track_update()->add_covariance_upper(1.0);
    QTest::ignoreMessage(QtWarningMsg,
                         "[KR] malformed track_update: position_geodetic.lat_deg = 123");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^\\[KR\\] malformed event: "_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^\\[KR\\] malformed track_update: covariance_upper"_s));
    log.append(trackUpdate(0, 0));
    log.append(badLatitude);
    log.append(cop::v1::PictureEvent()); // no body at all
    log.append(trackUpdate(3, 0));
    log.append(badCovariance);
    log.append(trackUpdate(4, 0));

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 6u, kTimeoutMs);
    QCOMPARE(deliveries.sequences, (std::vector<quint64>{1, 4, 6}));
    const cop::FeedCounters &counters = connection.status().counters;
    QCOMPARE(counters.malformed, 3u);
    QCOMPARE(counters.eventsApplied, 3u);
    QCOMPARE(counters.gaps, 0u);
    QCOMPARE(counters.duplicates, 0u);
    QCOMPARE(counters.reconnects, 0u);
    QCOMPARE(connection.status().state, FeedState::Live);
}

void FeedTest::countsMalformedSnapshotItemsAndAppliesTheRest()
{
    cop::sim::EventLog log("epoch-1");
    for (int track = 0; track < 5; ++track) {
        cop::v1::PictureEvent event = trackUpdate(track, 0);
        if (track % 2 == 1)
            event.mutable_track_update()->set_quality(7.0f);
        log.append(event);
    }
    InProcessService service(log);
    cop::ServiceConnection connection(u"JP"_s, service.address(), u"test-console"_s);
    cop::Picture picture;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                     &cop::Picture::applyBatch);
    QTest::ignoreMessage(QtWarningMsg, "[JP] malformed snapshot: tracks[1].quality = 7");
    QTest::ignoreMessage(QtWarningMsg, "[JP] malformed snapshot: tracks[3].quality = 7");
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(picture.tracks().size(), 3, kTimeoutMs);
    QCOMPARE(connection.status().counters.malformed, 2u);
    QVERIFY(!picture.tracks().contains({u"JP"_s, u"T1"_s}));
    QVERIFY(picture.tracks().contains({u"JP"_s, u"T4"_s}));
}

void FeedTest::resubscribesAfterTheLastAppliedEventOnASequenceGap()
{
    ScriptedService service({
        {{streamOpened("E", false, 1000)}, {emptySnapshot(0)}, {sequenced(trackUpdate(0, 1), 1)},
         {sequenced(trackUpdate(0, 2), 2)}, {sequenced(trackUpdate(0, 4), 4)},
         {sequenced(trackUpdate(0, 5), 5)}},
        {{streamOpened("E", true, 1000)}, {sequenced(trackUpdate(0, 3), 3)},
         {sequenced(trackUpdate(0, 4), 4)}, {sequenced(trackUpdate(0, 5), 5)}},
    });
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    DeliveryRecorder deliveries(connection);
    QTest::ignoreMessage(QtWarningMsg,
                         "[US] sequence gap: event 4 after 2; resubscribing after 2");
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 5u, kTimeoutMs);
    QCOMPARE(deliveries.sequences, (std::vector<quint64>{1, 2, 3, 4, 5}));
    QCOMPARE(connection.status().counters.gaps, 1u);
    QCOMPARE(connection.status().counters.reconnects, 1u);
    const auto requests = service.requests();
    QCOMPARE(requests.size(), 2u);
    QCOMPARE(requests[0].console_id(), "test-console");
    QCOMPARE(requests[0].epoch(), "");
    QCOMPARE(requests[0].resume_after_sequence(), 0u);
    QCOMPARE(requests[1].epoch(), "E");
    QCOMPARE(requests[1].resume_after_sequence(), 2u);
}

void FeedTest::asksForASnapshotWhenTheServiceResumesAHistoryNotHeld()
{
    ScriptedService service({
        {{streamOpened("E", true, 1000)}, {sequenced(trackUpdate(0, 1), 1)}},
        {{streamOpened("E", false, 1000)}, {emptySnapshot(5)}, {sequenced(trackUpdate(0, 6), 6)}},
    });
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    DeliveryRecorder deliveries(connection);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^\\[US\\] out of order: stream_opened"_s));
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 6u, kTimeoutMs);
    QCOMPARE(deliveries.snapshotAsOf, std::vector<quint64>{5});
    QCOMPARE(deliveries.sequences, std::vector<quint64>{6});
    QCOMPARE(connection.status().counters.malformed, 1u);
    QCOMPARE(service.requests().at(1).epoch(), "");
}

void FeedTest::turnsStaleWhenHeartbeatsStopAndLiveWhenTheyResume()
{
    ScriptedService service({{{streamOpened("E", false, 100)}, {emptySnapshot(0)},
                              {heartbeat(100), 600ms}}});
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    std::vector<FeedState> states;
    connect(&connection, &cop::ServiceConnection::statusChanged, this,
            [&states](const cop::FeedStatus &status) {
                if (states.empty() || states.back() != status.state)
                    states.push_back(status.state);
            });
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);
    QElapsedTimer silence;
    silence.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Stale, kTimeoutMs);
    QVERIFY2(silence.elapsed() >= 150, "stale only after two heartbeat periods (200 ms)");
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);
    QCOMPARE(states, (std::vector<FeedState>{FeedState::Live, FeedState::Stale, FeedState::Live}));
}

void FeedTest::reportsDownWithTheReasonWhileNoServiceAnswers()
{
    QString address;
    {
        cop::sim::EventLog log("epoch-1");
        InProcessService service(log); // a port that was free a moment ago, and is again
        address = service.address();
    }
    cop::ServiceConnection connection(u"US"_s, address, u"test-console"_s);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Down, kTimeoutMs);
    QVERIFY(!connection.status().lastError.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(connection.status().counters.reconnects >= 2, kTimeoutMs);
    QCOMPARE(connection.status().lastHeardUtcUs, 0);
}

void FeedTest::stopsAndStartsAgainWhereItLeftOff()
{
    cop::sim::EventLog log("epoch-1");
    InProcessService service(log);
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    DeliveryRecorder deliveries(connection);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.snapshotAsOf.size(), 1u, kTimeoutMs);
    for (int i = 0; i < 10; ++i)
        log.append(trackUpdate(i, 0));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 10u, kTimeoutMs);

    connection.stop();
    QCOMPARE(connection.status().state, FeedState::Down);
    for (int i = 10; i < 20; ++i)
        log.append(trackUpdate(i, 0));
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 20u, kTimeoutMs);
    QCOMPARE(deliveries.snapshotAsOf.size(), 1u);
    QCOMPARE(deliveries.sequences.size(), 20u);
    QCOMPARE(deliveries.sequences.back(), 20u);
    QCOMPARE(connection.status().counters.duplicates, 0u);
}

void FeedTest::survivesDestructionMidStream()
{
    cop::sim::EventLog log("epoch-1");
    InProcessService service(log);
    std::atomic<bool> producing = true;
    std::thread producer([&] {
        for (int i = 0; producing; ++i) {
            log.append(trackUpdate(i % 100, i / 100));
            if (i % 20 == 19)
                std::this_thread::sleep_for(1ms);
        }
    });
    for (int round = 0; round < 20; ++round) {
        auto connection = std::make_unique<cop::ServiceConnection>(u"US"_s, service.address(),
                                                                   u"test-console"_s);
        DeliveryRecorder deliveries(*connection);
        connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(!deliveries.sequences.empty(), kTimeoutMs);
        connection.reset();
    }
    producing = false;
    producer.join();
    // Each stream's reader thread ends with its connection.
    QTRY_VERIFY_WITH_TIMEOUT(threadsNamed("track stream").isEmpty(), kTimeoutMs);
}

QTEST_GUILESS_MAIN(FeedTest)
#include "tst_client_feed.moc"
