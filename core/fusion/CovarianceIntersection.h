#pragma once

#include "fusion/StateEstimate.h"

#include <span>

namespace cop {

// Fuses estimates of one object whose errors may be correlated by an unknown amount (the
// nations' trackers share sensors, models and the object's own manoeuvres), by covariance
// intersection: P^-1 = sum w_i P_i^-1 with weights summing to one, which stays consistent
// whatever the cross-correlations are. The weights follow each input's accuracy (1 / trace,
// the closed-form "fast CI"), which costs no optimisation per batch. Fast CI averages
// information, so with inputs of similar shape it can come out looser than the best input
// alone (which is the CI optimum with all weight on one input); then that input is the result.
// All inputs are first flown to the newest input's time.
StateEstimate covarianceIntersection(std::span<const StateEstimate> inputs);

} // namespace cop
