#pragma once

#include "picture/PictureEvents.h"

#include <QString>
#include <QStringList>

namespace cop {

// What a MIL-STD-2525 symbol on the console's picture stands for.
enum class SymbolEntity : quint8 {
    BallisticMissile,     // a track
    LaunchPoint,          // where a missile was launched from
    PredictedImpactPoint, // where a flying missile is predicted to come down
    ImpactPoint,          // where a missile came down
    SpaceLaunchVehicle,   // a track: a satellite launch vehicle with what it still carries
    SpacePiece,           // a track: a spent stage, a fairing or debris of a space launch
    Satellite,            // a track: what a space launch put into orbit
};

// How the map draws a track: a missile unless its service says it is a space launch or a piece
// of one (launchKind from the track's launch, Unknown without one).
SymbolEntity trackSymbolEntity(ObjectKind objectKind, LaunchKind launchKind);
// The same by the track's launch, which may be nullptr (none reported).
inline SymbolEntity trackSymbolEntity(ObjectKind objectKind, const Launch *launch)
{
    return trackSymbolEntity(objectKind, launch ? launch->kind : LaunchKind::Unknown);
}

// The MIL-STD-2525D symbol identification code (SIDC, 20 digits) of `entity` for an object the
// nations call `affiliation`, in an exercise or for real. A missile's symbol set depends on where
// it flies: `heightM` (above the ellipsoid) is read for BallisticMissile only.
QString symbolCode(SymbolEntity entity, Affiliation affiliation, bool exercise, double heightM = 0.0);

// Every code symbolCode() gives, once each: the symbols the map draws and the legend shows
// (resources/symbols holds one image of each).
QStringList symbolCodes();

} // namespace cop
