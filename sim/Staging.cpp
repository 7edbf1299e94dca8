#include "Staging.h"

#include <Eigen/Geometry>

#include <algorithm>

namespace cop::sim {

namespace {

// A tumbling empty stage: light for its size.
constexpr double kSpentStageBeta = 1500.0;
constexpr double kFairingBeta = 300.0;
constexpr double kStageRetroMps = 2.0;
constexpr double kFairingPushMps = 2.0;
constexpr double kSameTimeS = 1e-6;

} // namespace

std::vector<Separation> separationsOf(const cop::sim::v1::ScriptedLaunch &launch,
                                      const MissileProfile &flown, double breakupS)
{
    std::vector<Separation> out;
    const auto flying = [&](double t) { return t <= flown.cutoffS + kSameTimeS && t < breakupS; };
    for (size_t i = 0; i + 1 < flown.stages.size(); ++i) {
        const double endS = flown.ignitionS(i + 1);
        if (!flying(endS))
            break;
        const double beta = launch.stages(int(i)).spent_ballistic_coefficient_kg_m2();
        out.push_back({cop::v1::OBJECT_KIND_STAGE, int(i) + 1, endS,
                       1.0 / (beta > 0.0 ? beta : kSpentStageBeta), 0.0});
    }
    const auto &space = launch.space_launch();
    if (space.has_fairing() && flying(space.fairing().separation_s())) {
        const double beta = space.fairing().ballistic_coefficient_kg_m2();
        for (const double push : {kFairingPushMps, -kFairingPushMps})
            out.push_back({cop::v1::OBJECT_KIND_FAIRING, 0, space.fairing().separation_s(),
                           1.0 / (beta > 0.0 ? beta : kFairingBeta), push});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Separation &a, const Separation &b) { return a.timeS < b.timeS; });
    return out;
}

cop::dynamics::State separatedState(const cop::dynamics::State &vehicle,
                                    const Separation &separation)
{
    cop::dynamics::State state = vehicle;
    const Eigen::Vector3d along = vehicle.tail<3>().normalized();
    if (separation.kind == cop::v1::OBJECT_KIND_STAGE) {
        state.tail<3>() -= kStageRetroMps * along;
    } else {
        const Eigen::Vector3d side = along.cross(vehicle.head<3>().normalized()).normalized();
        state.tail<3>() += separation.lateralMps * side;
    }
    return state;
}

} // namespace cop::sim
