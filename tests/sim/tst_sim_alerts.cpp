// What each national service alerts on, from its own picture of the shipped scenarios.
#include "ScenarioRun.h"

#include "geo/ImpactPredictability.h"

#include <QtTest>

#include <map>

using cop::v1::PictureEvent;

namespace {

std::vector<cop::v1::AlertUpdate> alertsOf(const ScenarioRun &run, cop::v1::AlertKind kind)
{
    std::vector<cop::v1::AlertUpdate> alerts;
    for (const PictureEvent &event : run.events()) {
        if (event.has_alert_update() && event.alert_update().kind() == kind)
            alerts.push_back(event.alert_update());
    }
    return alerts;
}

// Distinct alerts, each in its latest state.
std::map<std::string, cop::v1::AlertUpdate> latestOf(const ScenarioRun &run,
                                                     cop::v1::AlertKind kind)
{
    std::map<std::string, cop::v1::AlertUpdate> alerts;
    for (const cop::v1::AlertUpdate &alert : alertsOf(run, kind))
        alerts[alert.alert_id()] = alert;
    return alerts;
}

std::vector<cop::v1::TrackDrop> dropsOf(const ScenarioRun &run)
{
    std::vector<cop::v1::TrackDrop> drops;
    for (const PictureEvent &event : run.events()) {
        if (event.has_track_drop())
            drops.push_back(event.track_drop());
    }
    return drops;
}

} // namespace

class AlertsTest : public QObject
{
    Q_OBJECT

private slots:
    void noRegionIsNamedBeforeTheImpactAreaIsMeaningful_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("nation");
        for (const char *scenario : {"icbm-lofted-eez.json", "demo.json", "irbm-overflight.json"}) {
            QTest::addRow("%s US", scenario) << scenario << int(cop::v1::NATION_US);
            QTest::addRow("%s JP", scenario) << scenario << int(cop::v1::NATION_JP);
            QTest::addRow("%s KR", scenario) << scenario << int(cop::v1::NATION_KR);
        }
    }

    void noRegionIsNamedBeforeTheImpactAreaIsMeaningful()
    {
        // A lofted ICBM's boost-phase impact point sweeps across the Seoul area for minutes:
        // no territory, EEZ or overflight alert, and no launch alert naming a region, may come
        // from it (docs/alerts.md).
        QFETCH(QString, scenario);
        QFETCH(int, nation);
        ScenarioRun run(scenario.toStdString(), cop::v1::Nation(nation));
        run.playToTheEnd();
        std::map<std::string, cop::v1::Prediction> latest;
        int launches = 0, regionAlerts = 0;
        for (const PictureEvent &event : run.events()) {
            if (event.has_prediction()) {
                latest[event.prediction().track_id()] = event.prediction();
                continue;
            }
            const cop::v1::AlertUpdate &alert = event.alert_update();
            if (!event.has_alert_update() || alert.state() != cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED)
                continue;
            const bool launch = alert.kind() == cop::v1::ALERT_KIND_LAUNCH_DETECTED;
            const bool namesRegion = (launch && !alert.region_id().empty())
                                     || alert.kind() == cop::v1::ALERT_KIND_IMPACT_IN_TERRITORY
                                     || alert.kind() == cop::v1::ALERT_KIND_IMPACT_IN_EEZ
                                     || alert.kind() == cop::v1::ALERT_KIND_IMPACT_AT_SEA
                                     || alert.kind() == cop::v1::ALERT_KIND_OVERFLIGHT;
            launches += launch && alert.region_id().empty() ? 1 : 0;
            if (!namesRegion)
                continue;
            ++regionAlerts;
            const auto p = latest.find(alert.track_id());
            QVERIFY2(p != latest.end(), alert.ShortDebugString().c_str());
            std::vector<cop::ImpactEllipse> ellipses;
            for (const auto &e : p->second.ellipses())
                ellipses.push_back({e.confidence(), e.semi_major_m(), e.semi_minor_m(), e.orientation_deg()});
            QVERIFY2(cop::impactAreaMeaningful(p->second.provisional(), ellipses),
                     (alert.ShortDebugString() + " after " + p->second.ShortDebugString().substr(0, 300)).c_str());
            QVERIFY2(alert.severity() != cop::v1::SEVERITY_CRITICAL || !launch
                         || alert.region_id() != "kr.territory" || scenario != "icbm-lofted-eez.json",
                     alert.ShortDebugString().c_str());
        }
        qInfo("%d launch alerts raised before a meaningful prediction, %d naming a region after one",
              launches, regionAlerts);
        QVERIFY(regionAlerts > 0); // the test is about something
    }

    void loftedIcbmRaisesImpactPredictedInJapansEezOnTheJapaneseService()
    {
        ScenarioRun run("icbm-lofted-eez.json", cop::v1::NATION_JP);
        run.playToTheEnd();
        const auto eez = alertsOf(run, cop::v1::ALERT_KIND_IMPACT_IN_EEZ);
        QVERIFY(!eez.empty());
        QCOMPARE(eez.front().region_id(), std::string("jp.eez"));
        QCOMPARE(eez.front().severity(), cop::v1::SEVERITY_WARNING);
        QVERIFY(!eez.front().track_id().empty());
        // Raised well before the impact it warns of.
        QVERIFY(eez.front().predicted_impact_utc_us() - eez.front().raised_utc_us() > 30'000'000);
        QVERIFY(alertsOf(run, cop::v1::ALERT_KIND_IMPACT_IN_TERRITORY).empty());
        // One track all the way, coasting through the hour above every radar's reach.
        QCOMPARE(latestOf(run, cop::v1::ALERT_KIND_LAUNCH_DETECTED).size(), 1u);
        // The missile came down where predicted, and the service says so.
        const auto occurred = alertsOf(run, cop::v1::ALERT_KIND_IMPACT_OCCURRED);
        QVERIFY(!occurred.empty());
        QCOMPARE(occurred.front().region_id(), std::string("jp.eez"));
    }

    void irbmRaisesAnOverflightAlertForJapan_data()
    {
        QTest::addColumn<int>("nation");
        QTest::newRow("US") << int(cop::v1::NATION_US);
        QTest::newRow("JP") << int(cop::v1::NATION_JP);
    }

    void irbmRaisesAnOverflightAlertForJapan()
    {
        QFETCH(int, nation);
        ScenarioRun run("irbm-overflight.json", cop::v1::Nation(nation));
        run.playToTheEnd();
        const auto overflights = alertsOf(run, cop::v1::ALERT_KIND_OVERFLIGHT);
        QVERIFY(!overflights.empty());
        QCOMPARE(overflights.front().region_id(), std::string("jp.territory"));
        QCOMPARE(overflights.front().severity(), cop::v1::SEVERITY_CRITICAL);
        QVERIFY(!alertsOf(run, cop::v1::ALERT_KIND_IMPACT_AT_SEA).empty());
        QVERIFY(alertsOf(run, cop::v1::ALERT_KIND_IMPACT_IN_TERRITORY).empty());
    }

    void srbmSalvoIsThreeTracksLandingAtSea()
    {
        ScenarioRun run("srbm-salvo.json", cop::v1::NATION_KR);
        run.playToTheEnd();
        QCOMPARE(latestOf(run, cop::v1::ALERT_KIND_LAUNCH_DETECTED).size(), 3u);
        const auto drops = dropsOf(run);
        QCOMPARE(drops.size(), 3u);
        for (const auto &drop : drops)
            QCOMPARE(drop.reason(), cop::v1::DROP_REASON_IMPACTED);
        // The last at-sea alert of each track (ids rise as they are raised): two in the open sea,
        // one in waters where the boundary is not agreed, which may be an EEZ and so warn.
        std::map<std::string, cop::v1::AlertUpdate> lastOfTrack;
        for (const auto &[id, alert] : latestOf(run, cop::v1::ALERT_KIND_IMPACT_AT_SEA))
            lastOfTrack[alert.track_id()] = alert;
        QCOMPARE(lastOfTrack.size(), 3u);
        int notAgreed = 0;
        for (const auto &[track, alert] : lastOfTrack) {
            const bool open = alert.region_id() == "sea";
            notAgreed += alert.region_id() == "boundary-not-agreed";
            QCOMPARE(alert.severity(), open ? cop::v1::SEVERITY_ADVISORY : cop::v1::SEVERITY_WARNING);
            QCOMPARE(alert.state(), cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
        }
        QCOMPARE(notAgreed, 1);
    }

    void failuresEndTracksInTheAirOrShort()
    {
        ScenarioRun run("failed-launch.json", cop::v1::NATION_KR);
        run.playToTheEnd();
        std::map<std::string, cop::v1::DropReason> endings;
        for (const auto &drop : dropsOf(run))
            endings[run.simulator.truthOf(drop.track_id())->launchId] = drop.reason();
        // Green Pine watches the MRBM come apart in boost; the SRBM whose motor cut out falls
        // into the sea off Sinpo.
        QCOMPARE(endings.at("mrbm-tonghae"), cop::v1::DROP_REASON_ENDED);
        QCOMPARE(endings.at("srbm-sinpo"), cop::v1::DROP_REASON_IMPACTED);
        // A break-up is not an impact and raises none.
        QCOMPARE(latestOf(run, cop::v1::ALERT_KIND_IMPACT_OCCURRED).size(), 1u);
    }

    void trackLostWhenNoSensorHoldsItAnyMore()
    {
        // The US sees the exercise shot into the Yellow Sea from space only, while its motor
        // burns; none of its radars looks that way, so the track coasts and is lost.
        ScenarioRun run("exercise.json", cop::v1::NATION_US);
        run.playToTheEnd();
        const auto lost = alertsOf(run, cop::v1::ALERT_KIND_TRACK_LOST);
        QVERIFY(!lost.empty());
        QCOMPARE(lost.front().severity(), cop::v1::SEVERITY_WARNING);
        QCOMPARE(lost.back().state(), cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
    }

    void exerciseIsFlaggedOnEveryMessage()
    {
        ScenarioRun run("exercise.json", cop::v1::NATION_KR);
        run.playToTheEnd();
        int messages = 0;
        for (const PictureEvent &event : run.events()) {
            const bool exercise = event.track_update().exercise() || event.track_drop().exercise()
                                  || event.launch().exercise() || event.prediction().exercise()
                                  || event.alert_update().exercise();
            QVERIFY2(exercise, event.ShortDebugString().c_str());
            ++messages;
        }
        QVERIFY(messages > 100);
    }
};

QTEST_GUILESS_MAIN(AlertsTest)
#include "tst_sim_alerts.moc"
