#include "RegionSet.h"

#include <algorithm>

namespace cop::dynamics {

namespace {

bool ringContains(const std::vector<GeoPoint> &ring, const GeoPoint &p)
{
    bool inside = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.latDeg > p.latDeg) != (b.latDeg > p.latDeg)
            && p.lonDeg < (b.lonDeg - a.lonDeg) * (p.latDeg - a.latDeg) / (b.latDeg - a.latDeg)
                              + a.lonDeg)
            inside = !inside;
    }
    return inside;
}

double cross(const GeoPoint &o, const GeoPoint &a, const GeoPoint &b)
{
    return (a.lonDeg - o.lonDeg) * (b.latDeg - o.latDeg) - (a.latDeg - o.latDeg) * (b.lonDeg - o.lonDeg);
}

bool segmentsCross(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c, const GeoPoint &d)
{
    return (cross(a, b, c) > 0.0) != (cross(a, b, d) > 0.0)
           && (cross(c, d, a) > 0.0) != (cross(c, d, b) > 0.0);
}

bool ringsCross(const std::vector<GeoPoint> &p, const std::vector<GeoPoint> &q)
{
    for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
        for (size_t k = 0, l = q.size() - 1; k < q.size(); l = k++) {
            if (segmentsCross(p[j], p[i], q[l], q[k]))
                return true;
        }
    }
    return false;
}

} // namespace

bool Region::contains(const GeoPoint &point) const
{
    return ring.size() >= 3 && ringContains(ring, point);
}

const Region *RegionSet::find(const std::string &id) const
{
    const auto it = std::find_if(m_regions.begin(), m_regions.end(),
                                 [&id](const Region &region) { return region.id == id; });
    return it == m_regions.end() ? nullptr : &*it;
}

std::vector<std::string> RegionSet::overflownBy(const std::vector<GeoPoint> &path) const
{
    std::vector<std::string> ids;
    for (const Region &region : m_regions) {
        if (std::any_of(path.begin(), path.end(),
                        [&region](const GeoPoint &p) { return region.contains(p); }))
            ids.push_back(region.id);
    }
    return ids;
}

std::vector<std::string> RegionSet::touchedBy(const std::vector<GeoPoint> &outline) const
{
    std::vector<std::string> ids;
    if (outline.size() < 3)
        return ids;
    for (const Region &region : m_regions) {
        if (region.ring.size() < 3)
            continue;
        const bool touches = std::any_of(outline.begin(), outline.end(),
                                         [&region](const GeoPoint &p) { return region.contains(p); })
                             || ringContains(outline, region.ring.front())
                             || ringsCross(outline, region.ring);
        if (touches)
            ids.push_back(region.id);
    }
    return ids;
}

} // namespace cop::dynamics
