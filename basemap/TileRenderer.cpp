#include "TileRenderer.h"

#include "WebMercator.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cop::basemap {

namespace {

constexpr int kTileSize = 256;
constexpr double kMarginPx = 4.0;
// How far outside a tile a place may be and still reach into it with its label.
constexpr double kLabelReachPx = 160.0;

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

TileRenderer::TileRenderer(const std::vector<Place> &places, const BasemapStyle &style)
    : m_places(places)
    , m_style(style)
{
    // A named family with a fixed pixel size: the tiles are the same on every machine that has
    // the build root's fonts.
    m_cityFont = QFont(QStringLiteral("Noto Sans"));
    m_cityFont.setPixelSize(style.labelPixelSize);
    m_cityFont.setHintingPreference(QFont::PreferNoHinting);
    m_capitalFont = m_cityFont;
    m_capitalFont.setBold(true);
    m_seaFont = m_cityFont;
    m_seaFont.setItalic(true);
    m_seaFont.setPixelSize(style.labelPixelSize + 2);
    m_seaFont.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
}

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
    drawPlaces(painter, tile);
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

void TileRenderer::drawPlaces(QPainter &painter, TileId tile) const
{
    const QRectF reach = QRectF(0, 0, kTileSize, kTileSize)
                             .adjusted(-kLabelReachPx, -kLabelReachPx / 4, kLabelReachPx, kLabelReachPx / 4);
    for (const Place &place : m_places) {
        if (place.minZoom > tile.z)
            continue;
        const QPointF at = toTile({mercator::xFromLon(place.lonDeg), mercator::yFromLat(place.latDeg)}, tile);
        if (!reach.contains(at))
            continue;
        if (place.kind == Place::Kind::Sea) {
            painter.setFont(m_seaFont);
            painter.setPen(m_style.seaLabel);
            const QRectF box(at.x() - kLabelReachPx, at.y() - 10, 2 * kLabelReachPx, 20);
            painter.drawText(box, Qt::AlignCenter, place.name);
            continue;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.city);
        painter.drawEllipse(at, place.capital ? 3.2 : 2.4, place.capital ? 3.2 : 2.4);
        painter.setFont(place.capital ? m_capitalFont : m_cityFont);
        painter.setPen(m_style.cityLabel);
        painter.drawText(at + QPointF(5, -4), place.name);
    }
}

} // namespace cop::basemap
