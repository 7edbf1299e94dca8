#include "OverlayFrame.h"

#include "geo/WebMercator.h"

#include <cmath>

namespace cop {

OverlayFrame::OverlayFrame(const MapViewport &viewport)
    : m_worldSize(viewport.worldSize())
    , m_origin(viewport.centreNormalised() * m_worldSize
               - QPointF(viewport.size().width(), viewport.size().height()) / 2.0)
{}

double OverlayFrame::zoom() const
{
    return std::log2(m_worldSize / mercator::kTileSize);
}

QPointF OverlayFrame::toFrame(const GeoPoint &point) const
{
    return fromNormalised(QPointF(mercator::xFromLon(point.lonDeg), mercator::yFromLat(point.latDeg)));
}

QTransform OverlayFrame::viewTransform(const MapViewport &viewport) const
{
    const double scale = viewport.worldSize() / m_worldSize;
    const QPointF centre = viewport.centreNormalised() * viewport.worldSize();
    const QPointF offset = m_origin * scale - centre + QPointF(viewport.size().width(), viewport.size().height()) / 2.0;
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

QRectF OverlayFrame::visibleArea(const MapViewport &viewport) const
{
    return viewTransform(viewport).inverted().mapRect(QRectF(QPointF(0, 0), viewport.size()));
}

} // namespace cop
