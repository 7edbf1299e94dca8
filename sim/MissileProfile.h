#pragma once

#include "cop/sim/v1/scenario.pb.h"

#include <limits>
#include <vector>

namespace cop::sim {

// One motor burn: thrust against a falling mass (acceleration rises as propellant burns), or a
// constant acceleration.
struct BurnStage
{
    double burnS = 0.0;
    double thrustN = 0.0;
    double massKg = 0.0; // at ignition, everything above included
    double propellantKg = 0.0;
    double constantAccelerationMps2 = 0.0;

    double accelerationAt(double sinceIgnitionS) const;
};

// What the boost of a flight needs: the stages, how long thrust actually lasts (guidance ends
// the burn early to hit a shorter range), a pitch programme in the vertical plane of the
// launch azimuth, and the drag of the booster and of the re-entry vehicle.
struct MissileProfile
{
    std::vector<BurnStage> stages;
    double cutoffS = 0.0;          // thrust ends here (<= burnS())
    double verticalRiseS = 6.0;    // straight up first, clear of the launcher
    double pitchOverS = 60.0;      // then pitches over linearly ...
    double burnoutElevationDeg = 45.0; // ... to this thrust elevation, and holds it
    // Space launches steer on after the pitch-over, linearly to this elevation at the end of
    // the last stage's burn, so the last stage can burn out level in its orbit. NaN: hold.
    double insertionElevationDeg = std::numeric_limits<double>::quiet_NaN();
    // And a dog-leg: the thrust's azimuth turns by doglegDeg (clockwise) from doglegStartS to
    // the end of the burn.
    double doglegDeg = 0.0;
    double doglegStartS = 0.0;
    double inverseBeta = 1.0 / 5000.0; // re-entry vehicle, m^2/kg

    // The booster is long and heavy: little drag for its mass.
    static constexpr double kBoosterInverseBeta = 1.0 / 20000.0;

    double burnS() const;
    // When stage `index` (from 0) ignites.
    double ignitionS(size_t index) const;
    // Thrust acceleration (m/s^2) at t after launch; 0 after cutoff.
    double thrustAccelerationAt(double t) const;
    // Elevation of the thrust above the launch site's horizon at t.
    double thrustElevationDegAt(double t) const;
    // How far the thrust's azimuth has turned from the launch azimuth at t.
    double thrustYawDegAt(double t) const;

    // The class's motor, with realistic masses and burn times (public estimates for North
    // Korean missiles, rounded), before any range solving. UNSPECIFIED picks by range, and a
    // lofted apogee of more than 1,200 km takes an ICBM whatever the range.
    static MissileProfile ofClass(cop::sim::v1::MissileClass missileClass, double rangeKm,
                                  double apogeeKm);
    // The launch's own: explicit stages, boost duration and ballistic coefficient over the
    // class's defaults. Cutoff and steering are still to be solved (ProfileSolver).
    static MissileProfile forLaunch(const cop::sim::v1::ScriptedLaunch &launch);
};

} // namespace cop::sim
