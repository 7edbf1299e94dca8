#include "dynamics/TrajectoryDecimation.h"

#include <cmath>
#include <numbers>

namespace cop::dynamics {

void decimateByCurvature(std::vector<PathSample> &path, double maxTurnDeg, double maxGapS)
{
    if (path.size() < 3)
        return;
    const double minCos = std::cos(maxTurnDeg * std::numbers::pi / 180.0);
    size_t kept = 0; // index of the last kept sample, which is also where it now lives
    for (size_t i = 1; i + 1 < path.size(); ++i) {
        const Eigen::Vector3d chord = path[i].positionEcef - path[kept].positionEcef;
        const Eigen::Vector3d next = path[i + 1].positionEcef - path[i].positionEcef;
        const double denominator = chord.norm() * next.norm();
        const bool turns = denominator > 0.0 && chord.dot(next) < minCos * denominator;
        if (turns || path[i].timeS - path[kept].timeS >= maxGapS)
            path[++kept] = path[i];
    }
    path[++kept] = path.back();
    path.resize(kept + 1);
}

} // namespace cop::dynamics
