#include "regions/CoastIndex.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cop::regions {

namespace {

constexpr double kEarthRadiusM = 6'371'008.8;

void unitVector(double latDeg, double lonDeg, double (&out)[3])
{
    const double lat = latDeg * std::numbers::pi / 180.0, lon = lonDeg * std::numbers::pi / 180.0;
    out[0] = std::cos(lat) * std::cos(lon);
    out[1] = std::cos(lat) * std::sin(lon);
    out[2] = std::sin(lat);
}

} // namespace

CoastIndex::CoastIndex(const std::vector<Point> &points)
{
    m_nodes.reserve(points.size());
    for (const Point &p : points) {
        Node node{{}, p.label};
        unitVector(p.latDeg, p.lonDeg, node.x);
        m_nodes.push_back(node);
    }
    build(0, m_nodes.size(), 0);
}

void CoastIndex::build(size_t begin, size_t end, int depth)
{
    if (end - begin < 2)
        return;
    const int axis = depth % 3;
    const size_t mid = begin + (end - begin) / 2;
    std::nth_element(m_nodes.begin() + begin, m_nodes.begin() + mid, m_nodes.begin() + end,
                     [axis](const Node &a, const Node &b) { return a.x[axis] < b.x[axis]; });
    build(begin, mid, depth + 1);
    build(mid + 1, end, depth + 1);
}

void CoastIndex::search(size_t begin, size_t end, int depth, const double (&q)[3], double &best,
                        int &label) const
{
    if (begin >= end)
        return;
    const size_t mid = begin + (end - begin) / 2;
    const Node &node = m_nodes[mid];
    const double d2 = (node.x[0] - q[0]) * (node.x[0] - q[0]) + (node.x[1] - q[1]) * (node.x[1] - q[1])
                      + (node.x[2] - q[2]) * (node.x[2] - q[2]);
    if (d2 < best) {
        best = d2;
        label = node.label;
    }
    const int axis = depth % 3;
    const double delta = q[axis] - node.x[axis];
    const bool left = delta < 0.0;
    search(left ? begin : mid + 1, left ? mid : end, depth + 1, q, best, label);
    if (delta * delta < best)
        search(left ? mid + 1 : begin, left ? end : mid, depth + 1, q, best, label);
}

CoastIndex::Nearest CoastIndex::nearest(double latDeg, double lonDeg, double withinM) const
{
    double q[3];
    unitVector(latDeg, lonDeg, q);
    const double bound = 2.0 * std::sin(std::min(withinM / kEarthRadiusM, std::numbers::pi) / 2.0);
    double best = bound * bound;
    int label = -1;
    search(0, m_nodes.size(), 0, q, best, label);
    if (label < 0)
        return {};
    const double chord = std::sqrt(best);
    return {label, 2.0 * kEarthRadiusM * std::asin(std::min(1.0, chord / 2.0))};
}

} // namespace cop::regions
