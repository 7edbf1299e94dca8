#include "ImpactPredictability.h"

#include <algorithm>
#include <cmath>

namespace cop {

bool impactAreaMeaningful(bool provisional, std::span<const ImpactEllipse> ellipses)
{
    if (provisional)
        return false;
    const auto ellipse95 = std::find_if(ellipses.begin(), ellipses.end(), [](const ImpactEllipse &e) {
        return std::abs(e.confidence - 0.95) < 0.01;
    });
    return ellipse95 != ellipses.end() && std::isfinite(ellipse95->semiMajorM)
           && ellipse95->semiMajorM < kMeaningfulSemiMajor95M;
}

} // namespace cop
