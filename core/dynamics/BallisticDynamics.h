#pragma once

#include "dynamics/EarthModel.h"

#include <Eigen/Core>

namespace cop::dynamics {

// [x y z vx vy vz] in ECEF: metres and metres per second relative to the rotating Earth.
using State = Eigen::Matrix<double, 6, 1>;

// Equations of motion of an unpowered point mass in the Earth-fixed frame: gravity (with J2),
// Coriolis and centrifugal terms, and drag against the air, which turns with the Earth, so the
// ECEF velocity is the airspeed. Drag enters through 1/beta = Cd A / m (m^2/kg), the variable
// the uncertainty is carried in (docs/flight-dynamics.md).
class BallisticDynamics
{
public:
    BallisticDynamics(const EarthModel &earth, double inverseBeta)
        : m_earth(earth), m_inverseBeta(inverseBeta)
    {}

    State derivative(const State &state) const;
    // Gravitational plus centrifugal acceleration at a point: what the powered-flight model of
    // a test adds thrust to.
    Eigen::Vector3d gravity(const Eigen::Vector3d &position) const;

    // Height above the model's surface. Measured along the radius rather than the normal: within
    // a metre of the geodetic height up to a few hundred kilometres, and exact at the surface,
    // which is where it matters (impact).
    double height(const Eigen::Vector3d &position) const;

    const EarthModel &earth() const { return m_earth; }
    double inverseBeta() const { return m_inverseBeta; }

private:
    EarthModel m_earth;
    double m_inverseBeta;
};

} // namespace cop::dynamics
