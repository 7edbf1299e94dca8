#include "Regions.h"

#include "RegionSet.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace cop::sim {

namespace {

// The outline the console checks predictions against (core/dynamics), so both agree.
const cop::dynamics::Region &japan()
{
    return *cop::dynamics::RegionSet::defaults().find(kRegionJapanTerritory);
}

constexpr double kEezM = 370000.0;
constexpr double kEarthRadiusM = 6371000.0;

// Distance to the outline in a local equirectangular projection: a few per cent off at these
// distances, which the outline itself is anyway.
double distanceToOutlineM(double lat, double lon)
{
    const double metresPerDeg = kEarthRadiusM * std::numbers::pi / 180.0;
    const double cosLat = std::cos(lat * std::numbers::pi / 180.0);
    const auto project = [&](const GeoPoint &p) {
        return std::array{(p.lonDeg - lon) * cosLat * metresPerDeg, (p.latDeg - lat) * metresPerDeg};
    };
    const std::vector<GeoPoint> &ring = japan().ring;
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto a = project(ring[j]);
        const auto b = project(ring[i]);
        const double dx = b[0] - a[0];
        const double dy = b[1] - a[1];
        const double along = std::clamp(-(a[0] * dx + a[1] * dy) / (dx * dx + dy * dy), 0.0, 1.0);
        best = std::min(best, std::hypot(a[0] + along * dx, a[1] + along * dy));
    }
    return best;
}

} // namespace

std::string regionAt(double latDeg, double lonDeg)
{
    if (japan().contains({latDeg, lonDeg, 0.0}))
        return kRegionJapanTerritory;
    if (distanceToOutlineM(latDeg, lonDeg) <= kEezM)
        return kRegionJapanEez;
    return kRegionSea;
}

} // namespace cop::sim
