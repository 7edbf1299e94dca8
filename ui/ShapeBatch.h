#pragma once

#include "SymbolImages.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <span>
#include <vector>

class QPainter;

namespace cop {

// Records an overlay entity's strokes and fills, in drawing order, to be painted later: the
// overlay rasterises thousands of them off the GUI thread, so a batch is built once and then
// only read (by any thread).
class ShapeBatch
{
public:
    bool isEmpty() const { return m_shapes.empty(); }
    size_t shapeCount() const { return m_shapes.size(); }
    // Everything the batch paints, lines' widths included.
    QRectF bounds() const { return m_bounds; }

    // Empty again, its storage kept for the next shapes.
    void clear();
    void addLine(QPointF from, QPointF to, float width, QColor color);
    // Dashes run on across the vertices, so a curved, finely sampled line still reads as dashed.
    void addPolyline(std::span<const QPointF> points, float width, QColor color, float dashLength = 0.0f);
    void addClosedPolyline(std::span<const QPointF> points, float width, QColor color);
    void addDiamond(QPointF center, float halfSize, float width, QColor color);
    // A convex or star-shaped outline, filled.
    void addFilledPolygon(std::span<const QPointF> points, QColor color);
    void addFilledRect(const QRectF &rect, QColor color);
    // A MIL-STD-2525D symbol (symbolImages) centred on a point, at its size on screen whatever the
    // zoom.
    void addSymbol(QPointF at, const QString &sidc, symbolImages::Look look = symbolImages::Look::Current);

    // Hairlines: every stroke one device pixel wide, whatever its width (for dense pictures, where
    // wide strokes cost five times as much to paint and only merge into each other).
    void paint(QPainter &painter, bool hairlines = false) const;

private:
    enum class Kind : quint8 { Lines, Polyline, ClosedPolyline, Fill, Symbol };
    struct Shape
    {
        Kind kind;
        quint32 first;
        quint32 count;
        float width;
        QRgb color;
        quint32 symbol = 0; // a Symbol's index in m_symbols
    };
    struct Symbol
    {
        QString sidc;
        symbolImages::Look look;
    };
    void add(Kind kind, std::span<const QPointF> points, float width, QColor color);

    std::vector<QPointF> m_points;
    std::vector<Shape> m_shapes;
    std::vector<Symbol> m_symbols;
    QRectF m_bounds;
};

} // namespace cop
