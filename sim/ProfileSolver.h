#pragma once

#include "MissileProfile.h"

#include "geo/GeoPoint.h"

#include <stdexcept>
#include <string>

namespace cop::sim {

// A launch whose range or apogee the missile cannot fly; the message says which and why.
class ProfileError : public std::runtime_error
{
public:
    ProfileError(std::string field, const std::string &reason)
        : std::runtime_error(reason), m_field(std::move(field))
    {}
    const std::string &field() const { return m_field; }

private:
    std::string m_field;
};

// Solves a launch's boost so that the flight reaches its range (and apogee, where given): the
// burnout elevation of the pitch programme sets the shape of the trajectory, the thrust cutoff
// sets the energy, the way guidance shortens a burn for a shorter range. Throws ProfileError
// naming "range_km", "apogee_km" or "stages" when the missile cannot do it.
MissileProfile solveProfile(const cop::sim::v1::ScriptedLaunch &launch, const GeoPoint &site);

} // namespace cop::sim
