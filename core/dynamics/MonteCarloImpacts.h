#pragma once

#include "dynamics/ImpactPredictor.h"

#include <cstdint>
#include <vector>

namespace cop::dynamics {

// The reference the unscented transform is checked against: `samples` draws of (position,
// velocity, 1/beta) from the estimate's Gaussian, each flown to impact. Deterministic for a
// seed. Draws that never come down are left out.
std::vector<TimedPoint> monteCarloImpacts(const ImpactPredictor &predictor,
                                          const TrackEstimate &estimate, int samples,
                                          std::uint64_t seed);

} // namespace cop::dynamics
