#pragma once

#include "dynamics/BallisticDynamics.h"
#include "dynamics/EarthModel.h"

namespace cop::dynamics {

// The two-body orbit through a state (ECEF position, Earth-fixed velocity): where the object
// would go if nothing but a point-mass Earth pulled on it from now on. Its energy and angular
// momentum decide whether it comes back down: that is how the console tells a vehicle on an
// orbital trajectory, for which no impact exists to predict, from a missile, without flying
// either for hours (issue 20).
struct OsculatingOrbit
{
    // An orbit whose lowest point stays above this much air does not come down within its
    // first revolutions; one that dips below it meets the atmosphere on the way, and a
    // prediction flies it to its impact.
    static constexpr double kPerigeeFloorM = 120'000.0;

    double specificEnergy = 0.0;   // J/kg, inertial: v^2/2 - mu/r
    double perigeeAltitudeM = 0.0; // above the equatorial radius; lowest point of the conic
    double apogeeAltitudeM = 0.0;  // infinite for an unbound (escape) trajectory
    double inclinationDeg = 0.0;
    bool climbing = false;         // moving away from the Earth's centre

    static OsculatingOrbit of(const State &state, const EarthModel &earth = EarthModel::wgs84());

    bool bound() const { return specificEnergy < 0.0; }
    // No impact to predict: bound with its perigee above the floor, or escaping on its way out.
    bool orbital() const { return perigeeAltitudeM >= kPerigeeFloorM || (!bound() && climbing); }
};

} // namespace cop::dynamics
