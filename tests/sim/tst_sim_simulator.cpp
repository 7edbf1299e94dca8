// One nation's simulated track service end to end in process: what it reports, in what order,
// with what ids, alerts and life cycle, and reproducibly.
#include "EventLog.h"
#include "Scenario.h"
#include "ScenarioRun.h"
#include "Simulator.h"

#include <GeographicLib/Geodesic.hpp>

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

std::vector<cop::v1::AlertUpdate> alertsOf(const std::vector<PictureEvent> &events,
                                           cop::v1::AlertKind kind)
{
    std::vector<cop::v1::AlertUpdate> alerts;
    for (const PictureEvent &event : events) {
        if (event.has_alert_update() && event.alert_update().kind() == kind)
            alerts.push_back(event.alert_update());
    }
    return alerts;
}

// Where the quick fixture's SRBM falls: the last prediction after burnout says.
double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    double s = 0.0;
    GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s);
    return s;
}

} // namespace

class SimulatorTest : public QObject
{
    Q_OBJECT

private slots:
    void reportsNothingBeforeTheNationHoldsATrack()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        // Fixes at 0.2 and 0.7 s start a track, the third at 1.2 s confirms it.
        simulator.advanceTo(1.19);
        QCOMPARE(log.lastSequence(), 0u);
    }

    void confirmationBringsTrackAndLaunchAlertThenProvisionalPredictions()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(1.2);
        auto events = allEvents(log);
        // Seconds after lift-off the track's uncertainty still reaches underground, where no
        // impact can be predicted from: the launch alert does not wait for one.
        QCOMPARE(events.size(), 2u);
        QCOMPARE(events[0].track_update().track_id(), std::string("US-0001"));
        QCOMPARE(events[0].track_update().phase(), cop::v1::TRACK_PHASE_BOOST);
        const auto &alert = events[1].alert_update();
        QCOMPARE(alert.alert_id(), std::string("US-A0001"));
        QCOMPARE(alert.kind(), cop::v1::ALERT_KIND_LAUNCH_DETECTED);
        QCOMPARE(alert.state(), cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        QCOMPARE(alert.severity(), cop::v1::SEVERITY_WARNING);
        QCOMPARE(alert.track_id(), std::string("US-0001"));

        simulator.advanceTo(20.0);
        const auto predictions = ofKind(allEvents(log), PictureEvent::kPrediction);
        QVERIFY(!predictions.empty());
        QCOMPARE(predictions[0].prediction().track_id(), std::string("US-0001"));
        QVERIFY(predictions[0].prediction().provisional());
    }

    void launchPointIsEstimatedFromTheBoostFixes()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(10.0);
        const auto launches = ofKind(allEvents(log), PictureEvent::kLaunch);
        QCOMPARE(launches.size(), 1u);
        const auto &launch = launches[0].launch();
        QCOMPARE(launch.launch_id(), std::string("US-L0001"));
        QCOMPARE(launch.track_id(), std::string("US-0001"));
        const double missM =
            metresBetween(launch.point().lat_deg(), launch.point().lon_deg(), 39.224, 125.670);
        QVERIFY2(missM < 3.0 * std::sqrt(launch.point_covariance_en(0)),
                 qPrintable(QString::number(missM)));
        QVERIFY(std::abs(launch.launch_time_utc_us() - simulator.utcUsAt(0.0)) < 5'000'000);
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
        simulator.advanceTo(5.0);
        const auto tracks = ofKind(allEvents(log), PictureEvent::kTrackUpdate);
        QVERIFY(!tracks.empty());
        QCOMPARE(QString::fromStdString(tracks[0].track_update().track_id()), trackId);
    }

    void trackUpdatesCarryAPlausibleState()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 7, 1.0);
        simulator.advanceTo(120.0);
        const auto tracks = ofKind(allEvents(log), PictureEvent::kTrackUpdate);
        QVERIFY(tracks.size() > 200); // fixes every 0.5 s, reported as they come
        int64_t previousTime = 0;
        for (const auto &event : tracks) {
            const auto &track = event.track_update();
            QVERIFY(track.time_utc_us() > previousTime);
            previousTime = track.time_utc_us();
            QVERIFY(track.has_position_ecef());
            QCOMPARE(track.covariance_upper_size(), 21);
            QVERIFY(track.covariance_upper(0) > 0.0);  // xx
            QVERIFY(track.covariance_upper(20) > 0.0); // vz vz
            QVERIFY(track.quality() > 0.0f && track.quality() <= 1.0f);
            QCOMPARE(track.contributing_sensors(0), std::string("US-TEST"));
            QCOMPARE(track.affiliation(), cop::v1::AFFILIATION_HOSTILE);
            QVERIFY(!track.exercise());
        }
        // A 100 m sensor, many fixes: the track is good to tens of metres after burnout.
        QCOMPARE(tracks.back().track_update().phase(), cop::v1::TRACK_PHASE_MIDCOURSE);
        QVERIFY(tracks.back().track_update().covariance_upper(0) < 50.0 * 50.0);
    }

    void timestampsRunOnTheAcceleratedClock()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 10.0);
        QCOMPARE(simulator.utcUsAt(10.0) - simulator.utcUsAt(0.0), 1'000'000);
        simulator.advanceTo(150.0);
        const auto predictions = ofKind(allEvents(log), PictureEvent::kPrediction);
        const auto &last = predictions.back().prediction();
        QVERIFY(!last.provisional());
        const auto truth = simulator.truthOf(last.track_id());
        QVERIFY(truth);
        // The flight lands endS scenario seconds after launch: a tenth of that on the wall.
        QVERIFY(std::abs(last.impact_time_utc_us() - simulator.utcUsAt(truth->flight->endS()))
                < 1'000'000);
        QVERIFY(last.impact_time_sigma_s() < 1.0);
    }

    void predictionsShrinkAndStopBeingProvisionalAfterBurnout()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(200.0);
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
        QVERIFY(last.ellipses(1).semi_major_m() < 5000.0);
        QVERIFY(last.trajectory_size() >= 2);
        const auto &end = last.trajectory(last.trajectory_size() - 1).point();
        QVERIFY(metresBetween(end.lat_deg(), end.lon_deg(), last.impact_point().lat_deg(),
                              last.impact_point().lon_deg())
                < 2.0 * last.ellipses(1).semi_major_m());
        QVERIFY(last.apogee().height_m() > 50000.0);
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

    void impactDropsTheTrackClearsItsAlertsAndRaisesImpactOccurred()
    {
        EventLog log("e");
        Simulator simulator(log, fixture("quick.json"), cop::v1::NATION_US, 1, 1.0);
        simulator.advanceTo(5.0);
        QVERIFY(log.acknowledge("US-A0001", "Kim", "c1", 1));
        simulator.advanceTo(600.0);

        const auto events = allEvents(log);
        const auto drops = ofKind(events, PictureEvent::kTrackDrop);
        QCOMPARE(drops.size(), 1u);
        QCOMPARE(drops[0].track_drop().reason(), cop::v1::DROP_REASON_IMPACTED);
        QCOMPARE(log.alert("US-A0001")->state(), cop::v1::ALERT_STATE_CLEARED);
        const auto atSea = alertsOf(events, cop::v1::ALERT_KIND_IMPACT_AT_SEA);
        QVERIFY(!atSea.empty());
        QCOMPARE(log.alert(atSea.back().alert_id())->state(),
                 cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
        const auto occurred = alertsOf(events, cop::v1::ALERT_KIND_IMPACT_OCCURRED);
        QCOMPARE(occurred.size(), 2u); // raised, then returned to normal a minute later
        QCOMPARE(occurred.back().state(), cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);

        uint64_t asOf = 0;
        const auto snapshot = log.snapshot(100, &asOf);
        QCOMPARE(snapshot[0].snapshot().tracks_size(), 0);
        QCOMPARE(snapshot[0].snapshot().predictions_size(), 0);
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

    void sameSeedAndStartGiveAByteIdenticalStream()
    {
        // However the clock slices the run, the stream is the same, byte for byte.
        const auto stream = [](uint64_t seed, double step) {
            ScenarioRun run("demo.json", cop::v1::NATION_KR, seed);
            for (double t = 0.0; t < 300.0; t += step)
                run.simulator.advanceTo(t);
            run.simulator.advanceTo(300.0);
            std::string bytes;
            for (const PictureEvent &event : run.events())
                bytes += event.SerializeAsString();
            return bytes;
        };
        const std::string first = stream(5, 0.05);
        QVERIFY(first.size() > 100'000);
        QVERIFY(first == stream(5, 1.7));
        QVERIFY(first != stream(6, 0.05));
    }

    void impactPredictedOnJapaneseLandIsCritical()
    {
        auto scenario = fixture("quick.json");
        auto *launch = scenario.mutable_launches(0);
        launch->mutable_site_position()->set_lat_deg(35.0);
        launch->mutable_site_position()->set_lon_deg(135.0);
        launch->set_azimuth_deg(90.0); // lands near Hamamatsu, Honshu
        EventLog log("e");
        Simulator simulator(log, scenario, cop::v1::NATION_JP, 1, 1.0);
        simulator.advanceTo(150.0);
        const auto impact = alertsOf(allEvents(log), cop::v1::ALERT_KIND_IMPACT_IN_TERRITORY);
        QVERIFY(!impact.empty());
        QCOMPARE(impact[0].region_id(), std::string("jp.territory"));
        QCOMPARE(impact[0].severity(), cop::v1::SEVERITY_CRITICAL);
        QCOMPARE(log.alert("JP-A0001")->severity(), cop::v1::SEVERITY_CRITICAL);
    }

    void lookedOnlyThroughItsOwnSensors()
    {
        ScenarioRun run("srbm-salvo.json", cop::v1::NATION_JP);
        for (const auto &sensor : run.simulator.sensors())
            QVERIFY2(QString::fromStdString(sensor.name()).contains("FPS-5")
                         || QString::fromStdString(sensor.name()).contains("JS "),
                     sensor.name().c_str());
        QCOMPARE(run.simulator.latencyS(), 3.0);
    }
};

QTEST_GUILESS_MAIN(SimulatorTest)
#include "tst_sim_simulator.moc"
