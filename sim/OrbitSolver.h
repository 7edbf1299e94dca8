#pragma once

#include "MissileProfile.h"

#include "geo/GeoPoint.h"

namespace cop::sim {

// Solves a space launch's boost (ScriptedLaunch.space_launch) so that its last stage burns out
// in the orbit asked for: guidance cuts the thrust when the vehicle has the orbit's energy (its
// semi-major axis), and the pitch programme (the elevation at the end of the pitch-over and at
// insertion) is solved, by Newton's method on a finite-difference Jacobian, for a burnout at the
// perigee height, level (no radial velocity): the far side of such an orbit is then at the
// apogee height. Throws ProfileError naming "space_launch.perigee_km" or "stages" when the
// stages cannot do it.
MissileProfile solveOrbit(const cop::sim::v1::ScriptedLaunch &launch, const GeoPoint &site);

} // namespace cop::sim
