#pragma once

#include "dynamics/BallisticDynamics.h"
#include "dynamics/Dopri5.h"

#include <optional>
#include <vector>

namespace cop::dynamics {

struct PathSample
{
    double timeS; // after the initial state
    Eigen::Vector3d positionEcef;
};

struct ImpactSolution
{
    double timeS = 0.0;      // after the initial state
    State state;             // at the surface (height 0 within a millimetre)
    double apogeeTimeS = 0.0;
    Eigen::Vector3d apogeeEcef;
    double apogeeHeightM = 0.0;
};

// Flies a state ballistically with DOPRI5. Const and stateless between calls: one instance may
// serve any number of threads at once.
class BallisticPropagator
{
public:
    explicit BallisticPropagator(const EarthModel &earth, Tolerances tolerances = {})
        : m_earth(earth), m_tolerances(tolerances)
    {}

    // Flies until the height crosses zero going down, located on the dense output. Nothing when
    // that does not happen within maxTimeS (an orbit, a state already underground). With a path,
    // it gets positions no further apart than sampleSpacingS, first and last included.
    std::optional<ImpactSolution> toImpact(const State &initial, double inverseBeta,
                                           double maxTimeS = 7200.0,
                                           std::vector<PathSample> *path = nullptr,
                                           double sampleSpacingS = 5.0) const;

    // The state after durationS, which may be negative (backwards in time).
    State propagate(const State &initial, double inverseBeta, double durationS) const;

    const EarthModel &earth() const { return m_earth; }

private:
    EarthModel m_earth;
    Tolerances m_tolerances;
};

} // namespace cop::dynamics
