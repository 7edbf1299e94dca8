#include "BallisticCases.h"
#include "dynamics/GroundFrame.h"
#include "dynamics/LaunchPointEstimator.h"

#include <Eigen/Eigenvalues>

#include <GeographicLib/Geodesic.hpp>

#include <QTest>

using namespace cop;
using namespace cop::dynamics;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
const GeoPoint kSunan{39.224, 125.670, 0.0};
constexpr double kBurnoutS = 75.0;

// A liquid-fuel boost from Sunan, flown with RK4 on the full Earth model plus thrust: the
// thrust-to-mass ratio rises as propellant burns, the missile rises vertically for 6 s, then
// pitches over towards the east at 1.5 deg/s up to 60 deg; burnout at 75 s. Nothing in it
// matches the estimator's polynomial model exactly.
class SyntheticBoost
{
public:
    SyntheticBoost()
        : m_dynamics(EarthModel::wgs84(), 1.0 / 40'000.0)
        , m_state(testing::stateOver(kSunan, 0.0, 90.0, 90.0))
    {
        const double lat = kSunan.latDeg * kDeg;
        const double lon = kSunan.lonDeg * kDeg;
        m_east = {-std::sin(lon), std::cos(lon), 0.0};
        m_up = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
    }

    // The state at t seconds after launch; t only grows from call to call.
    State at(double t)
    {
        constexpr double kStep = 0.01;
        while (m_t + kStep / 2 < t) {
            const auto f = [this](const State &y, double time) {
                State d = m_dynamics.derivative(y);
                d.tail<3>() += thrust(time);
                return d;
            };
            const State k1 = f(m_state, m_t);
            const State k2 = f(m_state + kStep / 2 * k1, m_t + kStep / 2);
            const State k3 = f(m_state + kStep / 2 * k2, m_t + kStep / 2);
            const State k4 = f(m_state + kStep * k3, m_t + kStep);
            m_state += kStep / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            m_t += kStep;
        }
        return m_state;
    }

private:
    Eigen::Vector3d thrust(double t) const
    {
        if (t > kBurnoutS)
            return Eigen::Vector3d::Zero();
        const double acceleration = 17.0 / (1.0 - t / 160.0);
        const double pitch = std::clamp((t - 6.0) * 1.5, 0.0, 60.0) * kDeg;
        return acceleration * (std::cos(pitch) * m_up + std::sin(pitch) * m_east);
    }

    BallisticDynamics m_dynamics;
    State m_state;
    double m_t = 0.0;
    Eigen::Vector3d m_east;
    Eigen::Vector3d m_up;
};

double distanceM(const GeoPoint &a, const GeoPoint &b)
{
    double s = 0;
    GeographicLib::Geodesic::WGS84().Inverse(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg, s);
    return s;
}

// Whether the truth lies inside the 95 % ellipse and interval an estimate states, with its figures.
bool holdsTheTruth(const LaunchEstimate &estimate, const LaunchEstimate &naive, QString *figures)
{
    const Eigen::Vector2d offset = GroundFrame(estimate.point).eastNorth(kSunan);
    const double d2 = offset.dot(estimate.covarianceEn.ldlt().solve(offset));
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> axes(estimate.covarianceEn);
    *figures = QStringLiteral("misses by %1 km (t0 %2 s ± %3 s, 1-sigma axes %4 x %5 km, d2 %6), "
                              "back-propagation by %7 km (t0 %8 s)")
                   .arg(distanceM(estimate.point, kSunan) / 1000, 0, 'f', 1)
                   .arg(estimate.launchTimeS, 0, 'f', 1)
                   .arg(estimate.timeSigmaS, 0, 'f', 1)
                   .arg(std::sqrt(axes.eigenvalues()(1)) / 1000, 0, 'f', 1)
                   .arg(std::sqrt(axes.eigenvalues()(0)) / 1000, 0, 'f', 1)
                   .arg(d2, 0, 'f', 2)
                   .arg(distanceM(naive.point, kSunan) / 1000, 0, 'f', 1)
                   .arg(naive.launchTimeS, 0, 'f', 1);
    qInfo("%s", qPrintable(*figures));
    return d2 <= 5.99 && std::abs(estimate.launchTimeS) <= 1.96 * estimate.timeSigmaS;
}

} // namespace

class TestLaunchPoint : public QObject
{
    Q_OBJECT

private slots:
    void boostFitHoldsALaunchSeenDuringBoost()
    {
        // A radar's track 35 s after launch, still boosting.
        SyntheticBoost boost;
        const State seen = boost.at(35.0);
        const auto fit = boostFitLaunch(35.0, seen, 20.0);
        // The naive method flies back from the first state a ballistic model holds for, burnout,
        // and it even gets the true state.
        const auto naive = backPropagateLaunch(EarthModel::wgs84(), kBurnoutS, boost.at(kBurnoutS));
        QVERIFY(fit);
        QVERIFY(naive);
        QString figures;
        QVERIFY2(holdsTheTruth(*fit, *naive, &figures), qPrintable(figures));
        QVERIFY2(distanceM(fit->point, kSunan) < distanceM(naive->point, kSunan) / 2, qPrintable(figures));
        // Back-propagation dates the launch tens of seconds late.
        QVERIFY2(naive->launchTimeS > 30.0, qPrintable(figures));
    }

    void backFitHoldsALaunchFirstSeenAfterBurnout()
    {
        SyntheticBoost boost;
        const State burnout = boost.at(kBurnoutS);
        // First seen 30 s after burnout.
        constexpr double kSeenS = kBurnoutS + 30.0;
        const State seen = BallisticPropagator(EarthModel::wgs84()).propagate(burnout, 0.0, kSeenS - kBurnoutS);
        const auto naive = backPropagateLaunch(EarthModel::wgs84(), kSeenS, seen);
        const auto fit = backFitLaunch(EarthModel::wgs84(), kSeenS, seen, 5.0);
        QVERIFY(naive);
        QVERIFY(fit);
        QString figures;
        QVERIFY2(holdsTheTruth(*fit, *naive, &figures), qPrintable(figures));
        QVERIFY2(std::abs(fit->launchTimeS) < std::abs(naive->launchTimeS), qPrintable(figures));
    }

    void backFitSaysNothingFromAStateComingDown()
    {
        SyntheticBoost boost;
        const State burnout = boost.at(kBurnoutS);
        const BallisticPropagator propagator(EarthModel::wgs84());
        const auto impact = propagator.toImpact(burnout, 1.0 / 5000.0);
        QVERIFY(impact);
        const State falling = propagator.propagate(burnout, 0.0, impact->timeS - 60.0);
        QVERIFY(!backFitLaunch(EarthModel::wgs84(), kBurnoutS + impact->timeS - 60.0, falling, 5.0));
    }
};

QTEST_APPLESS_MAIN(TestLaunchPoint)
#include "tst_launch_point.moc"
