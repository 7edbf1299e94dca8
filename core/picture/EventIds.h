#pragma once

#include "picture/PictureEvents.h"

#include <QString>

namespace cop {

// Stable, untranslated names of the picture's enumerations, for files, scripts and other
// systems (the debrief exports, Cursor-on-Target remarks): "unknown" for a value past the known.
QString phaseId(TrackPhase phase);
QString affiliationId(Affiliation affiliation);
QString dropReasonId(DropReason reason);

} // namespace cop
