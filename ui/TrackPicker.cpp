#include "TrackPicker.h"

#include <cmath>

namespace cop {

void TrackPicker::insert(QPointF position, const ServiceKey &key)
{
    const int x = int(std::floor(position.x() / kCellPx)), y = int(std::floor(position.y() / kCellPx));
    m_cells[cellOf(x, y)].push_back({position, key});
}

std::optional<ServiceKey> TrackPicker::nearest(QPointF point, double radius) const
{
    std::optional<ServiceKey> best;
    double bestDistance = radius * radius;
    const int x0 = int(std::floor((point.x() - radius) / kCellPx)), x1 = int(std::floor((point.x() + radius) / kCellPx));
    const int y0 = int(std::floor((point.y() - radius) / kCellPx)), y1 = int(std::floor((point.y() + radius) / kCellPx));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const auto cell = m_cells.constFind(cellOf(x, y));
            if (cell == m_cells.cend())
                continue;
            for (const Entry &entry : *cell) {
                const QPointF d = entry.position - point;
                const double distance = d.x() * d.x() + d.y() * d.y();
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = entry.key;
                }
            }
        }
    }
    return best;
}

} // namespace cop
