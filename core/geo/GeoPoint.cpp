#include "geo/GeoPoint.h"

#include <GeographicLib/Geocentric.hpp>
#include <GeographicLib/Geodesic.hpp>

#include <cmath>

namespace cop {

GeoPoint geodeticFromEcef(const Vec3 &ecef)
{
    GeoPoint point;
    GeographicLib::Geocentric::WGS84().Reverse(ecef[0], ecef[1], ecef[2], point.latDeg,
                                               point.lonDeg, point.heightM);
    return point;
}

Vec3 ecefFromGeodetic(const GeoPoint &point)
{
    Vec3 ecef;
    GeographicLib::Geocentric::WGS84().Forward(point.latDeg, point.lonDeg, point.heightM, ecef[0],
                                               ecef[1], ecef[2]);
    return ecef;
}

GeodesicLeg geodesicLeg(const GeoPoint &from, const GeoPoint &to)
{
    GeodesicLeg leg;
    double azimuthAtEnd = 0.0;
    GeographicLib::Geodesic::WGS84().Inverse(from.latDeg, from.lonDeg, to.latDeg, to.lonDeg, leg.distanceM,
                                             leg.azimuthDeg, azimuthAtEnd);
    leg.azimuthDeg = std::fmod(leg.azimuthDeg + 360.0, 360.0);
    return leg;
}

} // namespace cop
