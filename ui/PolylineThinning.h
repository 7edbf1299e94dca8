#pragma once

#include <QPointF>

#include <utility>
#include <vector>

namespace cop {

// Drops the points of a polyline in the overlay's frame that drawing would not show: those
// within kMinSegmentPx of the last one kept, then those within kTolerancePx of the line through
// their neighbours (Douglas-Peucker). A trail of 120 points along a missile's smooth path keeps
// a handful; each point painted costs the overlay's raster a stroke segment, tens of thousands
// of trails a raster. The first and the last points always stay.
class PolylineThinning
{
public:
    static constexpr double kMinSegmentPx = 3.0;
    // Half a pixel: a dropped point is never more than that off the line drawn.
    static constexpr double kTolerancePx = 0.5;

    std::vector<QPointF> &thin(std::vector<QPointF> &points);

private:
    void dropNear(std::vector<QPointF> &points) const;
    void dropStraight(std::vector<QPointF> &points);

    std::vector<bool> m_keep;
    std::vector<std::pair<size_t, size_t>> m_spans; // of points still to look at, ends kept
};

} // namespace cop
