#pragma once

#include "GeoPoint.h"

#include <string>
#include <vector>

namespace cop::dynamics {

// A named area as one closed ring of WGS-84 points (the last need not repeat the first).
// Containment is tested in the longitude/latitude plane: good for regional areas away from the
// poles and the antimeridian, which is where this picture lives.
struct Region
{
    std::string id; // neutral id the console localises, e.g. "jp.territory"
    std::vector<GeoPoint> ring;

    bool contains(const GeoPoint &point) const;
};

// The areas predictions are checked against. Data, not code: the map's boundary data can
// replace the defaults later without touching the dynamics.
class RegionSet
{
public:
    RegionSet() = default;
    explicit RegionSet(std::vector<Region> regions) : m_regions(std::move(regions)) {}

    // Rough outlines, tens of km out: Japan's main islands, an approximate Japanese EEZ, and the
    // Republic of Korea's mainland.
    static const RegionSet &defaults();

    const std::vector<Region> &regions() const { return m_regions; }
    const Region *find(const std::string &id) const;

    // Ids of the regions a path passes over, in the set's order.
    std::vector<std::string> overflownBy(const std::vector<GeoPoint> &path) const;
    // Ids of the regions a closed outline (an impact ellipse) overlaps or lies in.
    std::vector<std::string> touchedBy(const std::vector<GeoPoint> &outline) const;

private:
    std::vector<Region> m_regions;
};

} // namespace cop::dynamics
