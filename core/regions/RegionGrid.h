#pragma once

#include <cmath>

namespace cop::regions {

// The raster the region map is baked into: 100E to the antimeridian, 10N to 60N, 1/32 degree a
// cell (about 3.5 km north-south, 2.7 km east-west at 40N). Outside it everything is open sea.
struct RegionGrid
{
    static constexpr double kWestDeg = 100.0;
    static constexpr double kEastDeg = 180.0;
    static constexpr double kSouthDeg = 10.0;
    static constexpr double kNorthDeg = 60.0;
    static constexpr int kCellsPerDeg = 32;
    static constexpr double kCellDeg = 1.0 / kCellsPerDeg;
    static constexpr int kColumns = int(kEastDeg - kWestDeg) * kCellsPerDeg;
    static constexpr int kRows = int(kNorthDeg - kSouthDeg) * kCellsPerDeg;

    // Cell indices; outside [0, kColumns) x [0, kRows) when the point is off the grid.
    static int column(double lonDeg) { return int(std::floor((lonDeg - kWestDeg) * kCellsPerDeg)); }
    static int row(double latDeg) { return int(std::floor((latDeg - kSouthDeg) * kCellsPerDeg)); }
    // A cell holds what its centre is.
    static double centreLon(int column) { return kWestDeg + (column + 0.5) * kCellDeg; }
    static double centreLat(int row) { return kSouthDeg + (row + 0.5) * kCellDeg; }
};

} // namespace cop::regions
