#include "BallisticCases.h"
#include "LaunchPointEstimator.h"

#include <GeographicLib/Geodesic.hpp>

#include <QTest>

#include <random>

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

} // namespace

class TestLaunchPoint : public QObject
{
    Q_OBJECT

private slots:
    void boostModelBeatsBallisticBackPropagation()
    {
        // A radar sees the missile from 20 s after launch: 16 noisy fixes a second apart.
        SyntheticBoost boost;
        std::mt19937_64 random(7);
        std::normal_distribution<double> noise(0.0, 100.0);
        std::vector<TimedPosition> fixes;
        for (int i = 0; i < 16; ++i) {
            const double t = 20.0 + i;
            const State truth = boost.at(t);
            fixes.push_back({t, truth.head<3>() + Eigen::Vector3d(noise(random), noise(random), noise(random))});
        }

        const LaunchEstimate estimate = estimateLaunch(fixes);
        // The naive method flies back from the first state a ballistic model holds for, burnout,
        // and it even gets the true state, without noise.
        const auto naive = backPropagateLaunch(EarthModel::wgs84(), kBurnoutS, boost.at(kBurnoutS));
        QVERIFY(naive);
        const double estimateMiss = distanceM(estimate.point, kSunan);
        const double naiveMiss = distanceM(naive->point, kSunan);
        const QString figures = QStringLiteral("boost model misses by %1 km (t0 %2 s), back-propagation by %3 km (t0 %4 s)")
                                    .arg(estimateMiss / 1000, 0, 'f', 2).arg(estimate.launchTimeS, 0, 'f', 1)
                                    .arg(naiveMiss / 1000, 0, 'f', 2).arg(naive->launchTimeS, 0, 'f', 1);
        qInfo("%s", qPrintable(figures));
        // Back-propagation misses by kilometres and dates the launch tens of seconds late.
        QVERIFY2(naiveMiss > 5'000.0, qPrintable(figures));
        QVERIFY2(naive->launchTimeS > 30.0, qPrintable(figures));
        QVERIFY2(estimateMiss < 2'000.0, qPrintable(figures));
        QVERIFY2(estimateMiss < naiveMiss / 5.0, qPrintable(figures));
        QVERIFY2(std::abs(estimate.launchTimeS) < 5.0, qPrintable(figures));
    }
};

QTEST_APPLESS_MAIN(TestLaunchPoint)
#include "tst_launch_point.moc"
