#pragma once

#include "BasemapData.h"
#include "regions/RegionGeometry.h"

namespace cop::regions {

// The states of the basemap's Natural Earth data, as the region geometry takes them.
std::vector<StateShape> statesOf(const basemap::BasemapData &data);

} // namespace cop::regions
