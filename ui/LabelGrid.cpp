#include "LabelGrid.h"

#include <algorithm>
#include <cmath>

namespace cop {

// Calls visit(cell key) for each cell rect reaches into until visit returns false; false when
// one did, or when rect is too large or not finite to be looked at.
template<typename Visit>
bool LabelGrid::forEachCell(const QRectF &rect, Visit visit)
{
    const double left = std::floor(rect.left() / kCellPx), right = std::floor(rect.right() / kCellPx);
    const double top = std::floor(rect.top() / kCellPx), bottom = std::floor(rect.bottom() / kCellPx);
    if (!std::isfinite(left + right + top + bottom) || (right - left + 1) * (bottom - top + 1) > kMaxCells)
        return false;
    for (int y = int(top); y <= int(bottom); ++y)
        for (int x = int(left); x <= int(right); ++x)
            if (!visit(cellOf(x, y)))
                return false;
    return true;
}

void LabelGrid::add(const QRectF &rect)
{
    forEachCell(rect, [&](qint64 key) {
        Cell &cell = m_cells[key];
        if (cell.rects.size() < kCellCapacity)
            cell.rects.push_back(rect);
        else
            cell.full = true;
        return true;
    });
}

bool LabelGrid::isFree(const QRectF &rect) const
{
    return forEachCell(rect, [&](qint64 key) {
        const auto cell = m_cells.constFind(key);
        return cell == m_cells.cend()
               || (!cell->full
                   && std::none_of(cell->rects.begin(), cell->rects.end(),
                                   [&rect](const QRectF &r) { return r.intersects(rect); }));
    });
}

} // namespace cop
