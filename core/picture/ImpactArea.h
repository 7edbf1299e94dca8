#pragma once

#include "picture/PictureEvents.h"
#include "regions/Region.h"

#include <QString>

namespace cop {

namespace regions {
class RegionMap;
}

// Where the console says a prediction's missile comes down, in the one region model. The alert
// row, the map's impact label and the exports all classify the prediction a missile shows
// through this one function, so that they cannot disagree (docs/alerts.md).
struct ImpactArea
{
    bool meaningful = false;      // impactAreaMeaningful: otherwise it names no region
    bool orbital = false;         // bound for orbit: there is no impact at all
    regions::Region impactRegion; // under the impact point
    regions::RegionMask touched;  // the impact point's and every region the 95 % ellipse covers
};

ImpactArea impactAreaOf(const regions::RegionMap &map, const Prediction &prediction);

// In the operator's language: the watched regions the 95 % ellipse reaches, most serious first
// (a nation's territory, else its EEZ; waters where the boundary is not agreed), or where none
// is reached, the impact point's region; "Impact area not yet predictable" while not meaningful;
// "No impact: bound for orbit" for an orbital prediction.
QString impactAreaText(const ImpactArea &area);

} // namespace cop
