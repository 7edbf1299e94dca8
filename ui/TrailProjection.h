#pragma once

#include "OverlayFrame.h"
#include "picture/Trail.h"

#include <QPointF>

#include <vector>

namespace cop {

// A track's trail projected into the overlay's frame, kept from one build to the next. A trail
// slides, gaining a point a second and losing its oldest, and is drawn again with every update of
// its track: only its new points are projected, not all of them each time.
class TrailProjection
{
public:
    // The trail's points in frame, one for each; frameGeneration names the frame. The trail is
    // the last one given with points added at its end or taken from its start, or another.
    const std::vector<QPointF> &project(const Trail &trail, const OverlayFrame &frame,
                                        quint64 frameGeneration);

private:
    Trail m_trail; // shared with the picture's
    std::vector<QPointF> m_points;
    quint64 m_frameGeneration = 0;
};

} // namespace cop
