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
    Matrix6d F = Matrix6d::Identity();
    F.topRightCorner<3, 3>().diagonal().setConstant(dt);
    const double q = processNoiseMps2 * processNoiseMps2;
    const double adt = std::abs(dt);
    Matrix6d Q = Matrix6d::Zero();
    Q.topLeftCorner<3, 3>().diagonal().setConstant(q * adt * adt * adt * adt / 4.0);
    Q.topRightCorner<3, 3>().diagonal().setConstant(q * adt * adt * adt / 2.0 * (dt < 0 ? -1 : 1));
    Q.bottomLeftCorner<3, 3>() = Q.topRightCorner<3, 3>();
    Q.bottomRightCorner<3, 3>().diagonal().setConstant(q * adt * adt);
    out.P = F * P * F.transpose() + Q;
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

StateEstimate estimateOf(const TrackUpdate &update)
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
        int k = 0;
        for (int row = 0; row < 6; ++row) {
            for (int col = row; col < 6; ++col) {
                e.P(row, col) = (*update.covarianceUpper)[k++];
                e.P(col, row) = e.P(row, col);
            }
        }
    } else {
        e.P.setZero();
        e.P.topLeftCorner<3, 3>().diagonal().setConstant(kDefaultPositionSigmaM * kDefaultPositionSigmaM);
        e.P.bottomRightCorner<3, 3>().diagonal().setConstant(kDefaultVelocitySigmaMps
                                                             * kDefaultVelocitySigmaMps);
    }
    return e;
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
