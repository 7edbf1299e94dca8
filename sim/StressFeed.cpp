#include "StressFeed.h"

#include "EventLog.h"
#include "geo/GeoPoint.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>
#include <vector>

namespace cop::sim {

namespace {

constexpr int kBatch = 1000;
constexpr std::chrono::seconds kReportEvery{5};

} // namespace

StressFeed::StressFeed(EventLog &log, int tracks, double updatesPerSecond)
    : m_log(log), m_tracks(tracks), m_rate(updatesPerSecond)
{}

StressFeed::~StressFeed()
{
    stop();
}

void StressFeed::start()
{
    m_thread = std::thread([this] { run(); });
}

void StressFeed::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_stopRequested.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StressFeed::run()
{
    using Clock = std::chrono::steady_clock;
    std::vector<std::string> ids;
    for (int i = 0; i < m_tracks; ++i)
        ids.push_back("STRESS-" + std::to_string(i + 1));
    const auto start = Clock::now();
    auto reportAt = start + kReportEvery;
    uint64_t reported = 0;
    uint64_t count = 0;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        for (int i = 0; i < kBatch; ++i, ++count) {
            const int track = static_cast<int>(count % m_tracks);
            const double angle = 1e-4 * static_cast<double>(count / m_tracks) + track;
            const Vec3 p = ecefFromGeodetic({38.0 + 3.0 * std::sin(angle),
                                             132.0 + 4.0 * std::cos(angle), 150000.0});
            cop::v1::PictureEvent event;
            cop::v1::TrackUpdate *update = event.mutable_track_update();
            update->set_track_id(ids[track]);
            update->set_time_utc_us(m_log.now());
            update->mutable_position_ecef()->set_x(p[0]);
            update->mutable_position_ecef()->set_y(p[1]);
            update->mutable_position_ecef()->set_z(p[2]);
            update->mutable_velocity_ecef()->set_x(1500.0 * std::cos(angle));
            update->mutable_velocity_ecef()->set_y(1500.0 * std::sin(angle));
            update->mutable_velocity_ecef()->set_z(-200.0);
            for (int k = 0; k < 21; ++k)
                update->add_covariance_upper(k == 0 || k == 6 || k == 11 ? 1e4
                                             : k == 15 || k == 18 || k == 20 ? 25.0
                                                                             : 0.0);
            update->set_phase(cop::v1::TRACK_PHASE_MIDCOURSE);
            update->set_affiliation(cop::v1::AFFILIATION_HOSTILE);
            update->set_quality(0.9f);
            update->add_contributing_sensors("STRESS");
            update->set_exercise(true);
            m_log.append(std::move(event));
        }
        m_appended = count;
        const auto now = Clock::now();
        if (now >= reportAt) {
            const double seconds = std::chrono::duration<double>(kReportEvery).count();
            std::printf("cop-sim: stress: %.0f track updates/s\n", double(count - reported) / seconds);
            std::fflush(stdout);
            reported = count;
            reportAt += kReportEvery;
        }
        // Hold the requested rate: the log's resume ring is finite, and a console that reads
        // slower than this falls off it.
        const auto due = start + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(double(count) / m_rate));
        lock.lock();
        m_stopRequested.wait_until(lock, due, [this] { return m_stopping; });
    }
}

} // namespace cop::sim
