#include "NationCoverage.h"

#include <cmath>
#include <numbers>

namespace cop {

NationCoverage NationCoverage::regional()
{
    NationCoverage coverage;
    coverage.setArea(QStringLiteral("US"), {{37.0, 132.0, 0.0}, 3000.0});
    coverage.setArea(QStringLiteral("JP"), {{37.5, 137.0, 0.0}, 1600.0});
    coverage.setArea(QStringLiteral("KR"), {{36.5, 127.8, 0.0}, 1000.0});
    return coverage;
}

bool NationCoverage::covers(const QString &nation, const GeoPoint &point) const
{
    const auto it = m_areas.constFind(nation);
    if (it == m_areas.cend())
        return false;
    // Great-circle distance on a sphere: kilometres of error do not matter at this scale.
    constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
    constexpr double kEarthRadiusKm = 6371.0;
    const double lat1 = it->centre.latDeg * kRadiansPerDegree;
    const double lat2 = point.latDeg * kRadiansPerDegree;
    const double dLon = (point.lonDeg - it->centre.lonDeg) * kRadiansPerDegree;
    const double cosine = std::sin(lat1) * std::sin(lat2) + std::cos(lat1) * std::cos(lat2) * std::cos(dLon);
    return std::acos(std::clamp(cosine, -1.0, 1.0)) * kEarthRadiusKm <= it->radiusKm;
}

} // namespace cop
