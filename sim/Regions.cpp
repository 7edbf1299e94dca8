#include "Regions.h"

#include "RegionSet.h"

namespace cop::sim {

std::string regionAt(double latDeg, double lonDeg)
{
    const auto &regions = cop::dynamics::RegionSet::defaults();
    for (const char *id : {kRegionJapanTerritory, kRegionKoreaTerritory, kRegionJapanEez}) {
        const cop::dynamics::Region *region = regions.find(id);
        if (region && region->contains({latDeg, lonDeg, 0.0}))
            return id;
    }
    return kRegionSea;
}

bool isTerritory(const std::string &region)
{
    return region == kRegionJapanTerritory || region == kRegionKoreaTerritory;
}

} // namespace cop::sim
