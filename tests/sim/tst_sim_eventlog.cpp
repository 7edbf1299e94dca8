#include "EventLog.h"

#include <QtTest>

#include <thread>

using cop::sim::EventLog;
using cop::v1::PictureEvent;

namespace {

PictureEvent trackUpdate(const std::string &trackId)
{
    PictureEvent event;
    event.mutable_track_update()->set_track_id(trackId);
    return event;
}

PictureEvent prediction(const std::string &trackId)
{
    PictureEvent event;
    event.mutable_prediction()->set_track_id(trackId);
    return event;
}

PictureEvent trackDrop(const std::string &trackId)
{
    PictureEvent event;
    event.mutable_track_drop()->set_track_id(trackId);
    return event;
}

PictureEvent alert(const std::string &alertId, cop::v1::AlertState state)
{
    PictureEvent event;
    event.mutable_alert_update()->set_alert_id(alertId);
    event.mutable_alert_update()->set_state(state);
    return event;
}

std::vector<uint64_t> sequencesOf(const std::vector<PictureEvent> &events)
{
    std::vector<uint64_t> sequences;
    for (const PictureEvent &event : events)
        sequences.push_back(event.sequence());
    return sequences;
}

std::vector<uint64_t> range(uint64_t first, uint64_t last)
{
    std::vector<uint64_t> values;
    for (uint64_t value = first; value <= last; ++value)
        values.push_back(value);
    return values;
}

} // namespace

class EventLogTest : public QObject
{
    Q_OBJECT

private slots:
    void assignsConsecutiveSequencesAndSendTime()
    {
        EventLog log("epoch-a");
        const auto before = std::chrono::system_clock::now();
        QCOMPARE(log.append(trackUpdate("T1")), 1u);
        QCOMPARE(log.append(trackUpdate("T2")), 2u);
        QCOMPARE(log.lastSequence(), 2u);
        QCOMPARE(log.epoch(), std::string("epoch-a"));

        std::vector<PictureEvent> events;
        QVERIFY(log.eventsAfter(0, 10, &events));
        QCOMPARE(sequencesOf(events), range(1, 2));
        const auto sentUs = std::chrono::duration_cast<std::chrono::microseconds>(
                                before.time_since_epoch())
                                .count();
        QVERIFY(events[0].sent_utc_us() >= sentUs);
    }

    void resumesFromAnySequenceTheRingHolds()
    {
        EventLog log("e", 10);
        for (int i = 0; i < 25; ++i)
            log.append(trackUpdate("T" + std::to_string(i)));

        std::vector<PictureEvent> events;
        QVERIFY(log.eventsAfter(15, 100, &events));
        QCOMPARE(sequencesOf(events), range(16, 25));

        events.clear();
        QVERIFY(log.eventsAfter(20, 3, &events));
        QCOMPARE(sequencesOf(events), range(21, 23));

        events.clear();
        QVERIFY(log.eventsAfter(25, 100, &events));
        QVERIFY(events.empty());
    }

    void refusesResumeOlderThanTheRing()
    {
        EventLog log("e", 10);
        for (int i = 0; i < 25; ++i)
            log.append(trackUpdate("T"));

        std::vector<PictureEvent> events;
        QVERIFY(!log.eventsAfter(14, 100, &events));
        QVERIFY(!log.eventsAfter(0, 100, &events));
        QVERIFY(events.empty());
    }

    void refusesResumeBeyondTheLastSequence()
    {
        EventLog log("e");
        log.append(trackUpdate("T"));
        std::vector<PictureEvent> events;
        QVERIFY(!log.eventsAfter(2, 100, &events));
    }

    void keepsMalformedEventsInSequence()
    {
        EventLog log("e");
        log.append(PictureEvent());
        log.append(trackUpdate(""));

        std::vector<PictureEvent> events;
        QVERIFY(log.eventsAfter(0, 10, &events));
        QCOMPARE(sequencesOf(events), range(1, 2));
        QCOMPARE(events[0].body_case(), PictureEvent::BODY_NOT_SET);
    }

    void snapshotHoldsCurrentStateInFlaggedChunks()
    {
        EventLog log("e");
        log.append(trackUpdate("T1"));
        log.append(trackUpdate("T2"));
        log.append(prediction("T2"));
        log.append(trackUpdate("T3"));
        log.append(trackDrop("T2"));
        log.append(alert("A1", cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED));
        log.append(alert("A1", cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED));

        uint64_t asOf = 0;
        const auto chunks = log.snapshot(2, &asOf);
        QCOMPARE(asOf, 7u);
        QCOMPARE(chunks.size(), 2u); // T1, T3 | A1

        std::vector<std::string> tracks;
        std::vector<cop::v1::AlertUpdate> alerts;
        for (size_t i = 0; i < chunks.size(); ++i) {
            const auto &chunk = chunks[i];
            QCOMPARE(chunk.sequence(), 0u);
            QCOMPARE(chunk.body_case(), PictureEvent::kSnapshot);
            QCOMPARE(chunk.snapshot().as_of_sequence(), asOf);
            QCOMPARE(chunk.snapshot().last(), i + 1 == chunks.size());
            QVERIFY(chunk.snapshot().predictions().empty()); // dropped with its track
            for (const auto &track : chunk.snapshot().tracks())
                tracks.push_back(track.track_id());
            alerts.insert(alerts.end(), chunk.snapshot().alerts().begin(),
                          chunk.snapshot().alerts().end());
        }
        QCOMPARE(tracks, (std::vector<std::string>{"T1", "T3"}));
        QCOMPARE(alerts.size(), 1u);
        QCOMPARE(alerts[0].state(), cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
    }

    void snapshotOfEmptyLogIsOneLastChunk()
    {
        EventLog log("e");
        uint64_t asOf = 99;
        const auto chunks = log.snapshot(100, &asOf);
        QCOMPARE(asOf, 0u);
        QCOMPARE(chunks.size(), 1u);
        QVERIFY(chunks[0].snapshot().last());
    }

    void snapshotMatchesItsSequenceWhileAppendsRace()
    {
        // Every append adds one track, so a consistent snapshot holds exactly asOf tracks.
        EventLog log("e");
        std::atomic<bool> done = false;
        std::thread writer([&] {
            for (int i = 0; i < 20000 && !done; ++i)
                log.append(trackUpdate("T" + std::to_string(i)));
        });
        for (int round = 0; round < 50; ++round) {
            uint64_t asOf = 0;
            size_t tracks = 0;
            for (const auto &chunk : log.snapshot(64, &asOf))
                tracks += static_cast<size_t>(chunk.snapshot().tracks_size());
            QCOMPARE(tracks, static_cast<size_t>(asOf));
        }
        done = true;
        writer.join();
    }

    void acknowledgementIsRecordedOncePerOperatorAndConsole()
    {
        EventLog log("e");
        log.append(alert("A1", cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED));

        const auto first = log.acknowledge("A1", "Kim", "seoul-1", 111);
        QVERIFY(first);
        QCOMPARE(first->state(), cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
        QCOMPARE(first->acknowledgements_size(), 1);
        QCOMPARE(first->acknowledgements(0).operator_name(), std::string("Kim"));
        QCOMPARE(first->acknowledgements(0).console_id(), std::string("seoul-1"));
        QCOMPARE(first->acknowledgements(0).time_utc_us(), 111);
        QCOMPARE(log.lastSequence(), 2u);

        const auto again = log.acknowledge("A1", "Kim", "seoul-1", 222);
        QVERIFY(again);
        QCOMPARE(again->SerializeAsString(), first->SerializeAsString());
        QCOMPARE(log.lastSequence(), 2u);

        const auto other = log.acknowledge("A1", "Yamada", "tokyo-2", 333);
        QCOMPARE(other->acknowledgements_size(), 2);
        QCOMPARE(other->state(), cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
        QCOMPARE(log.lastSequence(), 3u);

        std::vector<PictureEvent> events;
        QVERIFY(log.eventsAfter(2, 10, &events));
        QCOMPARE(events.size(), 1u);
        QCOMPARE(events[0].alert_update().SerializeAsString(), other->SerializeAsString());
        QCOMPARE(log.alert("A1")->SerializeAsString(), other->SerializeAsString());
    }

    void acknowledgingAClearedAlertClearsIt()
    {
        EventLog log("e");
        log.append(alert("A1", cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED));
        const auto acknowledged = log.acknowledge("A1", "Kim", "seoul-1", 1);
        QCOMPARE(acknowledged->state(), cop::v1::ALERT_STATE_CLEARED);
    }

    void acknowledgingAnUnknownAlertChangesNothing()
    {
        EventLog log("e");
        QVERIFY(!log.acknowledge("nope", "Kim", "seoul-1", 1));
        QVERIFY(!log.alert("nope"));
        QCOMPARE(log.lastSequence(), 0u);
    }

    void waitBeyondWakesOnAppend()
    {
        EventLog log("e");
        std::thread writer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            log.append(trackUpdate("T"));
        });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(log.waitBeyond(0, std::chrono::seconds(10)), 1u);
        QVERIFY(timer.elapsed() < 5000);
        writer.join();
    }

    void waitBeyondReturnsAtTimeoutWithNothingNew()
    {
        EventLog log("e");
        log.append(trackUpdate("T"));
        QCOMPARE(log.waitBeyond(1, std::chrono::milliseconds(20)), 1u);
    }

    void shutdownReleasesWaiters()
    {
        EventLog log("e");
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            log.shutdown();
        });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(log.waitBeyond(0, std::chrono::seconds(10)), 0u);
        QVERIFY(timer.elapsed() < 5000);
        stopper.join();
        QVERIFY(log.isShutdown());
    }
};

QTEST_GUILESS_MAIN(EventLogTest)
#include "tst_sim_eventlog.moc"
