#include "TileGeometry.h"

#include "Clipping.h"
#include "geo/WebMercator.h"

namespace cop::basemap {

namespace {

QRectF boundsOf(const LonLatLine &line)
{
    double west = 180, east = -180, south = 90, north = -90;
    for (const QPointF &p : line) {
        west = std::min(west, p.x());
        east = std::max(east, p.x());
        south = std::min(south, p.y());
        north = std::max(north, p.y());
    }
    return QRectF(QPointF(west, south), QPointF(east, north));
}

std::vector<QPointF> projected(const LonLatLine &line)
{
    std::vector<QPointF> points;
    points.reserve(line.size());
    for (const QPointF &p : line)
        points.emplace_back(mercator::xFromLon(p.x()), mercator::yFromLat(p.y()));
    return points;
}

void addProjected(const std::vector<LonLatLine> &lines, const QRectF &lonLatBounds,
                  std::vector<std::vector<QPointF>> *out)
{
    for (const LonLatLine &line : lines) {
        if (boundsOf(line).intersects(lonLatBounds))
            out->push_back(projected(line));
    }
}

} // namespace

TileGeometry TileGeometry::project(const BasemapData &data, const QRectF &lonLatBounds)
{
    TileGeometry geometry;
    for (const Country &country : data.countries()) {
        if (country.bounds.intersects(lonLatBounds))
            addProjected(country.rings, lonLatBounds, &geometry.land);
    }
    addProjected(data.coastlines(), lonLatBounds, &geometry.coastlines);
    addProjected(data.borders(), lonLatBounds, &geometry.borders);
    return geometry.clipped(QRectF(QPointF(mercator::xFromLon(lonLatBounds.left()),
                                           mercator::yFromLat(lonLatBounds.bottom())),
                                   QPointF(mercator::xFromLon(lonLatBounds.right()),
                                           mercator::yFromLat(lonLatBounds.top()))));
}

TileGeometry TileGeometry::clipped(const QRectF &rect) const
{
    TileGeometry result;
    for (const auto &ring : land) {
        std::vector<QPointF> inside = clipRing(ring, rect);
        if (inside.size() > 2)
            result.land.push_back(std::move(inside));
    }
    for (const auto &line : coastlines)
        clipLine(line, rect, &result.coastlines);
    for (const auto &line : borders)
        clipLine(line, rect, &result.borders);
    return result;
}

} // namespace cop::basemap
