#pragma once

#include "geo/GeoPoint.h"

#include <Eigen/Geometry>

#include <QHash>
#include <QString>

#include <vector>

namespace cop {

// Where each nation's radars can be expected to see a missile: per site, a maximum range, a
// minimum elevation above the horizon (the Earth hides a low missile far away) and an
// optional sector it looks into. It only decides whether a nation's silence about a missile
// the others report is worth an operator's attention, so it leaves out what only sees some
// missiles some of the time (space-based infrared sees burning motors only).
class NationCoverage
{
public:
    struct Site
    {
        GeoPoint position;
        double maxRangeKm = 0.0;
        double minElevationDeg = 1.0;
        double fromAzimuthDeg = 0.0; // sector, clockwise from true north; 0..360: all round
        double toAzimuthDeg = 360.0;
    };

    // The nations' radars over the region, as publicly reported (the sites of
    // resources/scenarios/sensors/allied-network.json, rounded).
    static NationCoverage regional();

    void addSite(const QString &nation, const Site &site);
    // Whether a site of the nation sees this ECEF point. A nation with no site sees nothing.
    bool covers(const QString &nation, const Vec3 &ecef) const;

private:
    struct Placed
    {
        Site site;
        Eigen::Vector3d position, up, east, north;
    };
    bool sees(const Placed &placed, const Eigen::Vector3d &target) const;

    QHash<QString, std::vector<Placed>> m_sites;
};

} // namespace cop
