#pragma once

#include <QString>

namespace cop {

// The one wording of a region id in the operator's language, for the map label, the alert row
// and the exports alike: "Japan's EEZ (approx.)". An id it has no name for is shown as it is.
QString regionName(const QString &regionId);
// What the map label and the alert row say while a prediction may name no region
// (impactAreaMeaningful, docs/alerts.md).
QString impactAreaNotYetPredictable();
// What they say of an object whose prediction is a ground track into orbit.
QString noImpactBoundForOrbit();

} // namespace cop
