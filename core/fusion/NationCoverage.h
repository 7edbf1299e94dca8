#pragma once

#include "GeoPoint.h"

#include <QHash>
#include <QString>

namespace cop {

// Where each nation's sensors can be expected to see a launch: one circle per nation around
// its sensor network. Deliberately coarse: it only decides whether a nation's silence about a
// launch others report is worth an operator's attention.
class NationCoverage
{
public:
    struct Area
    {
        GeoPoint centre;
        double radiusKm = 0.0;
    };

    // The US (space-based infrared and forward radars), Japan and Korea over the region.
    static NationCoverage regional();

    void setArea(const QString &nation, Area area) { m_areas.insert(nation, area); }
    // A nation with no area is never expected to see anything.
    bool covers(const QString &nation, const GeoPoint &point) const;

private:
    QHash<QString, Area> m_areas;
};

} // namespace cop
