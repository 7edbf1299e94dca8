#include "TruthFlight.h"

#include "dynamics/OsculatingOrbit.h"

#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cop::sim {

namespace {

using cop::dynamics::BallisticDynamics;
using cop::dynamics::BallisticPropagator;
using cop::dynamics::EarthModel;
using cop::dynamics::OsculatingOrbit;
using cop::dynamics::State;

constexpr double kBoostStepS = 0.05;
constexpr double kSampleS = 0.5;
constexpr double kMaxFlightS = 7200.0;
constexpr double kDeg = std::numbers::pi / 180.0;

// Integrates the powered flight; the thrust points along the pitch programme in the vertical
// plane of the azimuth at the launch site (guidance holds an inertial attitude programme; over
// a few hundred km of boost the local vertical turns by a few degrees only).
class Boost
{
public:
    Boost(const MissileProfile &profile, const GeoPoint &site, double azimuthDeg)
        : m_profile(profile)
        , m_dynamics(EarthModel::wgs84(), MissileProfile::kBoosterInverseBeta)
    {
        const Vec3 p = ecefFromGeodetic({site.latDeg, site.lonDeg, 0.0});
        const double lat = site.latDeg * kDeg;
        const double lon = site.lonDeg * kDeg;
        const Eigen::Vector3d east(-std::sin(lon), std::cos(lon), 0.0);
        const Eigen::Vector3d north(-std::sin(lat) * std::cos(lon),
                                    -std::sin(lat) * std::sin(lon), std::cos(lat));
        m_up = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
        m_downrange = std::sin(azimuthDeg * kDeg) * east + std::cos(azimuthDeg * kDeg) * north;
        m_rightward = std::cos(azimuthDeg * kDeg) * east - std::sin(azimuthDeg * kDeg) * north;
        m_state << p[0], p[1], p[2], 0.0, 0.0, 0.0;
    }

    double time() const { return m_t; }
    const State &state() const { return m_state; }
    // Back to an earlier point of the same flight.
    void rewind(double t, const State &state)
    {
        m_t = t;
        m_state = state;
    }

    // Advances to `until` (not beyond the cutoff).
    void advanceTo(double until)
    {
        while (m_t < until - 1e-9) {
            const double h = std::min(kBoostStepS, until - m_t);
            const State k1 = derivative(m_state, m_t);
            const State k2 = derivative(m_state + h / 2 * k1, m_t + h / 2);
            const State k3 = derivative(m_state + h / 2 * k2, m_t + h / 2);
            const State k4 = derivative(m_state + h * k3, m_t + h);
            m_state += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            m_t += h;
        }
    }

private:
    State derivative(const State &s, double t) const
    {
        State d = m_dynamics.derivative(s);
        const double elevation = m_profile.thrustElevationDegAt(t) * kDeg;
        const double yaw = m_profile.thrustYawDegAt(t) * kDeg;
        const Eigen::Vector3d heading = std::cos(yaw) * m_downrange + std::sin(yaw) * m_rightward;
        d.tail<3>() += m_profile.thrustAccelerationAt(t)
                       * (std::cos(elevation) * heading + std::sin(elevation) * m_up);
        return d;
    }

    const MissileProfile &m_profile;
    BallisticDynamics m_dynamics;
    Eigen::Vector3d m_up;
    Eigen::Vector3d m_downrange;
    Eigen::Vector3d m_rightward; // horizontal, 90 deg clockwise from downrange
    State m_state;
    double m_t = 0.0;
};

GeoPoint groundBelow(const Eigen::Vector3d &ecef)
{
    GeoPoint point = geodeticFromEcef({ecef.x(), ecef.y(), ecef.z()});
    point.heightM = 0.0;
    return point;
}

} // namespace

double revolutionS(const State &state)
{
    const EarthModel earth = EarthModel::wgs84();
    const OsculatingOrbit orbit = OsculatingOrbit::of(state, earth);
    if (!orbit.bound())
        return kMaxFlightS;
    const double semiMajorAxis = -earth.mu / (2.0 * orbit.specificEnergy);
    return std::min(kMaxFlightS,
                    2.0 * std::numbers::pi * std::sqrt(std::pow(semiMajorAxis, 3) / earth.mu));
}

std::optional<FlightOutcome> TruthFlight::outcome(const MissileProfile &profile,
                                                  const GeoPoint &site, double azimuthDeg)
{
    Boost boost(profile, site, azimuthDeg);
    boost.advanceTo(profile.cutoffS);
    const BallisticPropagator propagator(EarthModel::wgs84());
    const auto impact = propagator.toImpact(boost.state(), profile.inverseBeta, kMaxFlightS);
    if (!impact)
        return std::nullopt;
    return FlightOutcome{boost.state(), groundBelow(impact->state.head<3>()),
                         profile.cutoffS + impact->timeS, impact->apogeeHeightM};
}

std::optional<Insertion> TruthFlight::toEnergy(const MissileProfile &profile,
                                               const GeoPoint &site, double azimuthDeg,
                                               double energy)
{
    Boost boost(profile, site, azimuthDeg);
    double before = OsculatingOrbit::of(boost.state()).specificEnergy;
    const double endS = std::min(profile.cutoffS, profile.burnS());
    while (boost.time() < endS - 1e-9) {
        const double previousS = boost.time();
        const State previous = boost.state();
        boost.advanceTo(std::min(previousS + kBoostStepS, endS));
        const double after = OsculatingOrbit::of(boost.state()).specificEnergy;
        if (after >= energy) {
            // Energy grows smoothly within a step: interpolate the crossing, fly to it.
            const double cutoffS =
                previousS + (boost.time() - previousS) * (energy - before) / (after - before);
            boost.rewind(previousS, previous);
            boost.advanceTo(cutoffS);
            return Insertion{cutoffS, boost.state()};
        }
        before = after;
    }
    return std::nullopt;
}

TruthFlight::TruthFlight(const MissileProfile &profile, const GeoPoint &site, double azimuthDeg,
                         double breakupS)
    : m_site(site)
    , m_burnoutS(std::min(profile.cutoffS, breakupS))
    , m_inverseBeta(profile.inverseBeta)
{
    Boost boost(profile, site, azimuthDeg);
    for (double t = 0.0; t < m_burnoutS; t = std::min(t + kSampleS, m_burnoutS)) {
        boost.advanceTo(t);
        m_times.push_back(t);
        m_states.push_back(boost.state());
    }
    boost.advanceTo(m_burnoutS);
    m_times.push_back(m_burnoutS);
    m_states.push_back(boost.state());
    coast(breakupS);
}

TruthFlight::TruthFlight(const State &start, double inverseBeta)
    : m_site(groundBelow(start.head<3>())), m_inverseBeta(inverseBeta)
{
    m_times.push_back(0.0);
    m_states.push_back(start);
    coast(std::numeric_limits<double>::infinity());
}

void TruthFlight::coast(double breakupS)
{
    const BallisticPropagator propagator(EarthModel::wgs84());
    const double fromS = m_times.back();
    State state = m_states.back();
    const auto impact = propagator.toImpact(state, m_inverseBeta, kMaxFlightS);
    // What never comes down (an orbit) is flown for one revolution, within the time limit.
    const double groundS = fromS + (impact ? impact->timeS : revolutionS(state));
    const double endS = std::min(breakupS, groundS);
    for (double t = fromS + kSampleS; t < endS; t += kSampleS) {
        state = propagator.propagate(state, m_inverseBeta, t - m_times.back());
        m_times.push_back(t);
        m_states.push_back(state);
    }
    if (impact && endS == groundS) {
        m_times.push_back(endS);
        m_states.push_back(impact->state);
    } else if (endS > m_times.back()) {
        m_states.push_back(propagator.propagate(state, m_inverseBeta, endS - m_times.back()));
        m_times.push_back(endS);
    }
    m_endsInAir = breakupS < groundS;
    m_orbits = !impact && !m_endsInAir;
    m_endPoint = groundBelow(m_states.back().head<3>());
    const BallisticDynamics dynamics(EarthModel::wgs84(), m_inverseBeta);
    for (const State &s : m_states)
        m_apogeeHeightM = std::max(m_apogeeHeightM, dynamics.height(s.head<3>()));
}

State TruthFlight::at(double t) const
{
    t = std::clamp(t, 0.0, endS());
    const auto upper = std::upper_bound(m_times.begin(), m_times.end(), t);
    if (upper == m_times.end())
        return m_states.back();
    const size_t i = static_cast<size_t>(upper - m_times.begin()) - 1;
    // Cubic Hermite on position and velocity: third order, centimetres at these steps.
    const double h = m_times[i + 1] - m_times[i];
    const double s = (t - m_times[i]) / h;
    const State &a = m_states[i];
    const State &b = m_states[i + 1];
    const double h00 = (1 + 2 * s) * (1 - s) * (1 - s), h10 = s * (1 - s) * (1 - s);
    const double h01 = s * s * (3 - 2 * s), h11 = s * s * (s - 1);
    const double d00 = 6 * s * s - 6 * s, d10 = 3 * s * s - 4 * s + 1;
    const double d01 = -d00, d11 = 3 * s * s - 2 * s;
    State out;
    out.head<3>() = h00 * a.head<3>() + h10 * h * a.tail<3>() + h01 * b.head<3>()
                    + h11 * h * b.tail<3>();
    out.tail<3>() = (d00 * a.head<3>() + d01 * b.head<3>()) / h + d10 * a.tail<3>()
                    + d11 * b.tail<3>();
    return out;
}

} // namespace cop::sim
