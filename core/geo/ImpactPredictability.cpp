#include "geo/ImpactPredictability.h"

#include <algorithm>
#include <cmath>

namespace cop {

const ImpactEllipse *ellipse95(std::span<const ImpactEllipse> ellipses)
{
    const auto it = std::find_if(ellipses.begin(), ellipses.end(), [](const ImpactEllipse &e) {
        return std::abs(e.confidence - 0.95) < 0.01;
    });
    return it == ellipses.end() ? nullptr : &*it;
}

bool impactAreaMeaningful(bool provisional, std::span<const ImpactEllipse> ellipses)
{
    if (provisional)
        return false;
    const ImpactEllipse *ellipse = ellipse95(ellipses);
    return ellipse && std::isfinite(ellipse->semiMajorM) && ellipse->semiMajorM < kMeaningfulSemiMajor95M;
}

} // namespace cop
