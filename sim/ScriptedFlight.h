#pragma once

#include "cop/sim/v1/scenario.pb.h"
#include "cop/v1/picture.pb.h"

#include <array>

namespace cop::sim {

using EcefVector = std::array<double, 3>;

struct FlightState
{
    double latDeg = 0.0;
    double lonDeg = 0.0;
    double heightM = 0.0;
    EcefVector positionEcef{};
    EcefVector velocityEcef{}; // m/s, Earth-fixed
    cop::v1::TrackPhase phase = cop::v1::TRACK_PHASE_UNSPECIFIED;
};

// The truth of one scripted launch: plausible, not physics. The ground track follows the WGS-84
// geodesic from the site along the azimuth; the height rises on a smooth boost ramp and then
// follows a parabola-like arc that peaks at the apogee halfway through the flight and meets the
// ground at the range. The flight-dynamics model replaces this.
class ScriptedFlight
{
public:
    // `launch` must have passed scenarioProblem().
    explicit ScriptedFlight(const cop::sim::v1::ScriptedLaunch &launch);

    // The flight and boost durations of a launch, derived where the scenario leaves them 0.
    static double flightTimeOf(const cop::sim::v1::ScriptedLaunch &launch);
    static double boostDurationOf(const cop::sim::v1::ScriptedLaunch &launch);

    double flightTimeS() const { return m_flightTimeS; }
    double boostDurationS() const { return m_boostS; }
    const cop::sim::v1::SitePosition &site() const { return m_site; }

    // State at t seconds after launch, clamped to [0, flightTimeS()].
    FlightState at(double t) const;

    // Along-track azimuth at impact: where the ground track points as it lands.
    double impactAzimuthDeg() const;

private:
    struct Point
    {
        double latDeg;
        double lonDeg;
        double heightM;
    };
    Point pointAt(double t) const;
    double downrangeM(double t) const;
    double heightM(double t) const;

    cop::sim::v1::SitePosition m_site;
    double m_azimuthDeg;
    double m_rangeM;
    double m_apogeeM;
    double m_flightTimeS;
    double m_boostS;
};

} // namespace cop::sim
