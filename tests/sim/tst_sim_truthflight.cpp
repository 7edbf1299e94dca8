// Physical flights: the solver meets range and apogee, classes fly in their published envelopes
// (docs/flight-dynamics.md), failures end flights early.
#include "ProfileSolver.h"
#include "regions/RegionMap.h"
#include "TruthFlight.h"

#include <GeographicLib/Geodesic.hpp>

#include <QtTest>

using cop::GeoPoint;
using cop::sim::MissileProfile;
using cop::sim::TruthFlight;

namespace {

const GeoPoint kSunan{39.224, 125.670, 0.0};

cop::sim::v1::ScriptedLaunch launch(double azimuthDeg, double rangeKm, double apogeeKm = 0.0)
{
    cop::sim::v1::ScriptedLaunch launch;
    launch.set_id("test");
    launch.set_site_name("sunan");
    launch.set_azimuth_deg(azimuthDeg);
    launch.set_range_km(rangeKm);
    launch.set_apogee_km(apogeeKm);
    return launch;
}

double groundRangeKm(const GeoPoint &a, const GeoPoint &b)
{
    double metres = 0.0;
    GeographicLib::Geodesic::WGS84().Inverse(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg, metres);
    return metres / 1000.0;
}

TruthFlight fly(const cop::sim::v1::ScriptedLaunch &spec)
{
    return TruthFlight(cop::sim::solveProfile(spec, kSunan), kSunan, spec.azimuth_deg());
}

} // namespace

class TruthFlightTest : public QObject
{
    Q_OBJECT

private slots:
    void classesFlyTheirRangeInTheirEnvelope_data()
    {
        QTest::addColumn<int>("missileClass");
        QTest::addColumn<int>("trajectory");
        QTest::addColumn<double>("rangeKm");
        QTest::addColumn<double>("apogeeKm");
        QTest::addColumn<double>("minApogeeKm");
        QTest::addColumn<double>("maxApogeeKm");
        QTest::addColumn<double>("minMinutes");
        QTest::addColumn<double>("maxMinutes");
        using namespace cop::sim::v1;
        QTest::newRow("SRBM 450 km") << int(MISSILE_CLASS_SRBM) << 0 << 450.0 << 0.0 << 50.0
                                     << 250.0 << 4.0 << 8.0;
        QTest::newRow("SRBM depressed") << int(MISSILE_CLASS_SRBM)
                                        << int(TRAJECTORY_TYPE_DEPRESSED) << 400.0 << 0.0 << 30.0
                                        << 100.0 << 3.0 << 7.0;
        QTest::newRow("IRBM 3,000 km") << int(MISSILE_CLASS_IRBM) << 0 << 3000.0 << 0.0 << 500.0
                                       << 1000.0 << 15.0 << 25.0;
        QTest::newRow("ICBM lofted") << int(MISSILE_CLASS_ICBM) << int(TRAJECTORY_TYPE_LOFTED)
                                     << 1000.0 << 6000.0 << 5990.0 << 6010.0 << 50.0 << 75.0;
    }

    void classesFlyTheirRangeInTheirEnvelope()
    {
        QFETCH(int, missileClass);
        QFETCH(int, trajectory);
        QFETCH(double, rangeKm);
        QFETCH(double, apogeeKm);
        QFETCH(double, minApogeeKm);
        QFETCH(double, maxApogeeKm);
        QFETCH(double, minMinutes);
        QFETCH(double, maxMinutes);
        auto spec = launch(80.0, rangeKm, apogeeKm);
        spec.set_missile_class(cop::sim::v1::MissileClass(missileClass));
        spec.set_trajectory(cop::sim::v1::TrajectoryType(trajectory));
        QElapsedTimer timer;
        timer.start();
        const TruthFlight flight = fly(spec);
        const double flownKm = groundRangeKm(kSunan, flight.endPoint());
        const QString figures = QStringLiteral("range %1 km, apogee %2 km, %3 min, burnout %4 s, "
                                               "solved in %5 ms")
                                    .arg(flownKm, 0, 'f', 1)
                                    .arg(flight.apogeeHeightM() / 1000, 0, 'f', 1)
                                    .arg(flight.endS() / 60, 0, 'f', 1)
                                    .arg(flight.burnoutS(), 0, 'f', 1)
                                    .arg(timer.elapsed());
        qInfo("%s", qPrintable(figures));
        QVERIFY2(std::abs(flownKm - rangeKm) < 2.0, qPrintable(figures));
        QVERIFY2(flight.apogeeHeightM() / 1000 >= minApogeeKm, qPrintable(figures));
        QVERIFY2(flight.apogeeHeightM() / 1000 <= maxApogeeKm, qPrintable(figures));
        QVERIFY2(flight.endS() / 60 >= minMinutes && flight.endS() / 60 <= maxMinutes,
                 qPrintable(figures));
        QVERIFY(!flight.endsInAir());
        QVERIFY(flight.at(flight.endS()).head<3>().norm() < 6.4e6);
    }

    void boostAcceleratesThenCoastsOnTheSamePath()
    {
        const TruthFlight flight = fly(launch(90.0, 450.0));
        QVERIFY(flight.thrusting(1.0));
        QVERIFY(!flight.thrusting(flight.burnoutS() + 1.0));
        // Velocity from the interpolation agrees with the change of position.
        for (double t : {10.0, flight.burnoutS() + 30.0, flight.endS() - 20.0}) {
            const auto a = flight.at(t - 0.01);
            const auto b = flight.at(t + 0.01);
            const Eigen::Vector3d finite = (b.head<3>() - a.head<3>()) / 0.02;
            QVERIFY2((finite - flight.at(t).tail<3>()).norm() < 0.5,
                     qPrintable(QString::number((finite - flight.at(t).tail<3>()).norm())));
        }
        // Near the pad for the first seconds.
        QVERIFY(groundRangeKm(kSunan, cop::geodeticFromEcef({flight.at(6.0)(0), flight.at(6.0)(1),
                                                              flight.at(6.0)(2)}))
                < 1.0);
    }

    void engineCutoffFallsShortAndBreakupEndsInTheAir()
    {
        const MissileProfile profile = cop::sim::solveProfile(launch(90.0, 450.0), kSunan);
        MissileProfile cutShort = profile;
        cutShort.cutoffS = 25.0;
        const TruthFlight shortFlight(cutShort, kSunan, 90.0);
        QVERIFY(groundRangeKm(kSunan, shortFlight.endPoint()) < 100.0);
        QVERIFY(!shortFlight.endsInAir());

        const TruthFlight brokenUp(profile, kSunan, 90.0, 40.0);
        QCOMPARE(brokenUp.endS(), 40.0);
        QVERIFY(brokenUp.endsInAir());
        QVERIFY(brokenUp.at(40.0).head<3>().norm() > 6.37e6);
    }

    void unreachableRangeOrApogeeNamesTheField()
    {
        auto tooFar = launch(90.0, 3000.0);
        tooFar.set_missile_class(cop::sim::v1::MISSILE_CLASS_SRBM);
        try {
            cop::sim::solveProfile(tooFar, kSunan);
            QFAIL("solved an SRBM to 3,000 km");
        } catch (const cop::sim::ProfileError &error) {
            QCOMPARE(error.field(), std::string("range_km"));
            QVERIFY2(QString(error.what()).contains("beyond"), error.what());
        }
        auto tooHigh = launch(90.0, 400.0, 2000.0);
        tooHigh.set_missile_class(cop::sim::v1::MISSILE_CLASS_SRBM);
        try {
            cop::sim::solveProfile(tooHigh, kSunan);
            QFAIL("solved an SRBM to 2,000 km apogee");
        } catch (const cop::sim::ProfileError &error) {
            QCOMPARE(error.field(), std::string("apogee_km"));
        }
    }

    void tellsTerritoriesFromJapansEezAndTheOpenSea()
    {
        const auto regionAt = [](double latDeg, double lonDeg) {
            return std::string(cop::regions::RegionMap::builtIn().at(latDeg, lonDeg).id());
        };
        QCOMPARE(regionAt(35.68, 139.77), std::string("jp.territory")); // Tokyo
        QCOMPARE(regionAt(43.06, 141.35), std::string("jp.territory")); // Sapporo
        QCOMPARE(regionAt(37.57, 126.98), std::string("kr.territory")); // Seoul
        QCOMPARE(regionAt(40.5, 137.5), std::string("jp.eez"));
        QCOMPARE(regionAt(40.2, 131.0), std::string("sea")); // mid Sea of Japan (East Sea)
        QCOMPARE(regionAt(41.0, 170.0), std::string("sea")); // mid-Pacific
    }
};

QTEST_GUILESS_MAIN(TruthFlightTest)
#include "tst_sim_truthflight.moc"
