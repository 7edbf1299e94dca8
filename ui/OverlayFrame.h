#pragma once

#include "geo/GeoPoint.h"
#include "MapViewport.h"

#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace cop {

// The pixel space overlay geometry is built in: world pixels at one zoom, shifted so that the
// viewport it was made for maps one to one. Pans and zooms only change the transform a frame is
// seen through, so nothing is rebuilt while the map moves.
class OverlayFrame
{
public:
    OverlayFrame() = default;
    explicit OverlayFrame(const MapViewport &viewport);

    bool isValid() const { return m_worldSize > 0.0; }
    double zoom() const;
    QPointF toFrame(const GeoPoint &point) const;
    // How many frame pixels a metre on the ground spans at this latitude (Web Mercator's scale).
    double pixelsPerMetre(double latDeg) const;
    // From normalised Web Mercator (0..1 across the world).
    QPointF fromNormalised(QPointF point) const { return point * m_worldSize - m_origin; }
    // Maps frame coordinates to the item coordinates of this viewport.
    QTransform viewTransform(const MapViewport &viewport) const;
    // What this viewport shows, in frame coordinates.
    QRectF visibleArea(const MapViewport &viewport) const;

private:
    double m_worldSize = 0.0;
    QPointF m_origin;
};

} // namespace cop
