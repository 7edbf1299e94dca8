#pragma once

#include "picture/PictureEvents.h"

#include <Eigen/Core>

namespace cop {

using Vector6d = Eigen::Matrix<double, 6, 1>;
using Matrix6d = Eigen::Matrix<double, 6, 6>;

// A track's ECEF state [position, velocity] with its covariance at one instant, in the form the
// association and fusion arithmetic needs.
struct StateEstimate
{
    Vector6d x = Vector6d::Zero();
    Matrix6d P = Matrix6d::Identity();
    qint64 timeUtcUs = 0;
    // Spectral density of the unmodelled acceleration (m^2/s^3): what a ballistic flight
    // leaves out, far more in boost (thrust) and reentry (drag) than in midcourse.
    double processNoise = 1.0;

    // Flown ballistically (gravity with J2, Earth rotation, air) to another instant, with
    // continuous white-noise acceleration as the process noise: services report with different
    // latencies, and a coasting track may be minutes old, so tracks of one missile must be
    // compared at one time.
    StateEstimate extrapolatedTo(qint64 timeUtcUs) const;

    double positionSigmaM() const;
    double velocitySigmaMps() const;
};

// A reported estimate whose flight is below the ground by `belowUtcUs`, flown to where it meets
// it: the last instant (to 10 ms) at which it is still above. Depends on the report alone, so
// the impact stays put however long the report coasts.
StateEstimate groundedEstimate(const StateEstimate &reported, qint64 belowUtcUs);
GeoPoint geodeticOf(const StateEstimate &estimate);
double heightOf(const StateEstimate &estimate);

// The 6x6 [position, velocity] covariance from the upper triangle a service sends.
Matrix6d covarianceFromUpper(const std::array<double, 21> &upper);

// A service's track update as a state estimate; a track sent without covariance is given a
// deliberately loose one, so it can join a fused track but never dominates it.
StateEstimate stateEstimateOf(const TrackUpdate &update);

// Squared Mahalanobis distance between two estimates of one object at the later of their times,
// over the sum of their covariances and of the uncertainty of their time tags: chi-square with 6
// degrees of freedom when they are.
double mahalanobisSquared(const StateEstimate &a, const StateEstimate &b);

// A cheap test that is false only where mahalanobisSquared(a, b) is certainly above `gate`
// (position apart by more than the gate allows along any axis): prunes candidate pairs.
bool mayGate(const StateEstimate &a, const StateEstimate &b, double gate);

} // namespace cop
