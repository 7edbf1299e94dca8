#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSGGeometry>

#include <span>
#include <vector>

namespace cop {

// Collects vertex-coloured triangles for one QSGGeometryNode: every overlay shape of a frame is
// drawn in a single batch, and lines are triangles so they keep their width on every backend.
class TriangleBatch
{
public:
    void clear() { m_vertices.clear(); }
    bool isEmpty() const { return m_vertices.empty(); }
    size_t vertexCount() const { return m_vertices.size(); }

    void addLine(QPointF from, QPointF to, float width, QColor color);
    void addPolyline(std::span<const QPointF> points, float width, QColor color,
                     float dashLength = 0.0f);
    void addClosedPolyline(std::span<const QPointF> points, float width, QColor color);
    void addDiamond(QPointF center, float halfSize, float width, QColor color);
    void addFilledDiamond(QPointF center, float halfSize, QColor color);
    void addTriangle(QPointF a, QPointF b, QPointF c, QColor color);
    void addFilledRect(const QRectF &rect, QColor color);

    // Resizes the geometry to the batch and copies the vertices in.
    void fill(QSGGeometry *geometry) const;
    // Copies count vertices from first to out; returns the position after them.
    QSGGeometry::ColoredPoint2D *copyTo(QSGGeometry::ColoredPoint2D *out, size_t first, size_t count) const;

private:
    std::vector<QSGGeometry::ColoredPoint2D> m_vertices;
};

} // namespace cop
