#include "ScriptedFlight.h"

#include "Scenario.h"

#include <GeographicLib/Geocentric.hpp>
#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>

namespace cop::sim {

namespace {

constexpr double kEarthRadiusM = 6371000.0;
constexpr double kStandardGravity = 9.80665;
// Re-entry: below this height on the way down the track is terminal.
constexpr double kTerminalHeightM = 100000.0;
// Step of the central difference that gives the velocity.
constexpr double kVelocityStepS = 0.25;

} // namespace

double ScriptedFlight::boostDurationOf(const cop::sim::v1::ScriptedLaunch &launch)
{
    if (launch.boost_duration_s() > 0.0)
        return launch.boost_duration_s();
    // Longer range, bigger motor, longer burn: about 45 s for an SRBM, 150 s for an IRBM.
    return std::clamp(30.0 + 0.03 * launch.range_km(), 30.0, 200.0);
}

double ScriptedFlight::flightTimeOf(const cop::sim::v1::ScriptedLaunch &launch)
{
    if (launch.flight_time_s() > 0.0)
        return launch.flight_time_s();
    // Up and down a parabola of the apogee's height under the gravity halfway up, plus half the
    // burn, which climbs slower than the arc: 4-8 min for an SRBM, 15-20 for an IRBM.
    const double apogeeM = launch.apogee_km() * 1000.0;
    const double ratio = kEarthRadiusM / (kEarthRadiusM + apogeeM / 2.0);
    const double gravity = kStandardGravity * ratio * ratio;
    return 0.5 * boostDurationOf(launch) + 2.0 * std::sqrt(2.0 * apogeeM / gravity);
}

ScriptedFlight::ScriptedFlight(const cop::sim::v1::ScriptedLaunch &launch)
    : m_site(launch.has_site_position() ? launch.site_position()
                                        : namedSite(launch.site_name()).value_or(
                                              cop::sim::v1::SitePosition()))
    , m_azimuthDeg(launch.azimuth_deg())
    , m_rangeM(launch.range_km() * 1000.0)
    , m_apogeeM(launch.apogee_km() * 1000.0)
    , m_flightTimeS(flightTimeOf(launch))
    , m_boostS(boostDurationOf(launch))
{
}

double ScriptedFlight::downrangeM(double t) const
{
    // Accelerate along the ground during boost, then coast at the speed that reaches the range
    // at impact; the distance at burnout makes the two meet without a kink.
    const double burnoutM = m_rangeM * m_boostS / (2.0 * m_flightTimeS - m_boostS);
    if (t < m_boostS)
        return burnoutM * (t / m_boostS) * (t / m_boostS);
    return burnoutM + (m_rangeM - burnoutM) * (t - m_boostS) / (m_flightTimeS - m_boostS);
}

double ScriptedFlight::heightM(double t) const
{
    const auto arc = [this](double time) {
        const double s = time / m_flightTimeS;
        return 4.0 * m_apogeeM * s * (1.0 - s);
    };
    if (t >= m_boostS)
        return arc(t);
    // A cubic from rest that meets the arc at burnout with the arc's height and climb rate.
    const double tb = m_boostS;
    const double hb = arc(tb);
    const double vb = 4.0 * m_apogeeM * (1.0 - 2.0 * tb / m_flightTimeS) / m_flightTimeS;
    const double a = (3.0 * hb - vb * tb) / (tb * tb);
    const double b = (vb * tb - 2.0 * hb) / (tb * tb * tb);
    return t * t * (a + b * t);
}

ScriptedFlight::Point ScriptedFlight::pointAt(double t) const
{
    Point point{};
    GeographicLib::Geodesic::WGS84().Direct(m_site.lat_deg(), m_site.lon_deg(), m_azimuthDeg,
                                            downrangeM(t), point.latDeg, point.lonDeg);
    point.heightM = std::max(0.0, heightM(t));
    return point;
}

FlightState ScriptedFlight::at(double t) const
{
    t = std::clamp(t, 0.0, m_flightTimeS);
    const auto &earth = GeographicLib::Geocentric::WGS84();
    const auto ecefAt = [&](double time) {
        const Point p = pointAt(time);
        EcefVector ecef{};
        earth.Forward(p.latDeg, p.lonDeg, p.heightM, ecef[0], ecef[1], ecef[2]);
        return ecef;
    };

    FlightState state;
    const Point p = pointAt(t);
    state.latDeg = p.latDeg;
    state.lonDeg = p.lonDeg;
    state.heightM = p.heightM;
    state.positionEcef = ecefAt(t);

    const double before = std::max(0.0, t - kVelocityStepS);
    const double after = std::min(m_flightTimeS, t + kVelocityStepS);
    const EcefVector a = ecefAt(before);
    const EcefVector b = ecefAt(after);
    for (size_t i = 0; i < 3; ++i)
        state.velocityEcef[i] = (b[i] - a[i]) / (after - before);

    if (t < m_boostS)
        state.phase = cop::v1::TRACK_PHASE_BOOST;
    else if (t > m_flightTimeS / 2.0 && p.heightM < std::min(kTerminalHeightM, m_apogeeM / 2.0))
        state.phase = cop::v1::TRACK_PHASE_TERMINAL;
    else
        state.phase = cop::v1::TRACK_PHASE_MIDCOURSE;
    return state;
}

double ScriptedFlight::impactAzimuthDeg() const
{
    double lat = 0.0;
    double lon = 0.0;
    double azimuth = 0.0;
    GeographicLib::Geodesic::WGS84().Direct(m_site.lat_deg(), m_site.lon_deg(), m_azimuthDeg,
                                            m_rangeM, lat, lon, azimuth);
    return azimuth;
}

} // namespace cop::sim
