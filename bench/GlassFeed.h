#pragma once

// The glass benchmark's track services: three in this process (the simulator's service over
// loopback gRPC), each reporting the same N missiles under its own track ids once a second,
// spread evenly over the second and a third of a second apart from each other. Each update's
// time of validity is the wall clock when it is sent, which is also its stamp in the ledger.

#include "EventLog.h"
#include "GlassLedger.h"
#include "ServiceHost.h"
#include "base/BackgroundPool.h"
#include "geo/GeoPoint.h"

#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cmath>
#include <memory>
#include <thread>
#include <vector>

class GlassFeed
{
public:
    static inline const QStringList kNations{QStringLiteral("US"), QStringLiteral("JP"), QStringLiteral("KR")};

    GlassFeed(int tracks, GlassLedger &ledger) : m_tracks(tracks), m_ledger(ledger)
    {
        cop::v1::ServiceInfo info;
        info.set_heartbeat_period_ms(1000);
        for (const QString &nation : kNations) {
            auto service = std::make_unique<Service>();
            service->log = std::make_unique<cop::sim::EventLog>(nation.toStdString(), size_t(tracks) * 10);
            service->host = std::make_unique<cop::sim::ServiceHost>(*service->log, info, "127.0.0.1:0");
            m_services.push_back(std::move(service));
        }
    }

    ~GlassFeed() { stop(); }

    QString address(int service) const
    {
        return QStringLiteral("127.0.0.1:%1").arg(m_services[size_t(service)]->host->port());
    }

    static QString trackId(int track) { return QStringLiteral("G%1").arg(track); }
    static int trackOf(const QString &trackId) { return QStringView(trackId).mid(1).toInt(); }

    // On a thread of its own name, so that the report tells its CPU apart from the console's
    // GUI thread.
    void start()
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("glass feed"));
        m_thread->start();
    }

    void stop()
    {
        m_stopping = true;
        if (m_thread)
            m_thread->wait();
    }

    static qint64 wallNowUs()
    {
        using namespace std::chrono;
        return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    }

private:
    struct Service
    {
        std::unique_ptr<cop::sim::EventLog> log;
        std::unique_ptr<cop::sim::ServiceHost> host;
        qint64 sent = 0;
    };

    // Missile `track` in a grid over the region, flying east at 2 km/s, 80 km up.
    cop::v1::PictureEvent update(int track, qint64 timeUs) const
    {
        const int side = int(std::ceil(std::sqrt(double(m_tracks))));
        const double t = double(timeUs - m_startUs) / 1e6;
        const double lat = 30.0 + 15.0 * (track / side) / side;
        const double lon = 122.0 + 20.0 * (track % side) / side + t * 2'000.0 / (111'320.0 * std::cos(lat * M_PI / 180.0));
        const cop::Vec3 p = cop::ecefFromGeodetic({lat, lon, 80'000.0});
        const cop::Vec3 ahead = cop::ecefFromGeodetic({lat, lon + 0.01, 80'000.0});
        const double metresPerStep = 0.01 * 111'320.0 * std::cos(lat * M_PI / 180.0);
        cop::v1::PictureEvent event;
        cop::v1::TrackUpdate *u = event.mutable_track_update();
        u->set_track_id(m_ids[size_t(track)]);
        u->set_time_utc_us(timeUs);
        u->mutable_position_ecef()->set_x(p[0]);
        u->mutable_position_ecef()->set_y(p[1]);
        u->mutable_position_ecef()->set_z(p[2]);
        u->mutable_velocity_ecef()->set_x((ahead[0] - p[0]) / metresPerStep * 2'000.0);
        u->mutable_velocity_ecef()->set_y((ahead[1] - p[1]) / metresPerStep * 2'000.0);
        u->mutable_velocity_ecef()->set_z((ahead[2] - p[2]) / metresPerStep * 2'000.0);
        for (int k = 0; k < 21; ++k)
            u->add_covariance_upper(k == 0 || k == 6 || k == 11 ? 1e4 : k == 15 || k == 18 || k == 20 ? 25.0 : 0.0);
        u->set_phase(cop::v1::TRACK_PHASE_MIDCOURSE);
        u->set_affiliation(cop::v1::AFFILIATION_HOSTILE);
        u->set_quality(0.9f);
        u->add_contributing_sensors("GLASS");
        return event;
    }

    void run()
    {
        // As the services' streams do (sim/TrackServiceImpl).
        cop::yieldToInteractiveThreads(cop::Urgency::Picture);
        for (int track = 0; track < m_tracks; ++track)
            m_ids.push_back(trackId(track).toStdString());
        m_startUs = wallNowUs();
        while (!m_stopping) {
            const double elapsedS = double(wallNowUs() - m_startUs) / 1e6;
            for (size_t s = 0; s < m_services.size(); ++s) {
                Service &service = *m_services[s];
                const auto due = qint64(std::floor((elapsedS + double(s) / 3.0) * m_tracks));
                for (; service.sent < due; ++service.sent) {
                    const int track = int(service.sent % m_tracks);
                    const qint64 stamp = wallNowUs();
                    m_ledger.sent(int(s), track, stamp);
                    service.log->append(update(track, stamp));
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    const int m_tracks;
    GlassLedger &m_ledger;
    std::vector<std::unique_ptr<Service>> m_services;
    std::vector<std::string> m_ids;
    qint64 m_startUs = 0;
    std::atomic<bool> m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
