#pragma once

#include "picture/Picture.h"

#include <QHash>
#include <QPointF>

#include <optional>
#include <vector>

namespace cop {

// A uniform grid of track positions, so a click finds the nearest track among thousands by
// looking at a few cells instead of every track.
class TrackPicker
{
public:
    void insert(QPointF position, const ServiceKey &key);
    std::optional<ServiceKey> nearest(QPointF point, double radius) const;

private:
    static constexpr double kCellPx = 32.0;
    struct Entry
    {
        QPointF position;
        ServiceKey key;
    };
    static qint64 cellOf(int x, int y) { return (qint64(x) << 32) ^ quint32(y); }

    QHash<qint64, std::vector<Entry>> m_cells;
};

} // namespace cop
