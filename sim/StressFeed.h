#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace cop::sim {

class EventLog;

// Floods an EventLog with track updates for the client's ingest benchmark: `tracks` synthetic
// tracks circling over the region, updated round-robin at `updatesPerSecond`, each update a
// full one (position, velocity, covariance, sensors) as the real services send. Every few
// seconds it prints the rate it achieved.
class StressFeed
{
public:
    StressFeed(EventLog &log, int tracks, double updatesPerSecond);
    ~StressFeed();

    void start();
    void stop();

    uint64_t appended() const { return m_appended; }

private:
    void run();

    EventLog &m_log;
    const int m_tracks;
    const double m_rate;
    std::atomic<uint64_t> m_appended = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_stopRequested;
    bool m_stopping = false;
};

} // namespace cop::sim
