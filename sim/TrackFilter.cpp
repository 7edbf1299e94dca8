#include "TrackFilter.h"

#include "dynamics/Atmosphere.h"
#include "dynamics/ImpactPredictor.h"

#include <Eigen/Cholesky>
#include <Eigen/LU>

#include <algorithm>
#include <cmath>

namespace cop::sim {

namespace {

using Matrix3 = Eigen::Matrix3d;

constexpr double kMaxStepS = 0.5;
// Thrust acceleration of a missile seen for the first time: anything up to ~10 g.
constexpr double kThrustSigmaMps2 = 40.0;
// Random-walk jerk of the thrust: a motor's acceleration climbs by several m/s^2 per second as
// propellant burns, and its direction turns with the pitch programme.
constexpr double kJerkPsd = 9.0; // (m/s^3)^2 s
// Unmodelled acceleration in vacuum (integration error, gravity beyond J2): next to nothing.
// More would be a floor the covariance settles on while the real error keeps shrinking with
// every fix, which is as inconsistent as too little.
constexpr double kQuietPsd = 1e-8; // (m/s^2)^2 s
// The real vehicle's drag differs from the typical one by tens of per cent, and the error
// persists along the arc: white noise with this correlation time stands in for it.
constexpr double kDragErrorFraction = 0.3;
constexpr double kDragCorrelationS = 2.0;
// Innovation beyond the 99.9 % gate of chi-square with 3 degrees of freedom while powered: the
// thrust changed abruptly since the last fix (staging, burnout), so its variance is reset and
// what such a change does over one interval is added to velocity and position.
constexpr double kManeuverGate = 16.27;
// A burning motor pushes with well over 10 m/s^2. A thrust estimate that is both small and
// statistically indistinguishable from none (95 % point of chi-square with 3 degrees of
// freedom) for a few fixes in a row, once the filter has settled, means burnout.
constexpr double kQuietThrustMps2 = 5.0;
constexpr double kQuietThrustChi2 = 7.81;
constexpr int kSettledFixes = 8;
// A thrust beyond doubt: the 99.9 % point, and clearly more than the quiet bound.
constexpr double kEvidentThrustMps2 = 2.0 * kQuietThrustMps2;
constexpr double kEvidentThrustChi2 = 16.27;
constexpr int kQuietFixesForBurnout = 3;
// Fixes in a row beyond the gate that bring a ballistic track back to powered flight.
constexpr int kSurprisesForThrust = 2;

} // namespace

TrackFilter::TrackFilter(const PositionFix &first, double firstS, const PositionFix &second,
                         double secondS, double inverseBeta)
    : m_timeS(secondS)
    , m_lastFixS(secondS)
    , m_dynamics(cop::dynamics::EarthModel::wgs84(), inverseBeta)
{
    const double dt = secondS - firstS;
    m_x.head<3>() = second.positionEcef;
    // The difference is the mean velocity over the interval; gravity has changed it since by
    // half an interval's worth, the unknown thrust too (covered by its variance).
    const Eigen::Vector3d gravity = m_dynamics.gravity(second.positionEcef);
    m_x.segment<3>(3) = (second.positionEcef - first.positionEcef) / dt + gravity * dt / 2;
    const double thrustVariance = kThrustSigmaMps2 * kThrustSigmaMps2;
    m_p.topLeftCorner<3, 3>() = second.covariance;
    m_p.block<3, 3>(0, 3) = second.covariance / dt;
    m_p.block<3, 3>(3, 0) = second.covariance / dt;
    m_p.block<3, 3>(3, 3) = (first.covariance + second.covariance) / (dt * dt)
                            + Matrix3::Identity() * thrustVariance * dt * dt / 4;
    m_p.block<3, 3>(3, 6) = Matrix3::Identity() * thrustVariance * dt / 2;
    m_p.block<3, 3>(6, 3) = Matrix3::Identity() * thrustVariance * dt / 2;
    m_p.block<3, 3>(6, 6) = Matrix3::Identity() * thrustVariance;
}

double TrackFilter::heightM() const
{
    return m_dynamics.height(m_x.head<3>());
}

bool TrackFilter::descending() const
{
    return m_x.head<3>().dot(m_x.segment<3>(3)) < 0.0;
}

void TrackFilter::predictTo(double timeS)
{
    while (m_timeS < timeS - 1e-9) {
        const double step = std::min(kMaxStepS, timeS - m_timeS);
        predictStep(step);
        m_timeS += step;
    }
}

void TrackFilter::predictStep(double h)
{
    const Eigen::Vector3d thrust = m_x.segment<3>(6);
    const auto f = [&](const cop::dynamics::State &s) {
        cop::dynamics::State d = m_dynamics.derivative(s);
        d.tail<3>() += thrust;
        return d;
    };
    const cop::dynamics::State s = m_x.head<6>();
    const cop::dynamics::State k1 = f(s);
    const cop::dynamics::State k2 = f(s + h / 2 * k1);
    const cop::dynamics::State k3 = f(s + h / 2 * k2);
    const cop::dynamics::State k4 = f(s + h * k3);

    // Jacobian at the start of the step: gravity gradient of the point mass (J2's is a
    // thousandth of it) with the centrifugal term, Coriolis, and the thrust feeding velocity.
    const Eigen::Vector3d r = s.head<3>();
    const double rn = r.norm();
    const double mu = m_dynamics.earth().mu;
    const double w = m_dynamics.earth().rotationRadPerS;
    Matrix9 a = Matrix9::Zero();
    a.block<3, 3>(0, 3) = Matrix3::Identity();
    a.block<3, 3>(3, 0) = mu / (rn * rn * rn)
                              * (3.0 * r * r.transpose() / (rn * rn) - Matrix3::Identity())
                          + Eigen::Vector3d(w * w, w * w, 0.0).asDiagonal().toDenseMatrix();
    a(3, 4) = 2.0 * w;
    a(4, 3) = -2.0 * w;
    if (m_powered)
        a.block<3, 3>(3, 6) = Matrix3::Identity();
    const Matrix9 phi = Matrix9::Identity() + a * h + a * a * (h * h / 2);

    // Process noise: white acceleration on velocity, and white jerk on the thrust.
    const double airDrag = 0.5 * cop::dynamics::airDensity(m_dynamics.height(r))
                           * m_dynamics.inverseBeta() * s.tail<3>().squaredNorm();
    const double dragSigma = kDragErrorFraction * airDrag;
    const double q = kQuietPsd + dragSigma * dragSigma * kDragCorrelationS;
    Matrix9 noise = Matrix9::Zero();
    const Matrix3 i3 = Matrix3::Identity();
    noise.block<3, 3>(0, 0) = i3 * q * h * h * h / 3;
    noise.block<3, 3>(0, 3) = noise.block<3, 3>(3, 0) = i3 * q * h * h / 2;
    noise.block<3, 3>(3, 3) = i3 * q * h;
    if (m_powered) {
        const double j = kJerkPsd;
        noise.block<3, 3>(0, 0) += i3 * j * std::pow(h, 5) / 20;
        noise.block<3, 3>(0, 3) += i3 * j * std::pow(h, 4) / 8;
        noise.block<3, 3>(3, 0) += i3 * j * std::pow(h, 4) / 8;
        noise.block<3, 3>(0, 6) = noise.block<3, 3>(6, 0) = i3 * j * h * h * h / 6;
        noise.block<3, 3>(3, 3) += i3 * j * h * h * h / 3;
        noise.block<3, 3>(3, 6) = noise.block<3, 3>(6, 3) = i3 * j * h * h / 2;
        noise.block<3, 3>(6, 6) = i3 * j * h;
    }

    m_x.head<6>() = s + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
    m_p = phi * m_p * phi.transpose() + noise;
}

void TrackFilter::update(const PositionFix &fix)
{
    const Eigen::Vector3d innovation = fix.positionEcef - m_x.head<3>();
    Matrix3 s = m_p.topLeftCorner<3, 3>() + fix.covariance;
    if (m_powered && innovation.dot(s.ldlt().solve(innovation)) > kManeuverGate) {
        const double dt = std::max(m_timeS - m_lastFixS, 1.0);
        const double variance = kThrustSigmaMps2 * kThrustSigmaMps2;
        m_p.block<3, 3>(6, 6) += Matrix3::Identity() * variance;
        m_p.block<3, 3>(3, 3) += Matrix3::Identity() * variance * dt * dt;
        m_p.block<3, 3>(0, 0) += Matrix3::Identity() * variance * dt * dt * dt * dt / 4;
        s = m_p.topLeftCorner<3, 3>() + fix.covariance;
    }
    m_lastFixS = m_timeS;
    if (!m_powered) {
        // A ballistic track whose fixes keep falling outside the gate is still (or again)
        // under thrust: burnout was declared between stages, or too early.
        m_surprises = innovation.dot(s.ldlt().solve(innovation)) > kManeuverGate
                          ? m_surprises + 1
                          : 0;
        if (m_surprises >= kSurprisesForThrust)
            reignite();
    }
    const Eigen::Matrix<double, 9, 3> gain = m_p.leftCols<3>() * s.inverse();
    m_x += gain * innovation;
    // Joseph form keeps the covariance symmetric and positive through thousands of fixes.
    Matrix9 ikh = Matrix9::Identity();
    ikh.leftCols<3>() -= gain;
    m_p = ikh * m_p * ikh.transpose() + gain * fix.covariance * gain.transpose();
    m_p = (m_p + m_p.transpose()) / 2;
    if (m_powered)
        checkForBurnout();
}

void TrackFilter::reignite()
{
    const double variance = kThrustSigmaMps2 * kThrustSigmaMps2;
    m_powered = true;
    m_surprises = 0;
    m_quietFixes = 0;
    m_fixes = 0;
    m_p.block<3, 3>(6, 6) = Matrix3::Identity() * variance;
    m_p.block<3, 3>(3, 3) += Matrix3::Identity() * variance;
    m_p.block<3, 3>(0, 0) += Matrix3::Identity() * variance / 4;
}

double TrackFilter::thrustSignificance() const
{
    const Eigen::Vector3d thrust = m_x.segment<3>(6);
    return thrust.dot(m_p.block<3, 3>(6, 6).ldlt().solve(thrust));
}

bool TrackFilter::thrustEvident() const
{
    // Drag on a missile coming down through the air shows as a thrust too, but backwards.
    const Eigen::Vector3d thrust = m_x.segment<3>(6);
    return m_powered && thrust.norm() > kEvidentThrustMps2 && thrustSignificance() > kEvidentThrustChi2
           && thrust.dot(m_x.segment<3>(3)) > 0.0;
}

void TrackFilter::checkForBurnout()
{
    m_quietFixes = ++m_fixes >= kSettledFixes && m_x.segment<3>(6).norm() < kQuietThrustMps2
                           && thrustSignificance() < kQuietThrustChi2
                       ? m_quietFixes + 1
                       : 0;
    if (m_quietFixes < kQuietFixesForBurnout)
        return;
    // Burnout is news about the past fixes too: conditioning on "no thrust" as a perfect
    // observation corrects position and velocity and takes back the variance the thrust state
    // had lent them.
    const Eigen::Matrix<double, 9, 3> crossCovariance = m_p.middleCols<3>(6);
    const Eigen::Matrix<double, 9, 3> gain =
        crossCovariance * m_p.block<3, 3>(6, 6).ldlt().solve(Matrix3::Identity());
    m_x -= gain * m_x.segment<3>(6);
    m_p -= gain * crossCovariance.transpose();
    m_p = (m_p + m_p.transpose()) / 2;
    m_powered = false;
    m_x.segment<3>(6).setZero();
    m_p.block<3, 9>(6, 0).setZero();
    m_p.block<9, 3>(0, 6).setZero();
}

} // namespace cop::sim
