#pragma once

#include "MissileProfile.h"

#include "dynamics/BallisticPropagator.h"
#include "geo/GeoPoint.h"

#include <limits>
#include <optional>
#include <vector>

namespace cop::sim {

// Where a boost ends and the flight after it, without the samples: what the profile solver
// needs for each trial.
struct FlightOutcome
{
    cop::dynamics::State burnout;
    GeoPoint impactPoint;
    double impactS = 0.0; // after launch
    double apogeeHeightM = 0.0;
};

// One revolution of the orbit through a state, within the longest flight (2 h); the longest
// flight for a state that escapes.
double revolutionS(const cop::dynamics::State &state);

// Where guidance ends a space launch's last burn: at orbit energy.
struct Insertion
{
    double cutoffS = 0.0;
    cop::dynamics::State state;
};

// The true flight of one missile, from physics: a powered boost (thrust along the profile's
// pitch programme plus gravity with J2, Earth rotation and drag, RK4 at a small fixed step) and
// then ballistic flight with the flight-dynamics core's DOPRI5 propagator down to the ellipsoid,
// or to a break-up in the air. States are kept every half second and interpolated.
class TruthFlight
{
public:
    TruthFlight(const MissileProfile &profile, const GeoPoint &site, double azimuthDeg,
                double breakupS = std::numeric_limits<double>::infinity());

    // A separated object (spent stage, fairing half): ballistic from `start`, its time 0.
    TruthFlight(const cop::dynamics::State &start, double inverseBeta);

    // The flight without samples; nothing when it never comes down.
    static std::optional<FlightOutcome> outcome(const MissileProfile &profile,
                                                const GeoPoint &site, double azimuthDeg);
    // The boost, thrust cut when the inertial specific energy (J/kg) reaches `energy`; nothing
    // when the stages burn out first.
    static std::optional<Insertion> toEnergy(const MissileProfile &profile, const GeoPoint &site,
                                             double azimuthDeg, double energy);

    const GeoPoint &site() const { return m_site; }
    double burnoutS() const { return m_burnoutS; }
    // Impact, or the break-up.
    double endS() const { return m_times.back(); }
    bool endsInAir() const { return m_endsInAir; }
    // Never comes down: the flight ends one revolution after burnout (at most 2 h).
    bool orbits() const { return m_orbits; }
    bool thrusting(double t) const { return t >= 0.0 && t < m_burnoutS && t <= endS(); }
    double inverseBeta() const { return m_inverseBeta; }
    double apogeeHeightM() const { return m_apogeeHeightM; }
    // Below the end of the flight.
    const GeoPoint &endPoint() const { return m_endPoint; }

    // ECEF position and Earth-fixed velocity t seconds after launch, clamped to the flight.
    cop::dynamics::State at(double t) const;

private:
    // From the last sample on, ballistic to the impact, the break-up or the time limit.
    void coast(double breakupS);

    std::vector<double> m_times;
    std::vector<cop::dynamics::State> m_states;
    GeoPoint m_site;
    GeoPoint m_endPoint;
    double m_burnoutS = 0.0;
    double m_inverseBeta = 0.0;
    double m_apogeeHeightM = 0.0;
    bool m_endsInAir = false;
    bool m_orbits = false;
};

} // namespace cop::sim
