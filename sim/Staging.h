#pragma once

#include "MissileProfile.h"

#include "dynamics/BallisticDynamics.h"

#include "cop/sim/v1/scenario.pb.h"
#include "cop/v1/picture.pb.h"

#include <limits>
#include <vector>

namespace cop::sim {

// One object that comes off a space launch vehicle and flies on by itself.
struct Separation
{
    cop::v1::ObjectKind kind = cop::v1::OBJECT_KIND_STAGE; // a stage or a fairing half
    int stage = 0;             // stages: which, from 1
    double timeS = 0.0;        // after launch
    double inverseBeta = 0.0;  // m^2/kg, as it falls
    // Springs push the fairing halves apart sideways, this fast each (signed: left or right);
    // a spent stage drops back along the path, retro-rockets pulling the vehicle clear.
    double lateralMps = 0.0;
};

// What comes off a space launch's vehicle, in time order: each spent stage when its burn ends,
// if the vehicle still flies then and the next stage is to burn (the last stage stays with the
// payload), and the two fairing halves, if the fairing goes before the thrust ends. `flown` is
// the profile with its failure applied (cutoff), `breakupS` when the vehicle comes apart.
std::vector<Separation>
separationsOf(const cop::sim::v1::ScriptedLaunch &launch, const MissileProfile &flown,
              double breakupS = std::numeric_limits<double>::infinity());

// The state of a separated object, from the vehicle's at that moment.
cop::dynamics::State separatedState(const cop::dynamics::State &vehicle,
                                    const Separation &separation);

} // namespace cop::sim
