#pragma once

#include "regions/RegionGrid.h"

#include <cstdint>

// The grid baked at build time by cop-regions-bake (RegionGridData.cpp in the build folder):
// each row as runs of one code, a run starting at its column and lasting to the next run's.
namespace cop::regions::gridData {

extern const uint32_t kRowStarts[RegionGrid::kRows + 1]; // first run of each row, then the end
extern const uint16_t kRunColumns[];
extern const uint8_t kRunCodes[]; // RegionCode

} // namespace cop::regions::gridData
