#include "geo/ImpactEllipseOutline.h"

#include <GeographicLib/Geodesic.hpp>

#include <cmath>
#include <numbers>

namespace cop {

std::vector<GeoPoint> impactEllipseOutline(const GeoPoint &centre, const ImpactEllipse &ellipse,
                                           int points)
{
    const auto &geodesic = GeographicLib::Geodesic::WGS84();
    std::vector<GeoPoint> outline;
    outline.reserve(points + 1);
    const double a = ellipse.semiMajorM;
    const double b = ellipse.semiMinorM;
    for (int i = 0; i <= points; ++i) {
        // Parametric angle measured from the major axis.
        const double t = 2.0 * std::numbers::pi * i / points;
        const double along = a * std::cos(t);
        const double across = b * std::sin(t);
        const double distance = std::hypot(along, across);
        const double azimuth = ellipse.orientationDeg
                               + std::atan2(across, along) * 180.0 / std::numbers::pi;
        GeoPoint p;
        p.heightM = centre.heightM;
        geodesic.Direct(centre.latDeg, centre.lonDeg, azimuth, distance, p.latDeg, p.lonDeg);
        outline.push_back(p);
    }
    return outline;
}

} // namespace cop
