// Resuming across service restarts and lost histories, against the simulator's service in-process.

#include "DeliveryRecorder.h"
#include "InProcessService.h"
#include "TrackUpdates.h"

#include "picture/Picture.h"
#include "ServiceConnection.h"

#include <QTest>

#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;
using cop::FeedState;
using cop::testing::trackUpdate;

namespace {

constexpr int kTimeoutMs = 20'000;

// Appends `count` updates round-robin over `tracks` tracks, pausing now and then so that a
// client reads them as a live stream rather than one burst.
void appendUpdates(cop::sim::EventLog &log, int count, int tracks, int firstStep = 0)
{
    for (int i = 0; i < count; ++i) {
        log.append(trackUpdate(i % tracks, firstStep + i / tracks));
        if (i % 100 == 99)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

// Fails with the first sequence that breaks "every sequence from `first` to `last`, once, in
// order".
void verifyEachSequenceOnce(const std::vector<quint64> &sequences, quint64 first, quint64 last)
{
    std::vector<quint64> expected(last - first + 1);
    std::iota(expected.begin(), expected.end(), first);
    const auto mismatch = std::mismatch(sequences.begin(), sequences.end(), expected.begin(),
                                        expected.end());
    QVERIFY2(mismatch.first == sequences.end() && mismatch.second == expected.end(),
             qPrintable(u"%1 sequences delivered; at index %2 got %3, expected %4"_s
                            .arg(sequences.size())
                            .arg(mismatch.first - sequences.begin())
                            .arg(mismatch.first == sequences.end() ? u"none"_s
                                                                   : QString::number(*mismatch.first))
                            .arg(mismatch.second == expected.end() ? u"none"_s
                                                                   : QString::number(*mismatch.second))));
}

} // namespace

class ResumeTest : public QObject
{
    Q_OBJECT

private slots:
    void resumesAfterServerRestartWithoutLossOrDuplicates();
    void appliesFreshSnapshotWhenResumeIsTooOld();
    void appliesSnapshotWhenServiceEpochChanges();
};

void ResumeTest::resumesAfterServerRestartWithoutLossOrDuplicates()
{
    constexpr int kHalf = 6'000;
    constexpr int kTracks = 300;
    cop::sim::EventLog log("epoch-1");
    InProcessService service(log);
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    DeliveryRecorder deliveries(connection);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.snapshotAsOf.size(), 1u, kTimeoutMs);

    // The service goes away while the first half is still streaming; the producer goes on.
    std::thread producer([&log] { appendUpdates(log, kHalf, kTracks); });
    QTRY_VERIFY_WITH_TIMEOUT(deliveries.position() >= 2'000, kTimeoutMs);
    service.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Down, kTimeoutMs);
    producer.join();

    service.start(log);
    producer = std::thread([&log] { appendUpdates(log, kHalf, kTracks, kHalf / kTracks); });
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), quint64(2 * kHalf), kTimeoutMs);
    producer.join();

    QCOMPARE(deliveries.snapshotAsOf, std::vector<quint64>{0});
    verifyEachSequenceOnce(deliveries.sequences, 1, 2 * kHalf);
    const cop::FeedCounters &counters = connection.status().counters;
    QCOMPARE(counters.eventsApplied, quint64(2 * kHalf));
    QCOMPARE(counters.duplicates, 0u);
    QCOMPARE(counters.gaps, 0u);
    QCOMPARE(counters.malformed, 0u);
    QCOMPARE(counters.snapshots, 1u);
    QVERIFY(counters.reconnects >= 1);
    QCOMPARE(connection.status().state, FeedState::Live);
}

void ResumeTest::appliesFreshSnapshotWhenResumeIsTooOld()
{
    constexpr int kTracks = 200;
    cop::sim::EventLog log("epoch-1", /*resumeCapacity=*/100);
    InProcessService service(log);
    cop::ServiceConnection connection(u"JP"_s, service.address(), u"test-console"_s);
    cop::Picture picture;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                     &cop::Picture::applyBatch);
    DeliveryRecorder deliveries(connection);
    connection.start();
    appendUpdates(log, 50, kTracks);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 50u, kTimeoutMs);

    service.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Down, kTimeoutMs);
    appendUpdates(log, 5 * kTracks, kTracks, 1); // the ring keeps only the last 100
    service.start(log);

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.snapshotAsOf.size(), 2u, kTimeoutMs);
    QCOMPARE(deliveries.snapshotAsOf.back(), log.lastSequence());
    QCOMPARE(connection.status().counters.snapshots, 2u);
    QCOMPARE(picture.tracks().size(), qsizetype(kTracks));
    const cop::Track &track = picture.tracks().value({u"JP"_s, u"T0"_s});
    QCOMPARE(track.state.timeUtcUs, trackUpdate(0, 5).track_update().time_utc_us());

    // Live events continue right after the snapshot's position.
    const quint64 next = log.append(trackUpdate(0, 6));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), next, kTimeoutMs);
    QCOMPARE(deliveries.sequences.back(), log.lastSequence());
    QCOMPARE(connection.status().counters.duplicates, 0u);
    QCOMPARE(connection.status().counters.gaps, 0u);
}

void ResumeTest::appliesSnapshotWhenServiceEpochChanges()
{
    auto before = std::make_unique<cop::sim::EventLog>("epoch-A");
    InProcessService service(*before);
    cop::ServiceConnection connection(u"KR"_s, service.address(), u"test-console"_s);
    cop::Picture picture;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                     &cop::Picture::applyBatch);
    DeliveryRecorder deliveries(connection);
    connection.start();
    for (int track = 0; track < 60; ++track)
        before->append(trackUpdate(track, 0));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 60u, kTimeoutMs);

    // The service comes back with its history lost: a new epoch, fewer events than we held.
    service.stop();
    before.reset();
    cop::sim::EventLog after("epoch-B");
    for (int track = 1000; track < 1010; ++track)
        after.append(trackUpdate(track, 0));
    service.start(after);

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.snapshotAsOf.size(), 2u, kTimeoutMs);
    QCOMPARE(deliveries.snapshotAsOf.back(), 10u);
    QCOMPARE(picture.tracks().size(), 10);
    QVERIFY(!picture.tracks().contains({u"KR"_s, u"T0"_s}));
    QVERIFY(picture.tracks().contains({u"KR"_s, u"T1000"_s}));

    // Sequence 11 of the new epoch is new, although 60 was applied in the old one.
    after.append(trackUpdate(1010, 0));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 11u, kTimeoutMs);
    QCOMPARE(picture.tracks().size(), 11);
    QCOMPARE(connection.status().counters.duplicates, 0u);
    service.stop(); // before `after`, which it serves, goes
}

QTEST_GUILESS_MAIN(ResumeTest)
#include "tst_client_resume.moc"
