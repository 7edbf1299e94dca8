#include "TrailProjection.h"

#include <algorithm>

namespace cop {

const std::vector<QPointF> &TrailProjection::project(const Trail &trail, const OverlayFrame &frame,
                                                     quint64 frameGeneration)
{
    // What the last trail and this one share: this one's start, somewhere in the last, and what
    // follows it there. A picture's trail only gains points at its end and loses them at its
    // start, so the two ends of the shared stretch tell it: thousands of trails are not read
    // through on every build.
    qsizetype dropped = 0, kept = 0;
    if (frameGeneration == m_frameGeneration && !trail.isEmpty()) {
        dropped = std::find(m_trail.begin(), m_trail.end(), trail.front()) - m_trail.begin();
        kept = std::min(m_trail.size() - dropped, trail.size());
        if (kept > 0 && trail[kept - 1] != m_trail[dropped + kept - 1])
            kept = 0;
    }
    if (kept == 0)
        dropped = qsizetype(m_points.size());
    m_points.erase(m_points.begin(), m_points.begin() + dropped);
    m_points.resize(size_t(kept));
    for (auto it = trail.begin() + kept; it != trail.end(); ++it)
        m_points.push_back(frame.toFrame(*it));
    m_trail = trail;
    m_frameGeneration = frameGeneration;
    return m_points;
}

} // namespace cop
