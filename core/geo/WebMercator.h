#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cop::mercator {

// Spherical Web Mercator as used by XYZ tile maps: 256 px tiles, a world 256 * 2^zoom px wide,
// x growing east from 180W, y growing south from 85.0511N.
inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatDeg = 85.05112877980659;

inline double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

// Normalised world coordinates in [0, 1).
inline double xFromLon(double lonDeg)
{
    return (lonDeg + 180.0) / 360.0;
}

inline double yFromLat(double latDeg)
{
    const double lat = std::clamp(latDeg, -kMaxLatDeg, kMaxLatDeg) * std::numbers::pi / 180.0;
    return (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0;
}

inline double lonFromX(double x)
{
    return x * 360.0 - 180.0;
}

inline double latFromY(double y)
{
    return std::atan(std::sinh(std::numbers::pi * (1.0 - 2.0 * y))) * 180.0 / std::numbers::pi;
}

} // namespace cop::mercator
