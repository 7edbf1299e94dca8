#pragma once

#include "regions/CoastIndex.h"
#include "regions/Region.h"

#include <string>
#include <vector>

namespace cop::regions {

struct LonLat
{
    double lonDeg = 0.0;
    double latDeg = 0.0;
};
using LonLatLine = std::vector<LonLat>;

// One state's land as Natural Earth draws it.
struct StateShape
{
    std::string isoNumeric;             // ISO 3166-1 numeric, e.g. "392"
    std::vector<LonLatLine> rings;      // exteriors and holes alike: even-odd
    std::vector<LonLatLine> coastlines; // the arcs it shares with no other state
};

// The region model computed exactly from the land data: territory is land, and a sea point is
// in a watched nation's EEZ when that nation's coast is the nearest of all states' coasts and
// within 200 nmi; where the nearest coast is that of islands more than one state claims, the
// boundary is not agreed. Costly (a nearest-coast search per point): run at build time to bake
// the grid the console looks regions up in (RegionMap), and by the tests that check the grid.
class RegionGeometry
{
public:
    static constexpr double kEezLimitM = 370'400.0; // 200 nmi

    explicit RegionGeometry(const std::vector<StateShape> &states);

    Region at(double latDeg, double lonDeg) const;
    // Every cell of RegionGrid, row by row from the south-west corner.
    std::vector<RegionCode> raster() const;

private:
    struct Ring
    {
        LonLatLine points;
        double south, north, west, east;
    };
    // Land that one code covers, filled even-odd on its own: one state's, or its disputed islands.
    struct Land
    {
        RegionCode code;
        std::vector<Ring> rings;
    };
    struct Window
    {
        int firstRow = 0, lastRow = -1, firstColumn = 0, lastColumn = -1;
    };

    RegionCode sea(double latDeg, double lonDeg) const;
    void fillLand(const Land &land, std::vector<RegionCode> &cells) const;

    std::vector<Land> m_land;
    CoastIndex m_coasts; // labelled with the RegionCode the nearest water takes
    Window m_window;     // the cells that can be in a watched EEZ
};

} // namespace cop::regions
