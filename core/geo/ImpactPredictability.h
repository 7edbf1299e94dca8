#pragma once

#include "geo/ImpactEllipse.h"

#include <span>

namespace cop {

// When a predicted impact area is meaningful enough to name a region (territory, EEZ, open sea)
// and alert on it: the one rule for the services and the console, documented in docs/alerts.md.
// Before burnout a prediction is the vacuum instantaneous impact point (provisional), which
// sweeps across the map as the motor burns; just after burnout a track seen briefly can still
// carry an ellipse hundreds of kilometres long, across several regions at once.
inline constexpr double kMeaningfulSemiMajor95M = 100'000.0;

// The 95 % ellipse among a prediction's, or none.
const ImpactEllipse *ellipse95(std::span<const ImpactEllipse> ellipses);

// Not provisional, and with a 95 % ellipse whose semi-major axis is below the bound.
bool impactAreaMeaningful(bool provisional, std::span<const ImpactEllipse> ellipses);

} // namespace cop
