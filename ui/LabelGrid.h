#pragma once

#include <QHash>
#include <QRectF>

#include <vector>

namespace cop {

// The rectangles a new label may not cover (symbols and the labels already placed) in a grid of
// square cells, so asking whether a place is free looks at the rectangles near it, not at all
// of them. A cell keeps at most kCellCapacity rectangles and counts as taken once more reach
// into it: no label fits among that many symbols, and a question never costs more than the
// cells a label spans times that capacity, however many thousand tracks crowd one spot.
class LabelGrid
{
public:
    void clear() { m_cells.clear(); }
    void add(const QRectF &rect);
    bool isFree(const QRectF &rect) const;

private:
    static constexpr double kCellPx = 32.0;
    static constexpr size_t kCellCapacity = 8;
    // A rectangle reaching into more cells than this (a label drawn across the map) is not
    // placed, nor asked about.
    static constexpr qint64 kMaxCells = 64;
    struct Cell
    {
        std::vector<QRectF> rects;
        bool full = false;
    };
    static qint64 cellOf(int x, int y) { return (qint64(x) << 32) ^ quint32(y); }
    template<typename Visit>
    static bool forEachCell(const QRectF &rect, Visit visit);

    QHash<qint64, Cell> m_cells;
};

} // namespace cop
