#pragma once

#include "BallisticPropagator.h"
#include "GeoPoint.h"

#include <span>

namespace cop::dynamics {

struct TimedPosition
{
    double timeS;                 // any epoch, the same for all points
    Eigen::Vector3d positionEcef;
};

struct LaunchEstimate
{
    double launchTimeS = 0.0;     // same epoch as the input
    GeoPoint point;               // on the ellipsoid
};

// Where and when a missile left the ground, from the earliest positions of its track (at least
// five, still in powered flight). Boost model: from rest on the ground at t0, position grows
// with acceleration and jerk, r(t) = L + A tau^2 / 2 + J tau^3 / 6 with tau = t - t0, which
// follows a rising thrust-to-mass ratio and a slow pitch-over. For each t0 the fit is linear
// in L, A, J, with L held on the tangent plane of the ground below the track; t0 is the one
// with the smallest residual.
LaunchEstimate estimateLaunch(std::span<const TimedPosition> earliest);

// The naive answer the boost model must beat: fly a track state backwards ballistically (in
// vacuum) until it meets the ground. Biased by tens of km because the missile was powered.
// Nothing when the backward flight never reaches the ground.
std::optional<LaunchEstimate> backPropagateLaunch(const EarthModel &earth, double timeS,
                                                  const State &state);

} // namespace cop::dynamics
