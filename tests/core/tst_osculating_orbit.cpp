// Orbital or not, decided from a state's energy and angular momentum: the threshold, the
// elements of known orbits, and the predictor declining an orbit instead of flying it.
#include "BallisticCases.h"
#include "dynamics/ImpactPredictor.h"
#include "dynamics/OsculatingOrbit.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

using namespace cop;
using namespace cop::dynamics;
using cop::testing::stateOver;

namespace {

const EarthModel kEarth = EarthModel::wgs84();
const double kEquator = kEarth.equatorialRadiusM;

// A horizontal state eastward over the equator at a height, with an inertial speed: the
// Earth-fixed speed the services report is smaller by the ground's own eastward speed there.
State eastwardOverEquator(double heightM, double inertialSpeedMps)
{
    const double groundSpeed = kEarth.rotationRadPerS * (kEquator + heightM);
    return stateOver({0.0, 130.0, heightM}, inertialSpeedMps - groundSpeed, 0.0, 90.0);
}

// The inertial speed at apoapsis of an orbit with these apoapsis and periapsis heights.
double apoapsisSpeed(double apogeeHeightM, double perigeeHeightM)
{
    const double ra = kEquator + apogeeHeightM;
    const double rp = kEquator + perigeeHeightM;
    return std::sqrt(2.0 * kEarth.mu * rp / (ra * (ra + rp)));
}

} // namespace

class OsculatingOrbitTest : public QObject
{
    Q_OBJECT

private slots:
    void circularOrbitHasItsHeightAsPerigeeAndApogee()
    {
        const double height = 300'000.0;
        const OsculatingOrbit orbit =
            OsculatingOrbit::of(eastwardOverEquator(height, std::sqrt(kEarth.mu / (kEquator + height))));
        QVERIFY(orbit.bound());
        QVERIFY2(std::abs(orbit.perigeeAltitudeM - height) < 10.0, qPrintable(QString::number(orbit.perigeeAltitudeM)));
        QVERIFY2(std::abs(orbit.apogeeAltitudeM - height) < 10.0, qPrintable(QString::number(orbit.apogeeAltitudeM)));
        QVERIFY2(orbit.inclinationDeg < 0.01, qPrintable(QString::number(orbit.inclinationDeg)));
        QVERIFY(orbit.orbital());
    }

    // A vehicle at the top of its ascent, 300 km up and level: just fast enough to keep its
    // perigee at the floor is an orbit, a thousandth slower comes down.
    void perigeeFloorIsTheThreshold()
    {
        const double speed = apoapsisSpeed(300'000.0, OsculatingOrbit::kPerigeeFloorM);
        const OsculatingOrbit above = OsculatingOrbit::of(eastwardOverEquator(300'000.0, speed * 1.001));
        const OsculatingOrbit below = OsculatingOrbit::of(eastwardOverEquator(300'000.0, speed * 0.999));
        QVERIFY2(above.orbital(), qPrintable(QString::number(above.perigeeAltitudeM)));
        QVERIFY2(!below.orbital(), qPrintable(QString::number(below.perigeeAltitudeM)));
        QVERIFY(above.perigeeAltitudeM > OsculatingOrbit::kPerigeeFloorM);
        QVERIFY(below.perigeeAltitudeM < OsculatingOrbit::kPerigeeFloorM);
        QVERIFY(std::abs(above.apogeeAltitudeM - 300'000.0) < 10.0);
    }

    // Due south from Sohae, as North Korea's satellite launches fly: a near-polar orbit, tilted
    // prograde by the Earth's turning; a little west of south makes it retrograde.
    void southwardLaunchIsNearPolar()
    {
        const double height = 500'000.0;
        const double speed = std::sqrt(kEarth.mu / (kEquator + height));
        const OsculatingOrbit south = OsculatingOrbit::of(stateOver({35.0, 124.7, height}, speed, 0.0, 180.0));
        QVERIFY2(south.inclinationDeg > 85.0 && south.inclinationDeg < 90.0,
                 qPrintable(QString::number(south.inclinationDeg)));
        const OsculatingOrbit southWest = OsculatingOrbit::of(stateOver({35.0, 124.7, height}, speed, 0.0, 190.0));
        QVERIFY2(southWest.inclinationDeg > 90.0, qPrintable(QString::number(southWest.inclinationDeg)));
        QVERIFY(south.orbital() && southWest.orbital());
    }

    void missilesAreNotOrbital()
    {
        for (const TrackEstimate &missile : {testing::srbm(), testing::irbm()}) {
            const OsculatingOrbit orbit = OsculatingOrbit::of(missile.state);
            QVERIFY(orbit.bound());
            QVERIFY2(orbit.perigeeAltitudeM < 0.0, qPrintable(QString::number(orbit.perigeeAltitudeM)));
            QVERIFY(!orbit.orbital());
        }
    }

    void escapingIsOrbitalOnlyOnTheWayOut()
    {
        const OsculatingOrbit out = OsculatingOrbit::of(stateOver({35.0, 124.7, 1'000'000.0}, 11'500.0, 89.0, 180.0));
        QVERIFY(!out.bound());
        QVERIFY(std::isinf(out.apogeeAltitudeM));
        QVERIFY(out.orbital());
        const OsculatingOrbit in = OsculatingOrbit::of(stateOver({35.0, 124.7, 1'000'000.0}, 11'500.0, -89.0, 180.0));
        QVERIFY(!in.bound());
        QVERIFY(!in.orbital()); // headed into the ground however fast
    }

    void predictorDeclinesAnOrbitAndStillPredictsAMissile()
    {
        const ImpactPredictor predictor;
        ImpactPrediction prediction;
        TrackEstimate orbiting = testing::irbm();
        orbiting.state = eastwardOverEquator(300'000.0, std::sqrt(kEarth.mu / (kEquator + 300'000.0)));
        QVERIFY(!predictor.predict(orbiting, prediction));
        QVERIFY(predictor.predict(testing::irbm(), prediction));
        QVERIFY(prediction.impact.timeS > 0.0);
    }

    // What the console draws instead of an impact: one revolution of a 500 km near-polar orbit
    // flown south from Sohae, back near where it started, its height kept all the way round.
    void groundTrackIsOneRevolution()
    {
        const double height = 500'000.0;
        const double radius = kEquator + height;
        // Due south over the ground, the vehicle also moves east with it: circular inertially.
        const double eastward = kEarth.rotationRadPerS * radius * std::cos(35.0 * std::numbers::pi / 180.0);
        const double southward = std::sqrt(kEarth.mu / radius - eastward * eastward);
        const State start = stateOver({35.0, 124.7, height}, southward, 0.0, 180.0);
        const ImpactPredictor predictor;
        std::vector<TimedPoint> track;
        QVERIFY(predictor.groundTrack(start, track));
        QVERIFY2(track.size() >= 20 && track.size() <= 2000, qPrintable(QString::number(track.size())));
        const double periodS = 2.0 * std::numbers::pi * std::sqrt(radius * radius * radius / kEarth.mu);
        QCOMPARE(track.front().timeS, 0.0);
        QVERIFY2(std::abs(track.back().timeS - periodS) < 60.0, qPrintable(QString::number(track.back().timeS)));
        QVERIFY(std::abs(track.front().point.latDeg - 35.0) < 0.01);
        double lowestM = height, highestM = height, southmostDeg = 90.0;
        for (const TimedPoint &sample : track) {
            lowestM = std::min(lowestM, sample.point.heightM);
            highestM = std::max(highestM, sample.point.heightM);
            southmostDeg = std::min(southmostDeg, sample.point.latDeg);
        }
        // The ellipsoid's flattening alone moves a circular orbit's height by about 21 km.
        QVERIFY2(lowestM > 460'000.0 && highestM < 540'000.0,
                 qPrintable(u"%1..%2"_s.arg(lowestM).arg(highestM)));
        QVERIFY2(southmostDeg < -80.0, qPrintable(QString::number(southmostDeg))); // over the pole
        // A revolution later the Earth has turned about 24 degrees under it: westward.
        const double drift = track.back().point.lonDeg - 124.7;
        QVERIFY2(drift < -20.0 && drift > -28.0, qPrintable(QString::number(drift)));
    }

    void noGroundTrackForAMissile()
    {
        std::vector<TimedPoint> track;
        QVERIFY(!ImpactPredictor().groundTrack(testing::irbm().state, track));
    }
};

QTEST_APPLESS_MAIN(OsculatingOrbitTest)
#include "tst_osculating_orbit.moc"
