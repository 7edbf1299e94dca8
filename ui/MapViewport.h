#pragma once

#include "geo/GeoPoint.h"

#include <QPointF>
#include <QSizeF>

namespace cop {

// Where a geodetic point falls on the map item, for a Web Mercator map with the given centre and
// zoom (the same projection Qt Location's Map uses with no bearing or tilt).
class MapViewport
{
public:
    MapViewport(double centerLatDeg, double centerLonDeg, double zoom, QSizeF size);

    QPointF project(double latDeg, double lonDeg) const;
    QPointF project(const GeoPoint &point) const { return project(point.latDeg, point.lonDeg); }
    GeoPoint unproject(QPointF pixel) const;

    double metresPerPixelAt(double latDeg) const;

    // Normalised Web Mercator of the centre, and the world's width in pixels at this zoom.
    QPointF centreNormalised() const { return {m_centerX, m_centerY}; }
    double worldSize() const { return m_worldSize; }
    QSizeF size() const { return m_size; }

private:
    double m_centerX;
    double m_centerY;
    double m_worldSize;
    QSizeF m_size;
};

} // namespace cop
