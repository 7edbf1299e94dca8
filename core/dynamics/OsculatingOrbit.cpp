#include "dynamics/OsculatingOrbit.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace cop::dynamics {

OsculatingOrbit OsculatingOrbit::of(const State &state, const EarthModel &earth)
{
    const Eigen::Vector3d r = state.head<3>();
    // The orbit lives in the inertial frame: the Earth's turning adds omega x r to the
    // Earth-fixed velocity (about 465 m/s eastward at the equator).
    const Eigen::Vector3d omega(0.0, 0.0, earth.rotationRadPerS);
    const Eigen::Vector3d v = state.tail<3>() + omega.cross(r);
    const double radius = r.norm();
    const double mu = earth.mu;

    OsculatingOrbit orbit;
    orbit.specificEnergy = 0.5 * v.squaredNorm() - mu / radius;
    orbit.climbing = r.dot(v) > 0.0;
    const Eigen::Vector3d h = r.cross(v);
    const double hNorm = h.norm();
    // e from energy and angular momentum; radial flight (h = 0) is the degenerate e = 1 with
    // its perigee at the centre.
    const double eccentricity =
        std::sqrt(std::max(0.0, 1.0 + 2.0 * orbit.specificEnergy * hNorm * hNorm / (mu * mu)));
    const double perigeeRadius = hNorm * hNorm / (mu * (1.0 + eccentricity));
    orbit.perigeeAltitudeM = perigeeRadius - earth.equatorialRadiusM;
    orbit.apogeeAltitudeM = eccentricity < 1.0
                                ? hNorm * hNorm / (mu * (1.0 - eccentricity)) - earth.equatorialRadiusM
                                : std::numeric_limits<double>::infinity();
    orbit.inclinationDeg = hNorm > 0.0 ? std::acos(std::clamp(h.z() / hNorm, -1.0, 1.0)) * 180.0 / std::numbers::pi
                                       : 90.0;
    return orbit;
}

} // namespace cop::dynamics
