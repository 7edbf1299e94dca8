#include "Regions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace cop::sim {

namespace {

struct LonLat
{
    double lon;
    double lat;
};

// Hokkaido, Honshu, Shikoku and Kyushu as one ring, clockwise from Cape Soya; tens of km out.
constexpr std::array<LonLat, 31> kJapanOutline{{
    {141.9, 45.55}, {145.6, 44.3},  {145.8, 43.35}, {143.3, 41.9},  {141.0, 41.7},
    {141.5, 41.3},  {142.1, 39.5},  {141.0, 37.5},  {140.9, 35.7},  {139.8, 34.9},
    {138.8, 34.6},  {136.9, 34.3},  {135.8, 33.45}, {134.7, 33.8},  {133.0, 32.7},
    {131.5, 31.4},  {130.7, 31.0},  {130.1, 31.3},  {129.6, 33.2},  {130.4, 33.95},
    {131.0, 34.6},  {133.0, 35.6},  {135.8, 35.8},  {136.7, 37.4},  {138.5, 37.9},
    {139.8, 39.9},  {140.0, 40.8},  {140.0, 41.4},  {139.9, 42.3},  {140.4, 43.3},
    {141.6, 45.4},
}};

constexpr double kEezM = 370000.0;
constexpr double kEarthRadiusM = 6371000.0;

bool insideOutline(double lat, double lon)
{
    bool inside = false;
    for (size_t i = 0, j = kJapanOutline.size() - 1; i < kJapanOutline.size(); j = i++) {
        const LonLat &a = kJapanOutline[i];
        const LonLat &b = kJapanOutline[j];
        if ((a.lat > lat) != (b.lat > lat)
            && lon < (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

// Distance to the outline in a local equirectangular projection: a few per cent off at these
// distances, which the outline itself is anyway.
double distanceToOutlineM(double lat, double lon)
{
    const double metresPerDeg = kEarthRadiusM * std::numbers::pi / 180.0;
    const double cosLat = std::cos(lat * std::numbers::pi / 180.0);
    const auto project = [&](const LonLat &p) {
        return std::array{(p.lon - lon) * cosLat * metresPerDeg, (p.lat - lat) * metresPerDeg};
    };
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0, j = kJapanOutline.size() - 1; i < kJapanOutline.size(); j = i++) {
        const auto a = project(kJapanOutline[j]);
        const auto b = project(kJapanOutline[i]);
        const double dx = b[0] - a[0];
        const double dy = b[1] - a[1];
        const double along = std::clamp(-(a[0] * dx + a[1] * dy) / (dx * dx + dy * dy), 0.0, 1.0);
        best = std::min(best, std::hypot(a[0] + along * dx, a[1] + along * dy));
    }
    return best;
}

} // namespace

std::string regionAt(double latDeg, double lonDeg)
{
    if (insideOutline(latDeg, lonDeg))
        return kRegionJapanTerritory;
    if (distanceToOutlineM(latDeg, lonDeg) <= kEezM)
        return kRegionJapanEez;
    return kRegionSea;
}

} // namespace cop::sim
