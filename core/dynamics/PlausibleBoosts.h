#pragma once

#include <optional>
#include <vector>

namespace cop::dynamics {

// A moment of a powered flight, relative to its launch site and time.
struct BoostSample
{
    double timeS = 0.0;          // since lift-off
    double heightM = 0.0;
    double speedMps = 0.0;       // Earth-fixed
    double flightPathDeg = 0.0;  // above the local horizon
    double downrangeM = 0.0;     // along the ground, from the launch site
};

// One boost, sampled every few seconds from lift-off; the last sample is burnout.
using PlausibleBoost = std::vector<BoostSample>;

// The boosts a service must allow for when it does not know the missile: single burns of 20 to
// 300 s, cut off after burning 30 to 87 % of the lift-off mass (guidance ends a burn early for a
// shorter range), with rising thrust-to-mass ratios (1.5 g for a heavy liquid missile to 4 g for a solid one at lift-off, at most 15 g at
// burnout), a
// vertical rise and a linear pitch-over to elevations from 15 to 85 deg, which spans short-range
// to intercontinental missiles on flat to lofted trajectories. Flown once, over a spherical,
// non-rotating Earth without air: their differences from a real boost are the model's own error.
const std::vector<PlausibleBoost> &plausibleBoosts();

// The sample of a boost at a height on its way up, interpolated; nothing when it never gets there.
std::optional<BoostSample> sampleAt(const PlausibleBoost &boost, double heightM);

} // namespace cop::dynamics
