#pragma once

namespace cop::dynamics {

// Air density in kg/m^3 at a height above the ellipsoid: piecewise exponential fitted to the
// US Standard Atmosphere 1976 (Vallado's table), 0 above 1,000 km. Below the ellipsoid it keeps
// the sea-level layer, so a state a little underground stays finite.
double airDensity(double heightM);

} // namespace cop::dynamics
