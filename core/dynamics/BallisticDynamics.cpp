#include "dynamics/BallisticDynamics.h"

#include "dynamics/Atmosphere.h"

#include <cmath>

namespace cop::dynamics {

Eigen::Vector3d BallisticDynamics::gravity(const Eigen::Vector3d &r) const
{
    const double r2 = r.squaredNorm();
    const double rn = std::sqrt(r2);
    const double muOverR3 = m_earth.mu / (r2 * rn);
    const double zz = r.z() * r.z() / r2;
    const double j2Term = 1.5 * m_earth.j2 * m_earth.equatorialRadiusM * m_earth.equatorialRadiusM
                          / r2;
    const double w = m_earth.rotationRadPerS;
    Eigen::Vector3d g;
    g.x() = -muOverR3 * r.x() * (1.0 + j2Term * (1.0 - 5.0 * zz)) + w * w * r.x();
    g.y() = -muOverR3 * r.y() * (1.0 + j2Term * (1.0 - 5.0 * zz)) + w * w * r.y();
    g.z() = -muOverR3 * r.z() * (1.0 + j2Term * (3.0 - 5.0 * zz));
    return g;
}

double BallisticDynamics::height(const Eigen::Vector3d &r) const
{
    const double a = m_earth.equatorialRadiusM;
    const double b = m_earth.polarRadiusM;
    const double rn = r.norm();
    const double sinLat = r.z() / rn;
    const double cos2Lat = 1.0 - sinLat * sinLat;
    const double surface = a * b / std::sqrt(b * b * cos2Lat + a * a * sinLat * sinLat);
    return rn - surface;
}

State BallisticDynamics::derivative(const State &state) const
{
    const Eigen::Vector3d r = state.head<3>();
    const Eigen::Vector3d v = state.tail<3>();
    const double w = m_earth.rotationRadPerS;
    // -2 w x v with w along +z.
    Eigen::Vector3d a = gravity(r) + Eigen::Vector3d(2.0 * w * v.y(), -2.0 * w * v.x(), 0.0);
    if (m_earth.atmosphere && m_inverseBeta > 0.0) {
        const double rho = airDensity(height(r));
        if (rho > 0.0)
            a -= 0.5 * rho * m_inverseBeta * v.norm() * v;
    }
    State d;
    d << v, a;
    return d;
}

} // namespace cop::dynamics
