#include "PolylineThinning.h"

#include <algorithm>

namespace cop {

namespace {

double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const QPointF ap = p - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0.0 ? std::clamp(QPointF::dotProduct(ap, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF off = ap - t * ab;
    return QPointF::dotProduct(off, off);
}

} // namespace

std::vector<QPointF> &PolylineThinning::thin(std::vector<QPointF> &points)
{
    if (points.size() < 3)
        return points;
    dropNear(points);
    dropStraight(points);
    return points;
}

void PolylineThinning::dropNear(std::vector<QPointF> &points) const
{
    const QPointF last = points.back();
    size_t kept = 1;
    for (size_t i = 1; i < points.size(); ++i) {
        if ((points[i] - points[kept - 1]).manhattanLength() >= kMinSegmentPx)
            points[kept++] = points[i];
    }
    points.resize(kept);
    if (points.back() != last)
        points.push_back(last);
}

void PolylineThinning::dropStraight(std::vector<QPointF> &points)
{
    const size_t count = points.size();
    if (count < 3)
        return;
    constexpr double kTolerance2 = kTolerancePx * kTolerancePx;
    m_keep.assign(count, false);
    m_keep.front() = m_keep.back() = true;
    m_spans.assign(1, {0, count - 1});
    while (!m_spans.empty()) {
        const auto [first, last] = m_spans.back();
        m_spans.pop_back();
        double farthest = kTolerance2;
        size_t at = 0;
        for (size_t i = first + 1; i < last; ++i) {
            const double distance2 = squaredDistanceToSegment(points[i], points[first], points[last]);
            if (distance2 > farthest) {
                farthest = distance2;
                at = i;
            }
        }
        if (at != 0) {
            m_keep[at] = true;
            m_spans.push_back({first, at});
            m_spans.push_back({at, last});
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < count; ++i) {
        if (m_keep[i])
            points[kept++] = points[i];
    }
    points.resize(kept);
}

} // namespace cop
