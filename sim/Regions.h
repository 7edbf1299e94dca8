#pragma once

#include <string>

namespace cop::sim {

// Neutral region ids the console localises (glossary.md: store ids, not names).
inline constexpr const char *kRegionJapanTerritory = "jp.territory";
inline constexpr const char *kRegionKoreaTerritory = "kr.territory";
inline constexpr const char *kRegionJapanEez = "jp.eez";
inline constexpr const char *kRegionSea = "sea";

// Where a point falls: in Japan's or the Republic of Korea's territory, in Japan's EEZ, or
// elsewhere, by the outlines the console checks predictions against (core/dynamics), so both
// agree.
std::string regionAt(double latDeg, double lonDeg);

bool isTerritory(const std::string &region);

} // namespace cop::sim
