// The default region outlines: stand-ins for real boundary data, hand-drawn tens of km out,
// good enough to say "over Japan" or "in Japan's EEZ" for a demo and for tests.

#include "RegionSet.h"

namespace cop::dynamics {

namespace {

// Points are given as {lat, lon}, clockwise.
std::vector<GeoPoint> ring(std::initializer_list<std::pair<double, double>> latLon)
{
    std::vector<GeoPoint> points;
    points.reserve(latLon.size());
    for (const auto &[lat, lon] : latLon)
        points.push_back({lat, lon, 0.0});
    return points;
}

} // namespace

const RegionSet &RegionSet::defaults()
{
    static const RegionSet set({
        // Hokkaido, Honshu, Shikoku and Kyushu as one ring from Cape Soya.
        {"jp.territory",
         ring({{45.55, 141.9}, {44.3, 145.6},  {43.35, 145.8}, {41.9, 143.3},  {41.7, 141.0},
               {41.3, 141.5},  {39.5, 142.1},  {37.5, 141.0},  {35.7, 140.9},  {34.9, 139.8},
               {34.6, 138.8},  {34.3, 136.9},  {33.45, 135.8}, {33.8, 134.7},  {32.7, 133.0},
               {31.4, 131.5},  {31.0, 130.7},  {31.3, 130.1},  {33.2, 129.6},  {33.95, 130.4},
               {34.6, 131.0},  {35.6, 133.0},  {35.8, 135.8},  {37.4, 136.7},  {37.9, 138.5},
               {39.9, 139.8},  {40.8, 140.0},  {41.4, 140.0},  {42.3, 139.9},  {43.3, 140.4},
               {45.4, 141.6}})},
        // About 200 nmi out on the Pacific side, median lines towards Korea and Russia, the
        // Ryukyu chain to the south-west; the outlying islands far to the south are left out.
        {"jp.eez",
         ring({{46.2, 139.5}, {45.6, 145.8}, {43.5, 149.0}, {40.0, 147.5}, {36.5, 146.0},
               {33.5, 143.5}, {30.0, 140.5}, {29.5, 134.0}, {26.0, 131.5}, {23.5, 126.0},
               {24.0, 122.5}, {26.5, 123.0}, {29.5, 127.5}, {32.0, 128.5}, {33.7, 129.0},
               {35.2, 130.8}, {37.0, 132.5}, {38.5, 134.5}, {40.0, 136.0}, {41.5, 137.5},
               {43.0, 138.5}, {44.7, 139.2}})},
        // The mainland south of the Military Demarcation Line, from the Han estuary.
        {"kr.territory",
         ring({{37.75, 126.1}, {37.95, 126.7}, {38.3, 127.3},  {38.3, 128.0},  {38.6, 128.35},
               {37.0, 129.4},  {36.0, 129.5},  {35.5, 129.4},  {35.1, 129.1},  {34.8, 128.4},
               {34.5, 127.5},  {34.3, 126.5},  {34.7, 126.3},  {35.5, 126.3},  {36.0, 126.5},
               {36.8, 126.2},  {37.2, 126.6},  {37.5, 126.5}})},
    });
    return set;
}

} // namespace cop::dynamics
