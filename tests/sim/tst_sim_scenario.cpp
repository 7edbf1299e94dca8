#include "EventLog.h"
#include "Scenario.h"
#include "Simulator.h"

#include <QtTest>

#include <functional>

using cop::sim::loadScenario;
using cop::sim::ScenarioError;

namespace {

std::string fixture(const char *name)
{
    return std::string(COP_SIM_FIXTURES) + "/" + name;
}

} // namespace

class ScenarioTest : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheShippedDemo()
    {
        const auto scenario = loadScenario(COP_DEMO_SCENARIO);
        QCOMPARE(scenario.name(), std::string("demo"));
        QVERIFY(scenario.loop_period_s() > 0.0);
        QVERIFY(scenario.launches_size() >= 4);
        QCOMPARE(scenario.coverage_size(), 3);
        // The sensor network file is merged in.
        QVERIFY(scenario.sensor_network_file().empty());
        QVERIFY(scenario.sensors_size() >= 10);
        for (const auto &sensor : scenario.sensors())
            QVERIFY2(!sensor.note().empty(), sensor.name().c_str());
    }

    void acceptsProtoAndCamelCaseFieldNames()
    {
        const auto snake = loadScenario(fixture("quick.json"));
        QCOMPARE(snake.launches(0).site_name(), std::string("sunan"));
        QCOMPARE(snake.heartbeat_period_s(), 0.5);

        const auto camel = loadScenario(fixture("looping.json"));
        QCOMPARE(camel.loop_period_s(), 100.0);
        QCOMPARE(camel.launches(0).site_position().lat_deg(), 39.0);
        QCOMPARE(camel.coverage(0).detection_delay_s(), 1.0);
    }

    void namesTheFirstBadFieldOfAScenarioInMemory()
    {
        auto scenario = loadScenario(fixture("quick.json"));
        QCOMPARE(cop::sim::scenarioProblem(scenario), std::string());
        scenario.mutable_launches(0)->set_azimuth_deg(360.0);
        scenario.mutable_launches(0)->set_range_km(-1.0);
        QCOMPARE(cop::sim::scenarioProblem(scenario),
                 std::string("launches[0].azimuth_deg: must be within [0, 360)"));
    }

    void rejectsInvalidFilesNamingFileAndField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << "no_such_file.json" << "no_such_file.json: cannot open";
        QTest::newRow("truncated JSON") << "truncated.json" << "truncated.json: not a valid scenario";
        QTest::newRow("misspelt field") << "misspelt_field.json" << "rang_km";
        QTest::newRow("zero range") << "invalid_range.json"
                                    << "invalid_range.json: launches[1].range_km: must be > 0";
        QTest::newRow("unknown site")
            << "unknown_site.json"
            << "unknown_site.json: launches[0].site_name: unknown site \"atlantis\"";
        QTest::newRow("zero report period")
            << "zero_report_period.json"
            << "zero_report_period.json: coverage[0].report_period_s: must be > 0";
        QTest::newRow("boost too long")
            << "boost_too_long.json"
            << "boost_too_long.json: launches[0].boost_duration_s: must be within [0, 600]";
    }

    void rejectsInvalidFilesNamingFileAndField()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        try {
            loadScenario(fixture(qPrintable(file)));
            QFAIL("loaded an invalid scenario");
        } catch (const ScenarioError &error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void rejectsDuplicateLaunchIdsAndNations()
    {
        auto scenario = loadScenario(fixture("quick.json"));
        *scenario.add_launches() = scenario.launches(0);
        QCOMPARE(cop::sim::scenarioProblem(scenario),
                 std::string("launches[1].id: \"short\" used twice"));

        scenario = loadScenario(fixture("quick.json"));
        *scenario.add_coverage() = scenario.coverage(0);
        QCOMPARE(cop::sim::scenarioProblem(scenario),
                 std::string("coverage[3].nation: listed twice in coverage"));
    }

    void namesTheFieldOfALaunchTheMissileCannotFly()
    {
        auto scenario = loadScenario(fixture("quick.json"));
        scenario.mutable_launches(0)->set_range_km(3000.0);
        cop::sim::EventLog log("e");
        try {
            cop::sim::Simulator simulator(log, scenario, cop::v1::NATION_US, 1, 1.0);
            QFAIL("flew an SRBM to 3,000 km");
        } catch (const ScenarioError &error) {
            QVERIFY2(QString(error.what()).startsWith("launches[0].range_km: 3000 km is beyond"),
                     error.what());
        }
    }

    void rejectsABadSensorNamingItsField()
    {
        auto scenario = loadScenario(COP_DEMO_SCENARIO);
        scenario.mutable_sensors(2)->set_revisit_s(0.0);
        QCOMPARE(cop::sim::scenarioProblem(scenario),
                 std::string("sensors[2].revisit_s: must be > 0"));
    }

    void namesTheBadFieldOfASpaceLaunch()
    {
        const cop::sim::v1::Scenario shipped =
            loadScenario(std::string(COP_SCENARIOS) + "/space-launch-orbit.json");
        using Launch = cop::sim::v1::ScriptedLaunch;
        const std::vector<std::pair<std::function<void(Launch &)>, std::string>> cases = {
            {[](Launch &l) { l.mutable_stages()->RemoveLast(); l.mutable_stages()->RemoveLast(); },
             "launches[0].stages: a space launch needs its stages, at least two"},
            {[](Launch &l) { l.mutable_space_launch()->set_perigee_km(100.0); },
             "launches[0].space_launch.perigee_km: must be >= 150 (lower decays within a few "
             "revolutions)"},
            {[](Launch &l) { l.mutable_space_launch()->set_apogee_km(400.0); },
             "launches[0].space_launch.apogee_km: must be >= perigee_km"},
            {[](Launch &l) { l.mutable_space_launch()->mutable_fairing()->set_separation_s(700.0); },
             "launches[0].space_launch.fairing.separation_s: must be within the powered flight "
             "(0, 490) s"},
            {[](Launch &l) { l.mutable_space_launch()->set_dogleg_deg(120.0); },
             "launches[0].space_launch.dogleg_deg: must be within [-90, 90]"},
            {[](Launch &l) { l.mutable_stages(1)->set_spent_ballistic_coefficient_kg_m2(-1.0); },
             "launches[0].stages[1].spent_ballistic_coefficient_kg_m2: must be >= 0"},
            {[](Launch &l) {
                 l.mutable_failure()->set_kind(cop::sim::v1::Failure::KIND_NO_IGNITION);
                 l.mutable_failure()->set_stage(1);
             },
             "launches[0].failure.stage: must be within [2, 3] (a stage above the first)"},
            {[](Launch &l) { l.mutable_stages(2)->set_burn_time_s(5000.0); },
             "launches[0].stages[2].burn_time_s: must be <= 1000 for a space launch"},
            {[](Launch &l) { l.mutable_salvo()->set_count(2); },
             "launches[0].salvo.count: space launches fly one at a time"},
        };
        for (const auto &[spoil, problem] : cases) {
            cop::sim::v1::Scenario scenario = shipped;
            spoil(*scenario.mutable_launches(0));
            QCOMPARE(cop::sim::scenarioProblem(scenario), problem);
        }
        // A missile cannot fail to ignite a stage it flies as one burn.
        auto missile = loadScenario(fixture("quick.json"));
        missile.mutable_launches(0)->mutable_failure()->set_kind(
            cop::sim::v1::Failure::KIND_NO_IGNITION);
        QCOMPARE(cop::sim::scenarioProblem(missile),
                 std::string("launches[0].failure.kind: KIND_NO_IGNITION is for space launches "
                             "(space_launch)"));
    }

    void namesTheFieldOfAnOrbitTheStagesCannotReach()
    {
        auto scenario = loadScenario(std::string(COP_SCENARIOS) + "/space-launch-orbit.json");
        scenario.mutable_launches(0)->mutable_space_launch()->set_perigee_km(1900.0);
        scenario.mutable_launches(0)->mutable_space_launch()->set_apogee_km(2000.0);
        cop::sim::EventLog log("e");
        try {
            cop::sim::Simulator simulator(log, scenario, cop::v1::NATION_JP, 1, 1.0);
            QFAIL("flew a small launcher to 1,900 km");
        } catch (const ScenarioError &error) {
            QVERIFY2(QString(error.what()).startsWith("launches[0].space_launch.perigee_km: "),
                     error.what());
        }
    }

    void knowsTheNamedSites()
    {
        const auto sinpo = cop::sim::namedSite("sinpo");
        QVERIFY(sinpo);
        QCOMPARE(sinpo->lat_deg(), 40.035);
        QCOMPARE(sinpo->lon_deg(), 128.186);
        QVERIFY(!cop::sim::namedSite("Sinpo"));
    }
};

QTEST_GUILESS_MAIN(ScenarioTest)
#include "tst_sim_scenario.moc"
