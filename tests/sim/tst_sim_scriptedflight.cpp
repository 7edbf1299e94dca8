#include "Regions.h"
#include "Scenario.h"
#include "ScriptedFlight.h"

#include <GeographicLib/Geodesic.hpp>

#include <QtTest>

#include <cmath>

using cop::sim::ScriptedFlight;

namespace {

cop::sim::v1::ScriptedLaunch srbm()
{
    cop::sim::v1::ScriptedLaunch launch;
    launch.set_id("srbm");
    launch.set_site_name("sunan");
    launch.set_azimuth_deg(80.0);
    launch.set_range_km(650.0);
    launch.set_apogee_km(110.0);
    return launch;
}

double speed(const cop::sim::EcefVector &v)
{
    return std::hypot(v[0], v[1], v[2]);
}

} // namespace

class ScriptedFlightTest : public QObject
{
    Q_OBJECT

private slots:
    void derivesPlausibleSrbmAndIrbmTimes()
    {
        const double srbmTime = ScriptedFlight::flightTimeOf(srbm());
        QVERIFY2(srbmTime > 240.0 && srbmTime < 480.0, qPrintable(QString::number(srbmTime)));

        auto irbm = srbm();
        irbm.set_range_km(3500.0);
        irbm.set_apogee_km(650.0);
        const double irbmTime = ScriptedFlight::flightTimeOf(irbm);
        QVERIFY2(irbmTime > 720.0 && irbmTime < 1500.0, qPrintable(QString::number(irbmTime)));
    }

    void startsAtTheSitePeaksAtApogeeAndLandsAtRange()
    {
        const ScriptedFlight flight(srbm());
        const double end = flight.flightTimeS();

        const auto start = flight.at(0.0);
        QCOMPARE(start.latDeg, 39.224);
        QCOMPARE(start.lonDeg, 125.670);
        QCOMPARE(start.heightM, 0.0);
        QCOMPARE(start.phase, cop::v1::TRACK_PHASE_BOOST);

        QVERIFY(std::abs(flight.at(end / 2.0).heightM - 110000.0) < 1.0);
        QCOMPARE(flight.at(end / 2.0).phase, cop::v1::TRACK_PHASE_MIDCOURSE);

        const auto impact = flight.at(end);
        QVERIFY(impact.heightM < 1.0);
        QCOMPARE(impact.phase, cop::v1::TRACK_PHASE_TERMINAL);
        double distance = 0.0;
        GeographicLib::Geodesic::WGS84().Inverse(39.224, 125.670, impact.latDeg, impact.lonDeg,
                                                 distance);
        QVERIFY(std::abs(distance - 650000.0) < 1.0);
        // Into the Sea of Japan (East Sea), well short of Japan.
        QCOMPARE(cop::sim::regionAt(impact.latDeg, impact.lonDeg), std::string("sea"));
    }

    void climbsUntilApogeeAndHasNoKinkAtBurnout()
    {
        const ScriptedFlight flight(srbm());
        double previousHeight = -1.0;
        for (double t = 1.0; t < flight.flightTimeS() / 2.0; t += 1.0) {
            const double height = flight.at(t).heightM;
            QVERIFY2(height > previousHeight, qPrintable(QString::number(t)));
            previousHeight = height;
        }
        const double burnout = flight.boostDurationS();
        const double before = speed(flight.at(burnout - 0.5).velocityEcef);
        const double after = speed(flight.at(burnout + 0.5).velocityEcef);
        QVERIFY2(before > 1000.0, qPrintable(QString::number(before)));
        QVERIFY2(std::abs(after - before) < 0.02 * before,
                 qPrintable(QStringLiteral("%1 -> %2 m/s").arg(before).arg(after)));
    }

    void velocityMatchesTheMotion()
    {
        const ScriptedFlight flight(srbm());
        const auto a = flight.at(100.0);
        const auto b = flight.at(101.0);
        for (size_t i = 0; i < 3; ++i) {
            const double moved = b.positionEcef[i] - a.positionEcef[i];
            const double predicted = (a.velocityEcef[i] + b.velocityEcef[i]) / 2.0;
            QVERIFY(std::abs(moved - predicted) < 5.0);
        }
    }

    void tellsJapanTerritoryFromItsEezAndTheOpenSea()
    {
        QCOMPARE(cop::sim::regionAt(35.68, 139.77), std::string("jp.territory")); // Tokyo
        QCOMPARE(cop::sim::regionAt(43.06, 141.35), std::string("jp.territory")); // Sapporo
        QCOMPARE(cop::sim::regionAt(40.5, 137.5), std::string("jp.eez"));
        QCOMPARE(cop::sim::regionAt(40.2, 131.0), std::string("sea")); // mid Sea of Japan
        QCOMPARE(cop::sim::regionAt(41.0, 170.0), std::string("sea")); // mid-Pacific
    }
};

QTEST_GUILESS_MAIN(ScriptedFlightTest)
#include "tst_sim_scriptedflight.moc"
