#pragma once

#include "geo/GeoPoint.h"
#include "regions/Region.h"

#include <array>
#include <mutex>
#include <utility>
#include <vector>

namespace cop::regions {

// The one region model of the services, the console's alerts and the map: territory, the EEZs
// of Japan and the Republic of Korea by equidistance, and waters where the boundary is not
// agreed (docs/regions.md). It looks regions up in a grid baked at build time from Natural
// Earth by RegionGeometry, so nothing is computed at start-up; const and thread-safe.
class RegionMap
{
public:
    using Segment = std::pair<GeoPoint, GeoPoint>;

    static const RegionMap &builtIn();

    Region at(double latDeg, double lonDeg) const;
    Region at(const GeoPoint &point) const { return at(point.latDeg, point.lonDeg); }
    // The regions under any of these points.
    RegionMask under(const std::vector<GeoPoint> &points) const;
    // The regions any part of a closed outline (an impact ellipse) covers, cell by cell.
    RegionMask touchedBy(const std::vector<GeoPoint> &outline) const;
    // The edge of a region, along cell edges, to draw: an EEZ's includes its nation's land, so
    // only its seaward limit shows. Made on first use, then kept.
    const std::vector<Segment> &outline(Region region) const;

private:
    RegionMap() = default;
    RegionMask span(int row, int firstColumn, int endColumn) const;

    mutable std::array<std::once_flag, kRegionCodeCount> m_outlineOnce;
    mutable std::array<std::vector<Segment>, kRegionCodeCount> m_outlines;
};

} // namespace cop::regions
