#include "OverlayFrame.h"

#include "geo/WebMercator.h"

#include <cmath>
#include <numbers>

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

double OverlayFrame::pixelsPerMetre(double latDeg) const
{
    // The sphere Web Mercator projects, WGS 84's equatorial radius.
    constexpr double kEquatorM = 2.0 * std::numbers::pi * 6'378'137.0;
    return m_worldSize / (kEquatorM * std::cos(latDeg * std::numbers::pi / 180.0));
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
