#pragma once

#include <string>

namespace cop::sim {

// Neutral region ids the console localises (glossary.md: store ids, not names).
inline constexpr const char *kRegionJapanTerritory = "jp.territory";
inline constexpr const char *kRegionJapanEez = "jp.eez";
inline constexpr const char *kRegionSea = "sea";

// Where a point falls: inside a rough outline of Japan's main islands, within about 200 nmi
// (370 km) of it, or elsewhere. A stand-in for real boundary data, good enough for a demo.
std::string regionAt(double latDeg, double lonDeg);

} // namespace cop::sim
