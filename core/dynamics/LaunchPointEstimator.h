#pragma once

#include "dynamics/BallisticPropagator.h"
#include "geo/GeoPoint.h"

#include <optional>

namespace cop::dynamics {

struct LaunchEstimate
{
    double launchTimeS = 0.0;     // same epoch as the input
    GeoPoint point;               // on the ellipsoid
    // How far off it may be: one sigma of the time, and the covariance of the point in the local
    // east/north plane (m^2). Zero from backPropagateLaunch, which states nothing.
    double timeSigmaS = 0.0;
    Eigen::Matrix2d covarianceEn = Eigen::Matrix2d::Zero();
};

// Where and when a missile left the ground without knowing which missile it is, from one track
// state and the 1-sigma error of its velocity (per axis): every plausible boost (PlausibleBoosts)
// is put where the flight had that boost's height, weighed by how well its speed and flight-path
// angle there match the flight's, and followed back to its launch site along the ground track.
// The estimate is the weighted mean; its covariance, elongated downrange, and its time sigma are
// the weighted spread plus the boost model's own error. Nothing when no plausible boost matches.
//
// backFitLaunch: a state after burnout. The flight is the state's backward ballistic arc, and each
// boost is matched where the arc has its burnout height. Also nothing when the arc never reaches
// the ground, or the state is already coming down (past apogee, perhaps in the air).
std::optional<LaunchEstimate> backFitLaunch(const EarthModel &earth, double timeS, const State &state,
                                            double velocitySigmaMps);
// boostFitLaunch: a state during boost, matched to each boost where it was that high. Also
// nothing from a state coming down.
std::optional<LaunchEstimate> boostFitLaunch(double timeS, const State &state, double velocitySigmaMps);

// The naive answer the boost fits must beat: fly a track state backwards ballistically (in
// vacuum) until it meets the ground. Biased by tens of km because the missile was powered.
// Nothing when the backward flight never reaches the ground.
std::optional<LaunchEstimate> backPropagateLaunch(const EarthModel &earth, double timeS,
                                                  const State &state);

} // namespace cop::dynamics
