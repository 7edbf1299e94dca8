#pragma once

// The colours the MIL-STD-2525D symbols show on the map: the standard's light fills (milsymbol's
// "Light" colour mode), its hostile control-measure red, and the light frames and letters drawn
// for the dark map (tests/interop/make-symbols.mjs). Pixel tests look for them.

#include <QColor>

namespace symbolColors {

inline const QColor kHostileFill{255, 128, 128};
inline const QColor kUnknownFill{255, 255, 128};
inline const QColor kFriendFill{128, 224, 255};
inline const QColor kHostileRed{255, 0, 0};
inline const QColor kLight{230, 237, 243};

} // namespace symbolColors
