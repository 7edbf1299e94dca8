#pragma once

#include "geo/GeoPoint.h"
#include "geo/ImpactEllipse.h"

#include <vector>

namespace cop {

// The ellipse's boundary on the WGS-84 ellipsoid: each point lies on the geodesic from the
// centre at the ellipse's radius for that azimuth, so it is correct far from the equator too.
std::vector<GeoPoint> impactEllipseOutline(const GeoPoint &centre, const ImpactEllipse &ellipse,
                                           int points = 72);

} // namespace cop
