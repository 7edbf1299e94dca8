#include "fusion/NationCoverage.h"

#include <cmath>
#include <numbers>

namespace cop {

namespace {

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

} // namespace

NationCoverage NationCoverage::regional()
{
    NationCoverage coverage;
    const auto us = QStringLiteral("US"), jp = QStringLiteral("JP"), kr = QStringLiteral("KR");
    coverage.addSite(us, {{40.89, 140.33, 30.0}, 1800.0, 1.0, 210.0, 330.0}); // TPY-2 Shariki
    coverage.addSite(us, {{35.77, 135.20, 60.0}, 1800.0, 1.0, 240.0, 360.0}); // TPY-2 Kyogamisaki
    coverage.addSite(us, {{39.5, 134.0, 20.0}, 1000.0, 0.5});                 // Aegis, Sea of Japan
    coverage.addSite(jp, {{38.03, 138.25, 300.0}, 2000.0});                   // J/FPS-5 Sado
    coverage.addSite(jp, {{41.28, 141.19, 300.0}, 2000.0});                   // J/FPS-5 Ominato
    coverage.addSite(jp, {{31.66, 129.72, 300.0}, 2000.0});                   // J/FPS-5 Shimokoshiki
    coverage.addSite(jp, {{26.14, 127.72, 200.0}, 2000.0});                   // J/FPS-5 Yozadake
    coverage.addSite(jp, {{38.0, 136.0, 20.0}, 1000.0, 0.5});                 // Aegis, Kongo
    coverage.addSite(kr, {{36.68, 126.83, 100.0}, 900.0, 1.0, 300.0, 60.0});  // Green Pine
    coverage.addSite(kr, {{36.85, 127.45, 150.0}, 900.0, 1.0, 300.0, 60.0});  // Green Pine
    coverage.addSite(kr, {{37.6, 130.2, 20.0}, 1000.0, 0.5});                 // Aegis, Sejong
    return coverage;
}

void NationCoverage::addSite(const QString &nation, const Site &site)
{
    const Vec3 p = ecefFromGeodetic(site.position);
    const double lat = site.position.latDeg * kRadiansPerDegree;
    const double lon = site.position.lonDeg * kRadiansPerDegree;
    Placed placed{site, {p[0], p[1], p[2]}, {}, {}, {}};
    placed.up = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
    placed.east = {-std::sin(lon), std::cos(lon), 0.0};
    placed.north = placed.up.cross(placed.east);
    m_sites[nation].push_back(placed);
}

bool NationCoverage::sees(const Placed &placed, const Eigen::Vector3d &target) const
{
    const Site &site = placed.site;
    const Eigen::Vector3d line = target - placed.position;
    const double range = line.norm();
    if (range > site.maxRangeKm * 1000.0
        || line.dot(placed.up) < range * std::sin(site.minElevationDeg * kRadiansPerDegree))
        return false;
    const double azimuth = std::atan2(line.dot(placed.east), line.dot(placed.north)) / kRadiansPerDegree;
    const double span = std::fmod(site.toAzimuthDeg - site.fromAzimuthDeg + 720.0, 360.0);
    return span == 0.0 || std::fmod(azimuth - site.fromAzimuthDeg + 720.0, 360.0) <= span;
}

bool NationCoverage::covers(const QString &nation, const Vec3 &ecef) const
{
    const auto sites = m_sites.constFind(nation);
    if (sites == m_sites.cend())
        return false;
    const Eigen::Vector3d target(ecef[0], ecef[1], ecef[2]);
    for (const Placed &placed : *sites) {
        if (sees(placed, target))
            return true;
    }
    return false;
}

} // namespace cop
