#include "StateEstimate.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

constexpr double kEarthMu = 3.986004418e14;         // m^3/s^2
constexpr double kBoostProcessNoiseMps2 = 60.0;
constexpr double kDefaultPositionSigmaM = 2'000.0;  // a track sent without covariance
constexpr double kDefaultVelocitySigmaMps = 200.0;
// Nations' clocks and time tags agree only to a fraction of a second: at several km/s that is
// hundreds of metres along the track, which no service's covariance includes.
constexpr double kTimeTagSigmaS = 0.2;

} // namespace

StateEstimate StateEstimate::extrapolatedTo(qint64 toUtcUs) const
{
    const double dt = double(toUtcUs - timeUtcUs) * 1e-6;
    if (dt == 0.0)
        return *this;
    const Eigen::Vector3d r = x.head<3>();
    const Eigen::Vector3d gravity = -kEarthMu * r / std::pow(r.norm(), 3);
    StateEstimate out;
    out.timeUtcUs = toUtcUs;
    out.processNoiseMps2 = processNoiseMps2;
    out.x.head<3>() = r + x.tail<3>() * dt + 0.5 * gravity * dt * dt;
    out.x.tail<3>() = x.tail<3>() + gravity * dt;
    // F P F^T + Q for F = [I dt*I; 0 I], block by block: this runs thousands of times a batch.
    const double q = processNoiseMps2 * processNoiseMps2;
    const double adt = std::abs(dt);
    const Eigen::Matrix3d Ppp = P.topLeftCorner<3, 3>();
    const Eigen::Matrix3d Ppv = P.topRightCorner<3, 3>();
    const Eigen::Matrix3d Pvv = P.bottomRightCorner<3, 3>();
    const Eigen::Matrix3d crossTerm = Ppv + Ppv.transpose();
    const Eigen::Matrix3d identity = Eigen::Matrix3d::Identity();
    out.P.topLeftCorner<3, 3>() = Ppp + dt * crossTerm + dt * dt * Pvv
                                  + identity * (q * adt * adt * adt * adt / 4.0);
    out.P.topRightCorner<3, 3>() = Ppv + dt * Pvv + identity * (q * adt * adt * dt / 2.0);
    out.P.bottomLeftCorner<3, 3>() = out.P.topRightCorner<3, 3>().transpose();
    out.P.bottomRightCorner<3, 3>() = Pvv + identity * (q * adt * adt);
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
    if (update.phase == TrackPhase::Boost)
        e.processNoiseMps2 = kBoostProcessNoiseMps2;
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
    // that. Positions are flown straight to one time; the margin covers gravity and process
    // noise over the few seconds between reports.
    const double dt = double(b.timeUtcUs - a.timeUtcUs) * 1e-6;
    const Eigen::Vector3d d = a.x.head<3>() + a.x.segment<3>(3) * dt - b.x.head<3>();
    const double t2 = kTimeTagSigmaS * kTimeTagSigmaS;
    const double spread = a.P.topLeftCorner<3, 3>().trace() + b.P.topLeftCorner<3, 3>().trace()
                          + dt * dt * a.P.bottomRightCorner<3, 3>().trace()
                          + t2 * (a.x.tail<3>().squaredNorm() + b.x.tail<3>().squaredNorm());
    constexpr double kMarginM = 2'000.0;
    const double reach = std::sqrt(gate * spread) + kMarginM + 10.0 * dt * dt;
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
    const Eigen::LLT<Matrix6d> llt(sum);
    if (llt.info() != Eigen::Success)
        return std::numeric_limits<double>::infinity();
    return d.dot(llt.solve(d));
}

} // namespace cop
