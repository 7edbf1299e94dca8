#include "OrbitSolver.h"

#include "ProfileSolver.h"
#include "TruthFlight.h"

#include "dynamics/EarthModel.h"

#include <Eigen/LU>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

namespace cop::sim {

namespace {

using cop::dynamics::EarthModel;

constexpr int kIterations = 12;
constexpr double kHeightToleranceM = 2'000.0;
constexpr double kLevelTolerance = 2e-4; // radial over total speed at burnout
constexpr double kDifferenceStepDeg = 0.25;
// Pitch-over end and insertion elevations above the launch site's horizon: the insertion
// point lies a quarter of the way round the Earth, so level there is well below level here.
constexpr double kLowestDeg = -60.0;
constexpr double kHighestDeg = 85.0;
// Straight up first, clear of the pad and of the densest air.
constexpr double kVerticalRiseS = 10.0;
// The vehicle that carries on after its last burn: full upper stages (after a failure) or
// a stage with its satellite; heavy for its size.
constexpr double kVehicleBeta = 5000.0;

// The launch as its stages alone fly it: a missile's boost_duration_s does not apply
// (scenario.proto, space_launch).
cop::sim::v1::ScriptedLaunch stagesOnly(cop::sim::v1::ScriptedLaunch launch)
{
    launch.clear_boost_duration_s();
    return launch;
}

// Where one trial burns out: its height error and how far from level, or nothing when the
// stages run out of energy first.
struct Miss
{
    Eigen::Vector2d residual;
    double cutoffS = 0.0;
};

class Solver
{
public:
    Solver(const cop::sim::v1::ScriptedLaunch &launch, const GeoPoint &site)
        : m_launch(launch), m_site(site), m_profile(MissileProfile::forLaunch(stagesOnly(launch)))
    {
        const EarthModel earth = EarthModel::wgs84();
        const auto &orbit = launch.space_launch();
        // OsculatingOrbit's heights are above the equatorial radius; so are these.
        m_perigeeRadiusM = earth.equatorialRadiusM + orbit.perigee_km() * 1000.0;
        const double apogeeRadiusM = earth.equatorialRadiusM + orbit.apogee_km() * 1000.0;
        m_energy = -earth.mu / (m_perigeeRadiusM + apogeeRadiusM);
        m_profile.inverseBeta = 1.0 / (launch.ballistic_coefficient_kg_m2() > 0.0
                                           ? launch.ballistic_coefficient_kg_m2()
                                           : kVehicleBeta);
        m_profile.verticalRiseS = kVerticalRiseS;
        // The pitch-over lasts the first stage's burn; the upper stages steer to insertion.
        m_profile.pitchOverS = std::max(m_profile.stages.front().burnS - kVerticalRiseS, 1.0);
        m_profile.cutoffS = m_profile.burnS();
        m_profile.doglegDeg = orbit.dogleg_deg();
        m_profile.doglegStartS = orbit.dogleg_start_s();
    }

    MissileProfile solve()
    {
        Eigen::Vector2d x = startingPoint();
        for (int i = 0; i < kIterations; ++i) {
            const auto miss = fly(x);
            if (!miss)
                break;
            if (std::abs(miss->residual(0)) < kHeightToleranceM
                && std::abs(miss->residual(1)) < kLevelTolerance) {
                m_profile.burnoutElevationDeg = x(0);
                m_profile.insertionElevationDeg = x(1);
                m_profile.cutoffS = miss->cutoffS;
                return m_profile;
            }
            Eigen::Matrix2d jacobian;
            bool ok = true;
            for (int k = 0; k < 2 && ok; ++k) {
                Eigen::Vector2d step = x;
                step(k) += kDifferenceStepDeg;
                const auto moved = fly(step);
                ok = moved.has_value();
                if (ok)
                    jacobian.col(k) = (moved->residual - miss->residual) / kDifferenceStepDeg;
            }
            if (!ok || std::abs(jacobian.determinant()) < 1e-12)
                break;
            Eigen::Vector2d delta = -jacobian.inverse() * miss->residual;
            // Far from the solution the linear model overshoots: a few degrees at a time.
            const double largest = delta.cwiseAbs().maxCoeff();
            if (largest > 10.0)
                delta *= 10.0 / largest;
            x = (x + delta).cwiseMax(kLowestDeg).cwiseMin(kHighestDeg);
        }
        std::ostringstream reason;
        reason.precision(0);
        reason << std::fixed << "the stages cannot put the vehicle into a "
               << m_launch.space_launch().perigee_km() << " x "
               << m_launch.space_launch().apogee_km() << " km orbit on azimuth "
               << m_launch.azimuth_deg() << " deg";
        throw ProfileError("space_launch.perigee_km", reason.str());
    }

private:
    std::optional<Miss> fly(const Eigen::Vector2d &elevationsDeg)
    {
        m_profile.burnoutElevationDeg = elevationsDeg(0);
        m_profile.insertionElevationDeg = elevationsDeg(1);
        m_profile.cutoffS = m_profile.burnS();
        const auto insertion = TruthFlight::toEnergy(m_profile, m_site, m_launch.azimuth_deg(),
                                                     m_energy);
        if (!insertion)
            return std::nullopt;
        const Eigen::Vector3d r = insertion->state.head<3>();
        const Eigen::Vector3d v = insertion->state.tail<3>();
        Miss miss;
        miss.residual << r.norm() - m_perigeeRadiusM, r.normalized().dot(v) / v.norm();
        miss.cutoffS = insertion->cutoffS;

        return miss;
    }

    // The best of a coarse grid that reaches the orbit's energy at all.
    Eigen::Vector2d startingPoint()
    {
        Eigen::Vector2d best(40.0, -15.0);
        double bestScore = std::numeric_limits<double>::infinity();
        for (double pitched = 20.0; pitched <= 70.0; pitched += 10.0) {
            for (double inserted = -45.0; inserted <= 15.0; inserted += 15.0) {
                const Eigen::Vector2d x(pitched, inserted);
                const auto miss = fly(x);
                if (!miss)
                    continue;
                // 100 km of height weighs like 1 deg of climb.
                const double score = std::abs(miss->residual(0)) / 100'000.0
                                     + std::abs(miss->residual(1)) * 57.3;
                if (score < bestScore) {
                    bestScore = score;
                    best = x;
                }
            }
        }
        if (!std::isfinite(bestScore))
            throw ProfileError("stages", "the stages cannot reach orbit speed");
        return best;
    }

    const cop::sim::v1::ScriptedLaunch &m_launch;
    GeoPoint m_site;
    MissileProfile m_profile;
    double m_perigeeRadiusM = 0.0;
    double m_energy = 0.0;
};

} // namespace

MissileProfile solveOrbit(const cop::sim::v1::ScriptedLaunch &launch, const GeoPoint &site)
{
    return Solver(launch, site).solve();
}

} // namespace cop::sim
