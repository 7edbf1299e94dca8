#pragma once

// Post-boost states of the two missile classes the dynamics tests and benchmarks fly, with
// covariances of a good radar track.

#include "geo/GeoPoint.h"
#include "dynamics/ImpactPredictor.h"

#include <cmath>
#include <numbers>

namespace cop::testing {

// ECEF state at a height over a site, with a speed, flight-path angle and azimuth measured in
// the local east/north/up frame (Earth-fixed velocity).
inline dynamics::State stateOver(const GeoPoint &site, double speedMps, double flightPathDeg,
                                 double azimuthDeg)
{
    constexpr double deg = std::numbers::pi / 180.0;
    const Vec3 p = ecefFromGeodetic(site);
    const double lat = site.latDeg * deg;
    const double lon = site.lonDeg * deg;
    const Eigen::Vector3d east(-std::sin(lon), std::cos(lon), 0.0);
    const Eigen::Vector3d north(-std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon),
                                std::cos(lat));
    const Eigen::Vector3d up(std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon),
                             std::sin(lat));
    const double gamma = flightPathDeg * deg;
    const double azimuth = azimuthDeg * deg;
    const Eigen::Vector3d v = speedMps
                              * (std::cos(gamma) * (std::sin(azimuth) * east + std::cos(azimuth) * north)
                                 + std::sin(gamma) * up);
    dynamics::State state;
    state << p[0], p[1], p[2], v;
    return state;
}

// Isotropic position and velocity errors, same-axis correlated as a tracking filter's are.
inline Eigen::Matrix<double, 6, 6> trackCovariance(double positionSigmaM, double velocitySigmaMps,
                                                   double correlation = 0.5)
{
    Eigen::Matrix<double, 6, 6> c = Eigen::Matrix<double, 6, 6>::Zero();
    for (int i = 0; i < 3; ++i) {
        c(i, i) = positionSigmaM * positionSigmaM;
        c(i + 3, i + 3) = velocitySigmaMps * velocitySigmaMps;
        c(i, i + 3) = c(i + 3, i) = correlation * positionSigmaM * velocitySigmaMps;
    }
    return c;
}

// An SRBM from Sunan eastwards, just after burnout: about 600 km range, apogee ~150 km.
inline dynamics::TrackEstimate srbm()
{
    dynamics::TrackEstimate estimate;
    estimate.state = stateOver({39.4, 126.1, 40'000.0}, 2'300.0, 40.0, 90.0);
    estimate.covariance = trackCovariance(50.0, 1.0);
    return estimate;
}

// An IRBM from Sinpo over northern Japan into the Pacific, just after burnout.
inline dynamics::TrackEstimate irbm()
{
    dynamics::TrackEstimate estimate;
    estimate.state = stateOver({40.1, 129.0, 120'000.0}, 4'800.0, 38.0, 82.0);
    estimate.covariance = trackCovariance(150.0, 2.0);
    return estimate;
}

} // namespace cop::testing
