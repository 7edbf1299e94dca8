#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace cop::basemap {

// Rectangle clipping of plain point lists, so each tile rasterises only what it shows: a ring
// (Sutherland-Hodgman; the cut runs along the rectangle, which callers keep outside the tile) and
// an open line (cut into the runs inside).
std::vector<QPointF> clipRing(const std::vector<QPointF> &ring, const QRectF &rect);
void clipLine(const std::vector<QPointF> &line, const QRectF &rect, std::vector<std::vector<QPointF>> *out);

} // namespace cop::basemap
