#include "MapViewport.h"

#include "geo/WebMercator.h"

#include <cmath>
#include <numbers>

namespace cop {

MapViewport::MapViewport(double centerLatDeg, double centerLonDeg, double zoom, QSizeF size)
    : m_centerX(mercator::xFromLon(centerLonDeg))
    , m_centerY(mercator::yFromLat(centerLatDeg))
    , m_worldSize(mercator::worldSize(zoom))
    , m_size(size)
{}

QPointF MapViewport::project(double latDeg, double lonDeg) const
{
    double dx = mercator::xFromLon(lonDeg) - m_centerX;
    // Take the copy of the world nearest the centre, so the antimeridian does not split tracks.
    dx -= std::round(dx);
    const double dy = mercator::yFromLat(latDeg) - m_centerY;
    return {m_size.width() / 2.0 + dx * m_worldSize, m_size.height() / 2.0 + dy * m_worldSize};
}

GeoPoint MapViewport::unproject(QPointF pixel) const
{
    const double x = m_centerX + (pixel.x() - m_size.width() / 2.0) / m_worldSize;
    const double y = m_centerY + (pixel.y() - m_size.height() / 2.0) / m_worldSize;
    return {mercator::latFromY(y), mercator::lonFromX(x - std::floor(x)), 0.0};
}

double MapViewport::metresPerPixelAt(double latDeg) const
{
    constexpr double kEquatorM = 40'075'016.686;
    return kEquatorM * std::cos(latDeg * std::numbers::pi / 180.0) / m_worldSize;
}

} // namespace cop
