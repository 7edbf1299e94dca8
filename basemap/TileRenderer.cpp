#include "TileRenderer.h"

#include "geo/WebMercator.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cop::basemap {

namespace {

constexpr int kTileSize = 256;
constexpr double kMarginPx = 4.0;

double scaleOf(TileId tile)
{
    return std::exp2(tile.z) * kTileSize;
}

QPointF toTile(QPointF mercator, TileId tile)
{
    const double scale = scaleOf(tile);
    return {mercator.x() * scale - tile.x * kTileSize, mercator.y() * scale - tile.y * kTileSize};
}

QPainterPath pathOf(const std::vector<std::vector<QPointF>> &lines, TileId tile, bool closed)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &line : lines) {
        path.moveTo(toTile(line.front(), tile));
        for (size_t i = 1; i < line.size(); ++i)
            path.lineTo(toTile(line[i], tile));
        if (closed)
            path.closeSubpath();
    }
    return path;
}

double graticuleStepDeg(int zoom)
{
    if (zoom <= 4)
        return 10.0;
    return zoom <= 6 ? 5.0 : 1.0;
}

} // namespace

TileRenderer::TileRenderer(const BasemapStyle &style)
    : m_style(style)
{}

QRectF TileRenderer::clipRect(TileId tile)
{
    const double scale = scaleOf(tile);
    return QRectF((tile.x * kTileSize - kMarginPx) / scale, (tile.y * kTileSize - kMarginPx) / scale,
                  (kTileSize + 2 * kMarginPx) / scale, (kTileSize + 2 * kMarginPx) / scale);
}

QImage TileRenderer::render(TileId tile, const TileGeometry &geometry) const
{
    QImage image(kTileSize, kTileSize, QImage::Format_RGB32);
    image.fill(m_style.sea);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    painter.fillPath(pathOf(geometry.land, tile, true), m_style.land);
    drawGraticule(painter, tile);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_style.coastline, tile.z >= 7 ? 1.4 : 1.1));
    painter.drawPath(pathOf(geometry.coastlines, tile, false));
    QPen border(m_style.border, tile.z >= 7 ? 1.6 : 1.2, Qt::DashLine);
    border.setDashPattern({4.0, 2.5});
    painter.setPen(border);
    painter.drawPath(pathOf(geometry.borders, tile, false));
    return image;
}

void TileRenderer::drawGraticule(QPainter &painter, TileId tile) const
{
    const double step = graticuleStepDeg(tile.z);
    const double scale = scaleOf(tile);
    const double west = mercator::lonFromX(double(tile.x) / std::exp2(tile.z));
    const double east = mercator::lonFromX(double(tile.x + 1) / std::exp2(tile.z));
    const double north = mercator::latFromY(double(tile.y) / std::exp2(tile.z));
    const double south = mercator::latFromY(double(tile.y + 1) / std::exp2(tile.z));
    painter.setPen(QPen(m_style.graticule, 1.0));
    for (double lon = std::ceil(west / step) * step; lon <= east; lon += step) {
        const double x = mercator::xFromLon(lon) * scale - tile.x * kTileSize;
        painter.drawLine(QPointF(x, 0), QPointF(x, kTileSize));
    }
    for (double lat = std::ceil(south / step) * step; lat <= north; lat += step) {
        const double y = mercator::yFromLat(lat) * scale - tile.y * kTileSize;
        painter.drawLine(QPointF(0, y), QPointF(kTileSize, y));
    }
}

} // namespace cop::basemap
