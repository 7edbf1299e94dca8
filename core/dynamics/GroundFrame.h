#pragma once

#include "geo/GeoPoint.h"

#include <Eigen/Core>

#include <cmath>
#include <numbers>

namespace cop::dynamics {

// East/north metres on the plane tangent to the ellipsoid at an impact point: the frame impact
// scatter and its covariance are expressed in. Impact points lie on the ellipsoid, so their up
// component (the plane's sag, a few metres over tens of km) is dropped.
class GroundFrame
{
public:
    explicit GroundFrame(const GeoPoint &origin)
    {
        const Vec3 o = ecefFromGeodetic({origin.latDeg, origin.lonDeg, 0.0});
        m_origin = {o[0], o[1], o[2]};
        const double lat = origin.latDeg * std::numbers::pi / 180.0;
        const double lon = origin.lonDeg * std::numbers::pi / 180.0;
        m_east = {-std::sin(lon), std::cos(lon), 0.0};
        m_north = {-std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon), std::cos(lat)};
    }

    Eigen::Vector2d eastNorth(const Eigen::Vector3d &ecef) const
    {
        const Eigen::Vector3d d = ecef - m_origin;
        return {m_east.dot(d), m_north.dot(d)};
    }

    Eigen::Vector2d eastNorth(const GeoPoint &point) const
    {
        const Vec3 p = ecefFromGeodetic(point);
        return eastNorth(Eigen::Vector3d(p[0], p[1], p[2]));
    }

private:
    Eigen::Vector3d m_origin;
    Eigen::Vector3d m_east;
    Eigen::Vector3d m_north;
};

} // namespace cop::dynamics
