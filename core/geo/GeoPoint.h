#pragma once

#include <array>

namespace cop {

// WGS-84 geodetic position; height above the ellipsoid.
struct GeoPoint
{
    double latDeg = 0.0;
    double lonDeg = 0.0;
    double heightM = 0.0;

    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A WGS-84 ECEF vector: metres for positions, metres per second for velocities.
using Vec3 = std::array<double, 3>;

GeoPoint geodeticFromEcef(const Vec3 &ecef);
Vec3 ecefFromGeodetic(const GeoPoint &point);

// The geodesic from one point to another on the WGS-84 ellipsoid (heights ignored).
struct GeodesicLeg
{
    double distanceM = 0.0;
    double azimuthDeg = 0.0; // at the start, clockwise from north, [0, 360)
};
GeodesicLeg geodesicLeg(const GeoPoint &from, const GeoPoint &to);

} // namespace cop
