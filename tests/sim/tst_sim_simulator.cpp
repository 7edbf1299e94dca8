#include "EventLog.h"
#include "Scenario.h"
#include "Simulator.h"

#include <QtTest>

using cop::sim::EventLog;
using cop::sim::Simulator;
using cop::v1::PictureEvent;

namespace {

cop::sim::v1::Scenario fixture(const char *name)
{
    return cop::sim::loadScenario(std::string(COP_SIM_FIXTURES) + "/" + name);
}

std::vector<PictureEvent> allEvents(const EventLog &log)
{
    std::vector<PictureEvent> events;
    log.eventsAfter(0, std::numeric_limits<size_t>::max(), &events);
    return events;
}

std::vector<PictureEvent> ofKind(const std::vector<PictureEvent> &events,
                                 PictureEvent::BodyCase kind)
{
    std::vector<PictureEvent> matching;
    std::copy_if(events.begin(), events.end(), std::back_inserter(matching),
                 [&](const PictureEvent &event) { return event.body_case() == kind; });
    return matching;
}

} // namespace

class SimulatorTest : public QObject
{
    Q_OBJECT

private slots:
    void reportsNothingBeforeTheNationDetectsTheLaunch()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(0.19);
        QCOMPARE(log.lastSequence(), 0u);
    }

    void detectionBringsLaunchTrackPredictionAndAlertInThatOrder()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(0.2);
        const auto events = allEvents(log);
        QCOMPARE(events.size(), 4u);
        QCOMPARE(events[0].launch().launch_id(), std::string("US-L0001"));
        QCOMPARE(events[0].launch().track_id(), std::string("US-0001"));
        QCOMPARE(events[1].track_update().track_id(), std::string("US-0001"));
        QCOMPARE(events[1].track_update().phase(), cop::v1::TRACK_PHASE_BOOST);
        QCOMPARE(events[2].prediction().track_id(), std::string("US-0001"));
        QVERIFY(events[2].prediction().provisional());
        const auto &alert = events[3].alert_update();
        QCOMPARE(alert.alert_id(), std::string("US-A0001"));
        QCOMPARE(alert.kind(), cop::v1::ALERT_KIND_LAUNCH_DETECTED);
        QCOMPARE(alert.state(), cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        QCOMPARE(alert.severity(), cop::v1::SEVERITY_WARNING);
        QCOMPARE(alert.track_id(), std::string("US-0001"));
        QCOMPARE(alert.predicted_impact_utc_us(), events[2].prediction().impact_time_utc_us());
    }

    void eachNationNumbersItsOwnTracks_data()
    {
        QTest::addColumn<int>("nation");
        QTest::addColumn<QString>("trackId");
        QTest::newRow("US") << int(cop::v1::NATION_US) << "US-0001";
        QTest::newRow("JP") << int(cop::v1::NATION_JP) << "JP-T0001";
        QTest::newRow("KR") << int(cop::v1::NATION_KR) << "KR-001";
    }

    void eachNationNumbersItsOwnTracks()
    {
        QFETCH(int, nation);
        QFETCH(QString, trackId);
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::Nation(nation), 1, 1.0);
        simulator.advanceTo(1.0);
        const auto tracks = ofKind(allEvents(log), PictureEvent::kTrackUpdate);
        QVERIFY(!tracks.empty());
        QCOMPARE(QString::fromStdString(tracks[0].track_update().track_id()), trackId);
    }

    void trackUpdatesCarryAPlausibleState()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 7, 1.0);
        simulator.advanceTo(30.0);
        const auto tracks = ofKind(allEvents(log), PictureEvent::kTrackUpdate);
        QCOMPARE(tracks.size(), 60u); // one every 0.5 s from 0.2 s to 29.7 s
        int64_t previousTime = 0;
        for (const auto &event : tracks) {
            const auto &track = event.track_update();
            QVERIFY(track.time_utc_us() > previousTime);
            previousTime = track.time_utc_us();
            QVERIFY(track.has_position_ecef());
            QCOMPARE(track.covariance_upper_size(), 21);
            QCOMPARE(track.covariance_upper(0), 100.0 * 100.0); // xx
            QVERIFY(track.covariance_upper(20) > 0.0);         // vz vz
            QVERIFY(track.quality() > 0.0f && track.quality() <= 1.0f);
            QCOMPARE(track.contributing_sensors_size(), 1);
            QCOMPARE(track.affiliation(), cop::v1::AFFILIATION_HOSTILE);
            QVERIFY(!track.exercise());
        }
        QCOMPARE(tracks.back().track_update().phase(), cop::v1::TRACK_PHASE_MIDCOURSE);
    }

    void timestampsRunOnTheAcceleratedClock()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 10.0);
        QCOMPARE(simulator.utcUsAt(10.0) - simulator.utcUsAt(0.0), 1'000'000);
        simulator.advanceTo(10.0);
        const auto predictions = ofKind(allEvents(log), PictureEvent::kPrediction);
        const auto &last = predictions.back().prediction();
        // 60 s of flight at rate 10 lands 6 s of wall time after launch.
        QVERIFY(std::abs(last.impact_time_utc_us() - simulator.utcUsAt(60.0)) < 500'000);
        QVERIFY(last.impact_time_sigma_s() < 0.5);
    }

    void predictionsShrinkAndStopBeingProvisionalAfterBoost()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(59.0);
        const auto predictions = ofKind(allEvents(log), PictureEvent::kPrediction);
        QVERIFY(predictions.size() >= 20);
        const auto &first = predictions.front().prediction();
        const auto &last = predictions.back().prediction();
        QVERIFY(first.provisional());
        QVERIFY(!last.provisional());
        QCOMPARE(last.ellipses_size(), 2);
        QCOMPARE(last.ellipses(0).confidence(), 0.5);
        QCOMPARE(last.ellipses(1).confidence(), 0.95);
        QVERIFY(last.ellipses(1).semi_major_m() > last.ellipses(0).semi_major_m());
        QVERIFY(last.ellipses(1).semi_major_m() < first.ellipses(1).semi_major_m());
        QVERIFY(last.trajectory_size() >= 2);
        QCOMPARE(last.trajectory(last.trajectory_size() - 1).point().lat_deg(),
                 last.impact_point().lat_deg());
        QVERIFY(last.apogee().height_m() > 59000.0);
    }

    void nationWithholdingPredictionsStillTracksAndAlerts()
    {
        auto scenario = fixture("quick.json");
        for (auto &coverage : *scenario.mutable_coverage())
            coverage.set_withhold_predictions(true);
        EventLog log("e");
        Simulator simulator(log, scenario, cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(59.0);
        const auto events = allEvents(log);
        QVERIFY(ofKind(events, PictureEvent::kPrediction).empty());
        QVERIFY(ofKind(events, PictureEvent::kTrackUpdate).size() >= 20);
        QVERIFY(!ofKind(events, PictureEvent::kAlertUpdate).empty());
    }

    void impactDropsTheTrackAndClearsItsAlerts()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(5.0);
        QVERIFY(log.acknowledge("US-A0001", "Kim", "c1", 1));
        simulator.advanceTo(61.0);

        const auto events = allEvents(log);
        const auto drops = ofKind(events, PictureEvent::kTrackDrop);
        QCOMPARE(drops.size(), 1u);
        QCOMPARE(drops[0].track_drop().reason(), cop::v1::DROP_REASON_IMPACTED);
        QCOMPARE(events.back().alert_update().alert_id(), std::string("US-A0001"));
        QCOMPARE(log.alert("US-A0001")->state(), cop::v1::ALERT_STATE_CLEARED);

        uint64_t asOf = 0;
        const auto snapshot = log.snapshot(100, &asOf);
        QCOMPARE(snapshot[0].snapshot().tracks_size(), 0);
        QCOMPARE(snapshot[0].snapshot().predictions_size(), 0);
    }

    void unacknowledgedAlertClearsToClearedUnacknowledged()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_KR, 1, 1.0);
        simulator.advanceTo(61.0);
        QCOMPARE(log.alert("KR-A001")->state(), cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
    }

    void loopReplaysTheScenarioWithNewIds()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("looping.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(250.0);
        const auto launches = ofKind(allEvents(log), PictureEvent::kLaunch);
        QCOMPARE(launches.size(), 3u); // cycles at 0, 100 and 200 s
        QCOMPARE(launches[2].launch().track_id(), std::string("US-0003"));
        for (const auto &event : allEvents(log)) {
            if (event.has_track_update())
                QVERIFY(event.track_update().exercise());
        }
    }

    void sameSeedGivesTheSameNoise()
    {
        const auto positions = [](uint64_t seed) {
            EventLog log("e");
            Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, seed, 1.0);
            simulator.advanceTo(10.0);
            std::vector<double> xs;
            for (const auto &event : ofKind(allEvents(log), PictureEvent::kTrackUpdate))
                xs.push_back(event.track_update().position_ecef().x());
            return xs;
        };
        QCOMPARE(positions(5), positions(5));
        QVERIFY(positions(5) != positions(6));
    }

    void impactPredictedOnJapaneseLandIsCritical()
    {
        auto scenario = fixture("quick.json");
        auto *launch = scenario.mutable_launches(0);
        launch->mutable_site_position()->set_lat_deg(35.0);
        launch->mutable_site_position()->set_lon_deg(135.0);
        launch->set_azimuth_deg(90.0); // lands near Shizuoka, Honshu
        EventLog log("e");
        Simulator simulator(log, scenario, cop::v1::NATION_JP, 1, 1.0);
        simulator.advanceTo(1.0);
        const auto alert = log.alert("JP-A0001");
        QVERIFY(alert);
        QCOMPARE(alert->region_id(), std::string("jp.territory"));
        QCOMPARE(alert->severity(), cop::v1::SEVERITY_CRITICAL);
    }

    void demoIrbmRaisesAnOverflightAlertForJapan()
    {
        EventLog log("e");
        Simulator simulator(log, cop::sim::loadScenario(COP_DEMO_SCENARIO), cop::v1::NATION_US,
                            1, 1.0);
        simulator.advanceTo(200.0);
        const auto alerts = ofKind(allEvents(log), PictureEvent::kAlertUpdate);
        const bool overflight = std::any_of(alerts.begin(), alerts.end(), [](const auto &event) {
            return event.alert_update().kind() == cop::v1::ALERT_KIND_OVERFLIGHT
                   && event.alert_update().region_id() == "jp.territory"
                   && event.alert_update().severity() == cop::v1::SEVERITY_CRITICAL;
        });
        QVERIFY(overflight);
        const bool exercise = std::any_of(alerts.begin(), alerts.end(), [](const auto &event) {
            return event.alert_update().exercise();
        });
        QVERIFY(exercise);
    }
};

QTEST_GUILESS_MAIN(SimulatorTest)
#include "tst_sim_simulator.moc"
