#include "ProfileSolver.h"

#include "TruthFlight.h"

#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <optional>
#include <vector>
#include <sstream>

namespace cop::sim {

namespace {

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kRangeToleranceKm = 0.5;
constexpr double kApogeeToleranceKm = 2.0;
constexpr double kSteepestDeg = 86.0;
constexpr double kDepressedSpanDeg = 30.0;
constexpr int kCutoffScanSteps = 16;
// Lift-off needs more thrust than weight, with margin.
constexpr double kMinLiftOffAcceleration = 1.1 * 9.80665;

std::string km(double value)
{
    std::ostringstream out;
    out.precision(0);
    out << std::fixed << value << " km";
    return out.str();
}

// The x in [a, b] where f crosses `target`, f increasing; Illinois false position.
double solveIncreasing(const std::function<double(double)> &f, double target, double a, double b,
                       double fa, double fb, double tolerance)
{
    int side = 0;
    double x = a;
    for (int i = 0; i < 40; ++i) {
        // An overshoot that never comes down has no finite value to interpolate on: bisect.
        x = std::isfinite(fa) && std::isfinite(fb) ? a + (target - fa) * (b - a) / (fb - fa)
                                                   : (a + b) / 2;
        const double fx = f(x);
        if (std::abs(fx - target) < tolerance)
            break;
        if (fx < target) {
            a = x;
            fa = fx;
            if (side == 1)
                fb = target + (fb - target) / 2;
            side = 1;
        } else {
            b = x;
            fb = fx;
            if (side == -1)
                fa = target + (fa - target) / 2;
            side = -1;
        }
    }
    return x;
}

class Solver
{
public:
    Solver(const cop::sim::v1::ScriptedLaunch &launch, const GeoPoint &site)
        : m_launch(launch), m_site(site), m_profile(MissileProfile::forLaunch(launch))
    {}

    MissileProfile solve()
    {
        if (m_profile.stages.empty() || m_profile.burnS() <= 0.0)
            throw ProfileError("stages", "no burn");
        for (const BurnStage &stage : m_profile.stages) {
            if (stage.accelerationAt(0.0) < (&stage == &m_profile.stages.front()
                                                 ? kMinLiftOffAcceleration
                                                 : 1.0))
                throw ProfileError("stages", "thrust too low for the mass");
        }
        const double rangeKm = m_launch.range_km();
        // Burnout flight-path angle of a minimum-energy trajectory, 45 deg - range angle / 4; the
        // thrust points a few degrees above it, since gravity bends the path below the thrust.
        const double minimumEnergyDeg = 45.0 - rangeKm / kEarthRadiusKm * 180.0 / std::numbers::pi / 4.0 - 3.0;
        double elevation = minimumEnergyDeg;
        switch (m_launch.trajectory()) {
        case cop::sim::v1::TRAJECTORY_TYPE_LOFTED:
            elevation = std::min(minimumEnergyDeg + 25.0, 85.0);
            break;
        case cop::sim::v1::TRAJECTORY_TYPE_DEPRESSED:
            elevation = minimumEnergyDeg - 20.0;
            break;
        default:
            break;
        }
        if (m_launch.apogee_km() <= 0.0) {
            fitRange(elevation);
            return m_profile;
        }
        const double minimumEnergyApogeeKm = fitRange(minimumEnergyDeg);
        if (m_launch.apogee_km() > minimumEnergyApogeeKm)
            fitLofted(m_launch.apogee_km(), minimumEnergyDeg);
        else
            fitDepressed(m_launch.apogee_km(), minimumEnergyDeg - kDepressedSpanDeg,
                         minimumEnergyDeg, minimumEnergyApogeeKm);
        return m_profile;
    }

private:
    // Range and apogee with this burnout elevation and cutoff; infinite when it does not come
    // down within the time limit (it overshoots everything).
    std::pair<double, double> fly(double elevationDeg, double cutoffS)
    {
        m_profile.burnoutElevationDeg = elevationDeg;
        m_profile.cutoffS = cutoffS;
        const auto outcome = TruthFlight::outcome(m_profile, m_site, m_launch.azimuth_deg());
        if (!outcome) {
            const double infinity = std::numeric_limits<double>::infinity();
            return {infinity, infinity};
        }
        double metres = 0.0;
        GeographicLib::Geodesic::WGS84().Inverse(m_site.latDeg, m_site.lonDeg,
                                                 outcome->impactPoint.latDeg,
                                                 outcome->impactPoint.lonDeg, metres);
        return {metres / 1000.0, outcome->apogeeHeightM / 1000.0};
    }

    // The cutoff that reaches the range at this elevation; the range flown at full burn when
    // the missile falls short.
    double fitRange(double elevationDeg)
    {
        const double rangeKm = m_launch.range_km();
        const double full = m_profile.burnS();
        const auto range = [&](double cutoff) { return fly(elevationDeg, cutoff).first; };
        const double maxRange = range(full);
        if (maxRange < rangeKm)
            throw ProfileError("range_km", km(rangeKm) + " is beyond this missile's reach ("
                                               + km(maxRange) + " on this trajectory)");
        const double earliest = 0.2 * full;
        const double minRange = range(earliest);
        if (minRange > rangeKm)
            throw ProfileError("range_km", km(rangeKm) + " is too short for this missile (at least "
                                               + km(minRange) + ")");
        const double cutoff =
            solveIncreasing(range, rangeKm, earliest, full, minRange, maxRange, kRangeToleranceKm);
        m_profile.cutoffS = cutoff;
        m_profile.burnoutElevationDeg = elevationDeg;
        return fly(elevationDeg, cutoff).second;
    }

    // The burnout elevation that reaches the range with this cutoff, on the steep branch
    // (range falls as the elevation rises); the apogee that gives. Infinite apogee: no such
    // elevation, the cutoff gives too little energy.
    double loftedApogee(double cutoffS, double lowestDeg)
    {
        const double rangeKm = m_launch.range_km();
        const auto shortfall = [&](double elevation) {
            return -fly(elevation, cutoffS).first;
        };
        const double fLow = shortfall(lowestDeg);
        const double fHigh = shortfall(kSteepestDeg);
        if (-fLow < rangeKm || -fHigh > rangeKm)
            return -std::numeric_limits<double>::infinity();
        const double elevation = solveIncreasing(shortfall, -rangeKm, lowestDeg, kSteepestDeg,
                                                 fLow, fHigh, kRangeToleranceKm);
        return fly(elevation, cutoffS).second;
    }

    // Below the minimum-energy apogee the elevation comes down and the cutoff follows the
    // range; there the apogee grows with the elevation.
    void fitDepressed(double apogeeKm, double lowDeg, double highDeg, double highApogeeKm)
    {
        const auto apogee = [&](double elevation) {
            try {
                return fitRange(elevation);
            } catch (const ProfileError &) {
                // Too flat to reach the range: as good as too low.
                return -std::numeric_limits<double>::infinity();
            }
        };
        const double lowest = apogee(lowDeg);
        if (apogeeKm < lowest)
            throw ProfileError("apogee_km", km(apogeeKm) + " is too low for a range of "
                                                + km(m_launch.range_km()) + " (at least "
                                                + km(lowest) + ")");
        apogee(solveIncreasing(apogee, apogeeKm, lowDeg, highDeg, lowest, highApogeeKm,
                               kApogeeToleranceKm));
    }

    // Two targets, two unknowns. At a fixed range the apogee grows with the energy, so the
    // cutoff is solved for the apogee, each trial finding its elevation for the range. (Solving
    // the other way round fails for long lofted flights: the Earth turns under an eastward
    // missile, so at a steep elevation more energy can mean less range.)
    void fitLofted(double apogeeKm, double lowestDeg)
    {
        // Too much energy does not come down on the range at any elevation, too little does
        // not reach it: scan for the cutoffs that work, then refine between two.
        const double full = m_profile.burnS();
        const auto apogee = [&](double cutoff) { return loftedApogee(cutoff, lowestDeg); };
        std::vector<std::pair<double, double>> feasible; // cutoff, apogee; rising
        for (int step = kCutoffScanSteps; step >= 0; --step) {
            const double cutoff = full * (1.0 - 0.8 * step / kCutoffScanSteps);
            const double value = apogee(cutoff);
            if (std::isfinite(value))
                feasible.emplace_back(cutoff, value);
        }
        if (feasible.empty())
            throw ProfileError("range_km", km(m_launch.range_km())
                                               + " cannot be flown lofted by this missile");
        const double lowest = feasible.front().second;
        const double highest = feasible.back().second;
        if (apogeeKm < lowest || apogeeKm > highest)
            throw ProfileError("apogee_km", km(apogeeKm) + " cannot go with a range of "
                                                + km(m_launch.range_km()) + " (possible: "
                                                + km(lowest) + " to " + km(highest) + ")");
        size_t i = 1;
        while (i + 1 < feasible.size() && feasible[i].second < apogeeKm)
            ++i;
        i = std::min(i, feasible.size() - 1);
        const double cutoff = i == 0 ? feasible[0].first
                                     : solveIncreasing(apogee, apogeeKm, feasible[i - 1].first,
                                                       feasible[i].first, feasible[i - 1].second,
                                                       feasible[i].second, kApogeeToleranceKm);
        apogee(cutoff); // leaves the profile at the solution
    }

    const cop::sim::v1::ScriptedLaunch &m_launch;
    GeoPoint m_site;
    MissileProfile m_profile;
};

} // namespace

MissileProfile solveProfile(const cop::sim::v1::ScriptedLaunch &launch, const GeoPoint &site)
{
    return Solver(launch, site).solve();
}

} // namespace cop::sim
