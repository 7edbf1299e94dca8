#pragma once

// Missiles in midcourse seen by several track services, each with its own track ids, update
// period, latency and accuracy, and errors that wander slowly (a tracker's error is correlated
// from one update to the next) but match the covariance it reports. For the fusion tests and
// cop-bench-fusion.

#include "picture/Picture.h"

#include <QHash>

#include <cmath>
#include <random>
#include <vector>

namespace cop::testing {

struct ServiceModel
{
    QString name;
    int periodS = 1;
    double latencyS = 0.0;
    double positionSigmaM = 200.0;
    double velocitySigmaMps = 15.0;
};

inline std::vector<ServiceModel> threeNations()
{
    return {{QStringLiteral("US"), 1, 1.0, 150.0, 10.0},
            {QStringLiteral("JP"), 2, 2.5, 250.0, 20.0},
            {QStringLiteral("KR"), 1, 1.5, 200.0, 15.0}};
}

class SyntheticSalvo
{
public:
    static constexpr qint64 kStartUtcUs = 1'800'000'000'000'000;

    // `missiles` in a grid `separationM` apart (a salvo: a few km; a busy picture: tens), all
    // heading roughly east from the Korean peninsula at 50 km altitude.
    SyntheticSalvo(int missiles, double separationM, std::vector<ServiceModel> services,
                   quint64 seed = 1)
        : m_services(std::move(services))
        , m_random(seed)
    {
        const int side = int(std::ceil(std::sqrt(double(missiles))));
        const Vec3 base = ecefFromGeodetic({39.2, 126.0, 50'000.0});
        const Vec3 east = ecefFromGeodetic({39.2, 126.1, 50'000.0});
        const Vec3 north = ecefFromGeodetic({39.3, 126.0, 50'000.0});
        std::array<double, 3> e, n, up;
        const double baseNorm = std::sqrt(base[0] * base[0] + base[1] * base[1] + base[2] * base[2]);
        for (int i = 0; i < 3; ++i) {
            e[i] = east[i] - base[i];
            n[i] = north[i] - base[i];
            up[i] = base[i] / baseNorm;
        }
        normalise(e);
        normalise(n);
        std::uniform_real_distribution<double> heading(-0.05, 0.05);
        for (int m = 0; m < missiles; ++m) {
            Missile missile;
            const double de = (m % side) * separationM;
            const double dn = (m / side) * separationM;
            const double turn = heading(m_random);
            for (int i = 0; i < 3; ++i) {
                missile.p0[i] = base[i] + de * e[i] + dn * n[i];
                missile.v0[i] = 2'000.0 * (std::cos(turn) * e[i] + std::sin(turn) * n[i]) + 800.0 * up[i];
                missile.g[i] = -9.6 * up[i];
            }
            m_missiles.push_back(missile);
        }
        m_errors.resize(m_services.size() * missiles);
    }

    int missiles() const { return int(m_missiles.size()); }
    const std::vector<ServiceModel> &services() const { return m_services; }

    // The service's track id of a missile; a new epoch after a reconnect renumbers everything.
    static QString trackId(const ServiceModel &service, int missile, int epoch = 0)
    {
        return QStringLiteral("%1-%2-%3").arg(service.name).arg(epoch).arg(missile * 7 + 3);
    }
    static int missileOf(const QString &trackId) { return (trackId.section(u'-', 2).toInt() - 3) / 7; }

    // The service's report of a missile at `timeS` after the start, if its period is due.
    bool due(const ServiceModel &service, int timeS) const { return timeS % service.periodS == 0; }

    Track report(size_t serviceIndex, int missile, double timeS, int epoch = 0)
    {
        const ServiceModel &service = m_services[serviceIndex];
        const double t = timeS - service.latencyS;
        const Missile &truth = m_missiles[missile];
        // AR(1) errors: 0.8 correlation between updates, stationary sigma as reported.
        constexpr double kCorrelation = 0.8;
        const double innovation = std::sqrt(1.0 - kCorrelation * kCorrelation);
        std::array<double, 6> &error = m_errors[serviceIndex * m_missiles.size() + missile];
        for (int i = 0; i < 6; ++i) {
            const double sigma = i < 3 ? service.positionSigmaM : service.velocitySigmaMps;
            error[i] = kCorrelation * error[i] + innovation * sigma * m_normal(m_random);
        }
        Track track;
        track.service = service.name;
        TrackUpdate &u = track.state;
        u.trackId = trackId(service, missile, epoch);
        u.timeUtcUs = kStartUtcUs + qint64(t * 1e6);
        track.receivedUtcUs = kStartUtcUs + qint64(timeS * 1e6);
        for (int i = 0; i < 3; ++i) {
            u.positionEcef[i] = truth.p0[i] + truth.v0[i] * t + 0.5 * truth.g[i] * t * t + error[i];
            u.velocityEcef[i] = truth.v0[i] + truth.g[i] * t + error[i + 3];
        }
        u.position = geodeticFromEcef(u.positionEcef);
        u.phase = TrackPhase::Midcourse;
        std::array<double, 21> covariance{};
        int k = 0;
        for (int row = 0; row < 6; ++row) {
            for (int col = row; col < 6; ++col, ++k) {
                if (row == col) {
                    const double sigma = row < 3 ? service.positionSigmaM : service.velocitySigmaMps;
                    covariance[k] = sigma * sigma;
                }
            }
        }
        u.covarianceUpper = covariance;
        return track;
    }

private:
    struct Missile
    {
        Vec3 p0, v0, g;
    };
    static void normalise(std::array<double, 3> &v)
    {
        const double norm = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for (double &x : v)
            x /= norm;
    }

    std::vector<ServiceModel> m_services;
    std::vector<Missile> m_missiles;
    std::vector<std::array<double, 6>> m_errors;
    std::mt19937_64 m_random;
    std::normal_distribution<double> m_normal;
};

} // namespace cop::testing
