#include "BallisticCases.h"
#include "dynamics/BallisticPropagator.h"

#include <Eigen/Geometry>

#include <QTest>

using namespace cop;
using namespace cop::dynamics;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// Classical fixed-step RK4 to the surface, the last step cut where the height crosses zero
// (bisection on the step length, each trial integrated afresh): the independent reference.
Eigen::Vector3d rk4Impact(const BallisticDynamics &dynamics, State state, double stepS)
{
    const auto rk4 = [&dynamics](const State &y, double h) {
        const State k1 = dynamics.derivative(y);
        const State k2 = dynamics.derivative(y + h / 2 * k1);
        const State k3 = dynamics.derivative(y + h / 2 * k2);
        const State k4 = dynamics.derivative(y + h * k3);
        return State(y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4));
    };
    for (;;) {
        const State next = rk4(state, stepS);
        if (dynamics.height(next.head<3>()) < 0.0)
            break;
        state = next;
    }
    double lo = 0.0;
    double hi = stepS;
    while (hi - lo > 1e-9) {
        const double mid = (lo + hi) / 2;
        (dynamics.height(rk4(state, mid).head<3>()) < 0.0 ? hi : lo) = mid;
    }
    return rk4(state, lo).head<3>();
}

// The textbook case of docs/flight-dynamics.md: burnout on the surface of a sphere, Q = 0.3,
// flight-path angle 35 deg. The inertial velocity is the same with and without rotation.
State textbookBurnout(double radiusM, double rotationRadPerS)
{
    const double mu = EarthModel::sphere(radiusM, 0.0).mu;
    const double speed = std::sqrt(0.3 * mu / radiusM);
    const double gamma = 35.0 * kDeg;
    const double azimuth = 45.0 * kDeg;
    // At latitude 0, longitude 0: east is +y, north +z, up +x.
    const Eigen::Vector3d r(radiusM, 0.0, 0.0);
    Eigen::Vector3d v(std::sin(gamma), std::cos(gamma) * std::sin(azimuth),
                      std::cos(gamma) * std::cos(azimuth));
    v *= speed;
    // Earth-fixed velocity = inertial - omega x r.
    v -= Eigen::Vector3d(0.0, 0.0, rotationRadPerS).cross(r);
    State state;
    state << r, v;
    return state;
}

} // namespace

class TestBallisticPropagation : public QObject
{
    Q_OBJECT

private slots:
    void vacuumSphereMatchesTheClosedFormRangeAndTimeOfFlight()
    {
        const double radius = 6'371'000.0;
        const BallisticPropagator propagator(EarthModel::sphere(radius, 0.0));
        const State start = textbookBurnout(radius, 0.0);
        // Lift it a millimetre so the flight does not end where it starts.
        const State lifted = (State() << start.head<3>() * (1.0 + 1e-12), start.tail<3>()).finished();
        const auto impact = propagator.toImpact(lifted, 0.0);
        QVERIFY(impact);
        const double angle = std::acos(start.head<3>().normalized().dot(impact->state.head<3>().normalized()));
        const double rangeKm = angle * radius / 1000.0;
        QVERIFY2(std::abs(rangeKm - 2225.787) < 0.1, qPrintable(QString::number(rangeKm, 'f', 3)));
        QVERIFY2(std::abs(impact->timeS - 682.481) < 0.1, qPrintable(QString::number(impact->timeS, 'f', 3)));
    }

    void rotatingEarthPutsTheImpactOmegaTimesTofFurtherWest()
    {
        const double radius = 6'371'000.0;
        const double omega = EarthModel::wgs84().rotationRadPerS;
        const auto fly = [radius](double rotation) {
            const State start = textbookBurnout(radius, rotation);
            const State lifted = (State() << start.head<3>() * (1.0 + 1e-12), start.tail<3>()).finished();
            return BallisticPropagator(EarthModel::sphere(radius, rotation)).toImpact(lifted, 0.0);
        };
        const auto still = fly(0.0);
        const auto turning = fly(omega);
        QVERIFY(still && turning);
        const auto longitude = [](const State &s) { return std::atan2(s(1), s(0)) / kDeg; };
        const auto latitude = [](const State &s) { return std::asin(s(2) / s.head<3>().norm()) / kDeg; };
        const double westward = longitude(still->state) - longitude(turning->state);
        QVERIFY2(std::abs(westward - 2.8514) < 1e-3, qPrintable(QString::number(westward, 'f', 5)));
        QVERIFY(std::abs(latitude(still->state) - latitude(turning->state)) < 1e-6);
        QVERIFY(std::abs(still->timeS - turning->timeS) < 1e-3);
    }

    void impactAgreesWithAFineRk4Reference_data()
    {
        QTest::addColumn<int>("missile");
        QTest::newRow("SRBM") << 0;
        QTest::newRow("IRBM") << 1;
    }

    void impactAgreesWithAFineRk4Reference()
    {
        QFETCH(int, missile);
        const TrackEstimate estimate = missile == 0 ? testing::srbm() : testing::irbm();
        const EarthModel earth = EarthModel::wgs84();
        QVERIFY(earth.atmosphere && earth.j2 > 0.0);
        const auto impact = BallisticPropagator(earth).toImpact(estimate.state, estimate.inverseBeta);
        QVERIFY(impact);
        const Eigen::Vector3d reference =
            rk4Impact(BallisticDynamics(earth, estimate.inverseBeta), estimate.state, 0.01);
        const double miss = (impact->state.head<3>() - reference).norm();
        QVERIFY2(miss < 10.0, qPrintable(QStringLiteral("%1 m").arg(miss)));
    }

    void forwardThenBackwardReturnsToTheStart_data()
    {
        impactAgreesWithAFineRk4Reference_data();
    }

    void forwardThenBackwardReturnsToTheStart()
    {
        QFETCH(int, missile);
        const TrackEstimate estimate = missile == 0 ? testing::srbm() : testing::irbm();
        const BallisticPropagator propagator(EarthModel::wgs84());
        const double duration = missile == 0 ? 250.0 : 600.0;
        const State there = propagator.propagate(estimate.state, estimate.inverseBeta, duration);
        QVERIFY((there.head<3>() - estimate.state.head<3>()).norm() > 100'000.0);
        const State back = propagator.propagate(there, estimate.inverseBeta, -duration);
        const double miss = (back.head<3>() - estimate.state.head<3>()).norm();
        QVERIFY2(miss < 1.0, qPrintable(QStringLiteral("%1 m").arg(miss)));
    }

    void apogeeIsTheHighestPointOfThePath()
    {
        const TrackEstimate estimate = testing::srbm();
        const BallisticPropagator propagator(EarthModel::wgs84());
        std::vector<PathSample> path;
        const auto impact = propagator.toImpact(estimate.state, estimate.inverseBeta, 7200.0, &path, 0.5);
        QVERIFY(impact);
        const BallisticDynamics dynamics(EarthModel::wgs84(), estimate.inverseBeta);
        double highest = 0.0;
        for (const PathSample &sample : path)
            highest = std::max(highest, dynamics.height(sample.positionEcef));
        QVERIFY(impact->apogeeHeightM >= highest - 0.01);
        QVERIFY(impact->apogeeHeightM - highest < 5.0);
        QVERIFY(impact->apogeeTimeS > 0.0 && impact->apogeeTimeS < impact->timeS);
        QCOMPARE(path.back().timeS, impact->timeS);
    }
};

QTEST_APPLESS_MAIN(TestBallisticPropagation)
#include "tst_ballistic_propagation.moc"
