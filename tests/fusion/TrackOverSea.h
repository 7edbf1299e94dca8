#pragma once

// A single service track with a given height and climb: enough to build a missile's last
// report before its service goes silent, for the fusion and track view tests.

#include "picture/Picture.h"

#include <cmath>

namespace cop::testing {

inline constexpr qint64 kStartUtcUs = 1'800'000'000'000'000;

// One service's track at `heightM` over the Sea of Japan, moving `upMps` upwards and 1.5 km/s
// east.
inline cop::Track trackOverSea(const QString &service, const QString &id, qint64 timeUtcUs,
                               double heightM, double upMps, cop::TrackPhase phase)
{
    Track track;
    track.service = service;
    track.receivedUtcUs = timeUtcUs;
    cop::TrackUpdate &u = track.state;
    u.trackId = id;
    u.timeUtcUs = timeUtcUs;
    u.phase = phase;
    const cop::GeoPoint here{39.0, 134.0, heightM};
    u.position = here;
    u.positionEcef = cop::ecefFromGeodetic(here);
    const cop::Vec3 up = cop::ecefFromGeodetic({39.0, 134.0, heightM + 1.0});
    const cop::Vec3 east = cop::ecefFromGeodetic({39.0, 134.001, heightM});
    const double eastNorm = std::hypot(east[0] - u.positionEcef[0], east[1] - u.positionEcef[1],
                                       east[2] - u.positionEcef[2]);
    for (int i = 0; i < 3; ++i) {
        u.velocityEcef[i] = upMps * (up[i] - u.positionEcef[i])
                            + 1'500.0 * (east[i] - u.positionEcef[i]) / eastNorm;
    }
    std::array<double, 21> covariance{};
    for (int row = 0, k = 0; row < 6; ++row) {
        for (int col = row; col < 6; ++col, ++k)
            covariance[k] = row != col ? 0.0 : row < 3 ? 300.0 * 300.0 : 20.0 * 20.0;
    }
    u.covarianceUpper = covariance;
    return track;
}

} // namespace cop::testing
