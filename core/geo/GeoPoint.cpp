#include "geo/GeoPoint.h"

#include <GeographicLib/Geocentric.hpp>

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

} // namespace cop
