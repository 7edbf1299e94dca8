#pragma once

#include "picture/PictureEvents.h"

#include <vector>

namespace cop {

// A track whose flight ended at the surface: how its predicted impact moved against where it
// actually came down (its last reported position before the service dropped it as impacted).
struct ImpactDebrief
{
    QString service;
    QString trackId;
    std::vector<Prediction> predictions; // in the order received
    GeoPoint actualImpact;
    qint64 impactUtcUs = 0;
};

} // namespace cop
