#pragma once

#include "dynamics/BallisticPropagator.h"

#include <vector>

namespace cop::dynamics {

// Thins a densely sampled path for drawing: a sample stays when the path turns by more than
// maxTurnDeg between the last kept sample and the next one, or when maxGapS has passed since
// the last kept one. Straight stretches shrink to their ends; the arc near apogee and re-entry
// keeps its shape. First and last samples always stay. In place, no allocation.
void decimateByCurvature(std::vector<PathSample> &path, double maxTurnDeg = 1.0,
                         double maxGapS = 60.0);

} // namespace cop::dynamics
