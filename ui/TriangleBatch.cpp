#include "TriangleBatch.h"

#include <QLineF>

#include <cmath>

namespace cop {

namespace {

QSGGeometry::ColoredPoint2D vertex(QPointF p, QColor color)
{
    QSGGeometry::ColoredPoint2D v;
    // The vertex-colour material expects premultiplied alpha.
    const float alpha = color.alphaF();
    v.set(float(p.x()), float(p.y()), uchar(color.red() * alpha), uchar(color.green() * alpha),
          uchar(color.blue() * alpha), uchar(color.alpha()));
    return v;
}

} // namespace

void TriangleBatch::addTriangle(QPointF a, QPointF b, QPointF c, QColor color)
{
    m_vertices.push_back(vertex(a, color));
    m_vertices.push_back(vertex(b, color));
    m_vertices.push_back(vertex(c, color));
}

void TriangleBatch::addLine(QPointF from, QPointF to, float width, QColor color)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0.0)
        return;
    const QPointF n(-d.y() / length * width / 2.0, d.x() / length * width / 2.0);
    // Extend each end by half the width so joints of consecutive segments leave no notch.
    const QPointF e(d.x() / length * width / 2.0, d.y() / length * width / 2.0);
    const QPointF a = from - e + n, b = from - e - n, c = to + e + n, dd = to + e - n;
    addTriangle(a, b, c, color);
    addTriangle(c, b, dd, color);
}

void TriangleBatch::addPolyline(std::span<const QPointF> points, float width, QColor color,
                                float dashLength)
{
    if (dashLength <= 0.0f) {
        for (size_t i = 1; i < points.size(); ++i)
            addLine(points[i - 1], points[i], width, color);
        return;
    }
    // Dashes continue across vertices so a curved, finely sampled line still reads as dashed.
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

void TriangleBatch::addClosedPolyline(std::span<const QPointF> points, float width, QColor color)
{
    addPolyline(points, width, color);
    if (points.size() > 2)
        addLine(points.back(), points.front(), width, color);
}

void TriangleBatch::addDiamond(QPointF center, float halfSize, float width, QColor color)
{
    const QPointF corners[] = {center + QPointF(0, -halfSize), center + QPointF(halfSize, 0),
                               center + QPointF(0, halfSize), center + QPointF(-halfSize, 0)};
    addClosedPolyline(corners, width, color);
}

void TriangleBatch::addFilledDiamond(QPointF center, float halfSize, QColor color)
{
    const QPointF top = center + QPointF(0, -halfSize), right = center + QPointF(halfSize, 0),
                  bottom = center + QPointF(0, halfSize), left = center + QPointF(-halfSize, 0);
    addTriangle(top, right, bottom, color);
    addTriangle(top, bottom, left, color);
}

void TriangleBatch::addFilledRect(const QRectF &rect, QColor color)
{
    addTriangle(rect.topLeft(), rect.topRight(), rect.bottomRight(), color);
    addTriangle(rect.topLeft(), rect.bottomRight(), rect.bottomLeft(), color);
}

void TriangleBatch::fill(QSGGeometry *geometry) const
{
    geometry->allocate(int(m_vertices.size()));
    copyTo(geometry->vertexDataAsColoredPoint2D(), 0, m_vertices.size());
    geometry->markVertexDataDirty();
}

QSGGeometry::ColoredPoint2D *TriangleBatch::copyTo(QSGGeometry::ColoredPoint2D *out, size_t first,
                                                   size_t count) const
{
    return std::copy_n(m_vertices.begin() + first, count, out);
}

} // namespace cop
