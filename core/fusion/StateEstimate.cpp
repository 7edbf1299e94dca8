#include "fusion/StateEstimate.h"

#include "dynamics/BallisticDynamics.h"
#include "fusion/Cholesky6.h"
#include "dynamics/ImpactPredictor.h"

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

// Unmodelled acceleration by phase (m^2/s^3). Boost: services send no thrust, and a motor
// pushes at tens of m/s^2; reentry: drag decelerates at up to tens of g. Midcourse flight is
// ballistic, so only the trackers' own small errors remain.
constexpr double kMidcourseProcessNoise = 1.0;
constexpr double kBoostProcessNoise = 2'000.0;
constexpr double kTerminalProcessNoise = 5'000.0;
constexpr double kDefaultPositionSigmaM = 2'000.0;  // a track sent without covariance
constexpr double kDefaultVelocitySigmaMps = 200.0;
// Nations' clocks and time tags agree only to a fraction of a second: at several km/s that is
// hundreds of metres along the track, which no service's covariance includes.
constexpr double kTimeTagSigmaS = 0.2;
// Integration step of the extrapolation: ample for a ballistic arc over minutes.
constexpr double kMaxStepS = 10.0;

// Re-entry vehicles' drag differs from missile to missile: the typical one, and the process
// noise of reentry for the rest.
const dynamics::BallisticDynamics &typicalFlight()
{
    static const dynamics::BallisticDynamics flight(dynamics::EarthModel::wgs84(),
                                                    dynamics::TrackEstimate::kTypicalInverseBeta);
    return flight;
}

} // namespace

StateEstimate StateEstimate::extrapolatedTo(qint64 toUtcUs) const
{
    const double dt = double(toUtcUs - timeUtcUs) * 1e-6;
    if (dt == 0.0)
        return *this;
    StateEstimate out;
    out.timeUtcUs = toUtcUs;
    out.processNoise = processNoise;
    // Classic Runge-Kutta: one step for the few seconds between services' reports.
    const int steps = int(std::ceil(std::abs(dt) / kMaxStepS));
    const double h = dt / steps;
    const dynamics::BallisticDynamics &flight = typicalFlight();
    out.x = x;
    for (int i = 0; i < steps; ++i) {
        const Vector6d k1 = flight.derivative(out.x);
        const Vector6d k2 = flight.derivative(out.x + 0.5 * h * k1);
        const Vector6d k3 = flight.derivative(out.x + 0.5 * h * k2);
        const Vector6d k4 = flight.derivative(out.x + h * k3);
        out.x += h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
    }
    // F P F^T + Q for F = [I dt*I; 0 I] (the gravity gradient is small beside the process
    // noise), block by block: this runs thousands of times a batch. Q of continuous white-noise
    // acceleration, full rank: a discrete one ties position and velocity errors rigidly
    // together, and the systematic errors of a long extrapolation do not keep to that tie.
    const double adt = std::abs(dt);
    const Eigen::Matrix3d Ppp = P.topLeftCorner<3, 3>();
    const Eigen::Matrix3d Ppv = P.topRightCorner<3, 3>();
    const Eigen::Matrix3d Pvv = P.bottomRightCorner<3, 3>();
    const Eigen::Matrix3d crossTerm = Ppv + Ppv.transpose();
    const Eigen::Matrix3d identity = Eigen::Matrix3d::Identity();
    out.P.topLeftCorner<3, 3>() = Ppp + dt * crossTerm + dt * dt * Pvv
                                  + identity * (processNoise * adt * adt * adt / 3.0);
    out.P.topRightCorner<3, 3>() = Ppv + dt * Pvv + identity * (processNoise * adt * dt / 2.0);
    out.P.bottomLeftCorner<3, 3>() = out.P.topRightCorner<3, 3>().transpose();
    out.P.bottomRightCorner<3, 3>() = Pvv + identity * (processNoise * adt);
    return out;
}

double StateEstimate::positionSigmaM() const
{
    return std::sqrt(std::max(0.0, P.topLeftCorner<3, 3>().trace() / 3.0));
}

double StateEstimate::velocitySigmaMps() const
{
    return std::sqrt(std::max(0.0, P.bottomRightCorner<3, 3>().trace() / 3.0));
}

GeoPoint geodeticOf(const StateEstimate &estimate)
{
    return geodeticFromEcef({estimate.x(0), estimate.x(1), estimate.x(2)});
}

double heightOf(const StateEstimate &estimate)
{
    return geodeticOf(estimate).heightM;
}

StateEstimate groundedEstimate(const StateEstimate &reported, qint64 belowUtcUs)
{
    // On a fixed 10 ms grid from the report: the same instant whatever the search's bound.
    constexpr qint64 kResolutionUs = 10'000;
    if (heightOf(reported) < 0.0)
        return reported; // reported below ground: nothing earlier to hold it at
    StateEstimate last = reported;
    qint64 above = 0;
    qint64 below = std::max<qint64>(1, (belowUtcUs - reported.timeUtcUs + kResolutionUs - 1) / kResolutionUs);
    while (below - above > 1) {
        const qint64 middle = above + (below - above) / 2;
        StateEstimate flown = reported.extrapolatedTo(reported.timeUtcUs + middle * kResolutionUs);
        if (heightOf(flown) < 0.0) {
            below = middle;
        } else {
            above = middle;
            last = std::move(flown);
        }
    }
    return last;
}

Matrix6d covarianceFromUpper(const std::array<double, 21> &upper)
{
    Matrix6d P;
    int k = 0;
    for (int row = 0; row < 6; ++row) {
        for (int col = row; col < 6; ++col) {
            P(row, col) = upper[k++];
            P(col, row) = P(row, col);
        }
    }
    return P;
}

StateEstimate stateEstimateOf(const TrackUpdate &update)
{
    StateEstimate e;
    e.timeUtcUs = update.timeUtcUs;
    e.processNoise = update.phase == TrackPhase::Boost      ? kBoostProcessNoise
                     : update.phase == TrackPhase::Terminal ? kTerminalProcessNoise
                                                            : kMidcourseProcessNoise;
    for (int i = 0; i < 3; ++i) {
        e.x(i) = update.positionEcef[i];
        e.x(i + 3) = update.velocityEcef[i];
    }
    if (update.covarianceUpper) {
        e.P = covarianceFromUpper(*update.covarianceUpper);
    } else {
        e.P.setZero();
        e.P.topLeftCorner<3, 3>().diagonal().setConstant(kDefaultPositionSigmaM * kDefaultPositionSigmaM);
        e.P.bottomRightCorner<3, 3>().diagonal().setConstant(kDefaultVelocitySigmaMps
                                                             * kDefaultVelocitySigmaMps);
    }
    return e;
}

bool mayGate(const StateEstimate &a, const StateEstimate &b, double gate)
{
    // The position-only distance bounds the full one from below, and |d|^2 / trace(S) bounds
    // that. Positions are flown straight to one time; the margin covers the acceleration
    // (gravity, Coriolis: under 11 m/s^2) a straight line leaves out, and the spread what
    // either estimate's extrapolation adds.
    const double dt = double(b.timeUtcUs - a.timeUtcUs) * 1e-6;
    const double adt = std::abs(dt);
    const Eigen::Vector3d d = a.x.head<3>() + a.x.segment<3>(3) * dt - b.x.head<3>();
    const double t2 = kTimeTagSigmaS * kTimeTagSigmaS;
    const double spread = a.P.topLeftCorner<3, 3>().trace() + b.P.topLeftCorner<3, 3>().trace()
                          + 2.0 * adt * (std::abs(a.P.topRightCorner<3, 3>().trace())
                                         + std::abs(b.P.topRightCorner<3, 3>().trace()))
                          + dt * dt * (a.P.bottomRightCorner<3, 3>().trace() + b.P.bottomRightCorner<3, 3>().trace())
                          + std::max(a.processNoise, b.processNoise) * adt * adt * adt
                          + t2 * (a.x.tail<3>().squaredNorm() + b.x.tail<3>().squaredNorm());
    constexpr double kMarginM = 2'000.0;
    const double reach = std::sqrt(gate * spread) + kMarginM + 6.0 * dt * dt;
    return d.squaredNorm() <= reach * reach;
}

double mahalanobisSquared(const StateEstimate &a, const StateEstimate &b)
{
    const qint64 t = std::max(a.timeUtcUs, b.timeUtcUs);
    const StateEstimate ea = a.extrapolatedTo(t);
    const StateEstimate eb = b.extrapolatedTo(t);
    const Vector6d d = ea.x - eb.x;
    Matrix6d sum = ea.P + eb.P;
    const double t2 = kTimeTagSigmaS * kTimeTagSigmaS;
    sum.topLeftCorner<3, 3>() += t2 * (ea.x.tail<3>() * ea.x.tail<3>().transpose()
                                       + eb.x.tail<3>() * eb.x.tail<3>().transpose());
    const Cholesky6 cholesky(sum);
    if (!cholesky.ok())
        return std::numeric_limits<double>::infinity();
    return cholesky.quadraticForm(d);
}

} // namespace cop
