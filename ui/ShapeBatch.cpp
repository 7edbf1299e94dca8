#include "ShapeBatch.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace cop {

namespace {

// Pens thinner than this are drawn one device pixel wide: the raster engine's fastest line, and
// what a thin line looks like anyway.
constexpr float kCosmeticWidth = 1.0f;

} // namespace

void ShapeBatch::clear()
{
    m_points.clear();
    m_shapes.clear();
    m_symbols.clear();
    m_bounds = QRectF();
}

void ShapeBatch::add(Kind kind, std::span<const QPointF> points, float width, QColor color)
{
    if (points.size() < 2)
        return;
    const QRgb rgba = color.rgba();
    Shape *last = m_shapes.empty() ? nullptr : &m_shapes.back();
    // Consecutive lines of one pen are drawn in one call.
    if (kind == Kind::Lines && last && last->kind == Kind::Lines && last->width == width && last->color == rgba)
        last->count += quint32(points.size());
    else
        m_shapes.push_back({kind, quint32(m_points.size()), quint32(points.size()), width, rgba});
    m_points.insert(m_points.end(), points.begin(), points.end());

    const auto [left, right] = std::minmax_element(points.begin(), points.end(),
                                                   [](QPointF a, QPointF b) { return a.x() < b.x(); });
    const auto [top, bottom] = std::minmax_element(points.begin(), points.end(),
                                                   [](QPointF a, QPointF b) { return a.y() < b.y(); });
    const double margin = width / 2.0 + 1.0;
    m_bounds |= QRectF(QPointF(left->x(), top->y()), QPointF(right->x(), bottom->y()))
                    .adjusted(-margin, -margin, margin, margin);
}

void ShapeBatch::addLine(QPointF from, QPointF to, float width, QColor color)
{
    const QPointF ends[] = {from, to};
    add(Kind::Lines, ends, width, color);
}

void ShapeBatch::addPolyline(std::span<const QPointF> points, float width, QColor color, float dashLength)
{
    if (dashLength <= 0.0f) {
        add(Kind::Polyline, points, width, color);
        return;
    }
    // Dashes are cut here, not by the pen: QPainter restarts a dash pattern where it clips a
    // line, and a raster is painted clipped to an area that moves with pans.
    double phase = 0.0;
    bool drawing = true;
    for (size_t i = 1; i < points.size(); ++i) {
        QPointF from = points[i - 1];
        const QPointF to = points[i];
        double remaining = QLineF(from, to).length();
        while (remaining > 0.0) {
            const double step = std::min(remaining, dashLength - phase);
            const QPointF next = from + (to - from) * (step / remaining);
            if (drawing)
                addLine(from, next, width, color);
            phase += step;
            remaining -= step;
            from = next;
            if (phase >= dashLength) {
                phase = 0.0;
                drawing = !drawing;
            }
        }
    }
}

void ShapeBatch::addClosedPolyline(std::span<const QPointF> points, float width, QColor color)
{
    add(Kind::ClosedPolyline, points, width, color);
}

void ShapeBatch::addDiamond(QPointF center, float halfSize, float width, QColor color)
{
    const QPointF corners[] = {center + QPointF(0, -halfSize), center + QPointF(halfSize, 0),
                               center + QPointF(0, halfSize), center + QPointF(-halfSize, 0)};
    addClosedPolyline(corners, width, color);
}

void ShapeBatch::addFilledPolygon(std::span<const QPointF> points, QColor color)
{
    add(Kind::Fill, points, 0.0f, color);
}

void ShapeBatch::addFilledRect(const QRectF &rect, QColor color)
{
    const QPointF corners[] = {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    addFilledPolygon(corners, color);
}

void ShapeBatch::addSymbol(QPointF at, const QString &sidc, symbolImages::Look look)
{
    m_shapes.push_back({Kind::Symbol, quint32(m_points.size()), 1, 0.0f, 0, quint32(m_symbols.size())});
    m_points.push_back(at);
    m_symbols.push_back({sidc, look});
    m_bounds |= symbolImages::extent(sidc).translated(at);
}

void ShapeBatch::paint(QPainter &painter, bool hairlines) const
{
    // Symbols are drawn as rendered for this device: scaling them would blur their thin lines.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    for (const Shape &shape : m_shapes) {
        const QPointF *points = m_points.data() + shape.first;
        const int count = int(shape.count);
        if (shape.kind == Kind::Symbol) {
            const Symbol &symbol = m_symbols[shape.symbol];
            const QImage image = symbolImages::image(symbol.sidc, ratio, symbol.look);
            const QSizeF size = image.deviceIndependentSize();
            painter.drawImage(points[0] - QPointF(size.width() / 2.0, size.height() / 2.0), image);
            continue;
        }
        if (shape.kind == Kind::Fill) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor::fromRgba(shape.color));
            painter.drawConvexPolygon(points, count);
            continue;
        }
        const bool wide = shape.width > kCosmeticWidth && !hairlines;
        QPen pen(QColor::fromRgba(shape.color), wide ? shape.width : 0.0);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        switch (shape.kind) {
        case Kind::Lines:
            painter.drawLines(points, count / 2);
            break;
        case Kind::Polyline:
            painter.drawPolyline(points, count);
            break;
        case Kind::ClosedPolyline:
            painter.drawPolygon(points, count);
            break;
        case Kind::Fill:
        case Kind::Symbol:
            break;
        }
    }
}

} // namespace cop
