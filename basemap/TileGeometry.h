#pragma once

#include "BasemapData.h"

#include <QRectF>

#include <vector>

namespace cop::basemap {

// Basemap shapes in normalised Web Mercator coordinates ([0, 1) east and south, as
// core/geo/WebMercator.h), so one projection serves every zoom level.
struct TileGeometry
{
    std::vector<std::vector<QPointF>> land;
    std::vector<std::vector<QPointF>> coastlines;
    std::vector<std::vector<QPointF>> borders;

    // The data's shapes that reach into bounds (degrees: x longitude, y latitude), projected.
    static TileGeometry project(const BasemapData &data, const QRectF &lonLatBounds);
    // The part of this geometry inside rect (normalised Mercator).
    TileGeometry clipped(const QRectF &rect) const;
};

} // namespace cop::basemap
