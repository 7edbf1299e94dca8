#pragma once

#include "picture/PictureEvents.h"

#include <QString>

namespace cop {

// What a tracked object is, in the operator's language, for the map label, the track table and
// the track's details alike: "Space launch (PRK)", "Stage 2", "Fairing". `launch` is the track's
// launch, or nullptr. Empty when its service does not say, as for every missile of a service
// from before space launches.
QString trackedObjectName(const TrackUpdate &track, const Launch *launch);

} // namespace cop
