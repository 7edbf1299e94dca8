#pragma once

#include "HostileService.h"
#include "HostileTraffic.h"

#include "EventLog.h"

#include <array>
#include <atomic>
#include <mutex>

namespace cop::hostile {

// The marking of a hostile service's data, in GetServiceInfo and on every honest StreamOpened.
inline constexpr const char *kHostileMarking = "UNCLASSIFIED // TEST DATA // HOSTILE";

// What the traffic thread and every stream of one hostile service share.
struct HostileState
{
    explicit HostileState(HostileOptions options);

    bool has(HostileMode mode) const;
    void count(HostileMode mode, uint64_t n = 1);
    HostileCounters counters() const;

    // The newest good track update, sequenced; empty before the first tick.
    cop::v1::PictureEvent latestGood() const;
    void setLatestGood(const cop::v1::PictureEvent &event);

    const HostileOptions options;
    const HostileTraffic traffic;
    cop::sim::EventLog log;
    std::atomic<bool> stopping = false;
    std::atomic<uint64_t> goodUpdates = 0;
    std::atomic<uint64_t> streams = 0;

private:
    std::array<std::atomic<uint64_t>, kHostileModeCount> m_bad{};
    mutable std::mutex m_mutex;
    cop::v1::PictureEvent m_latestGood;
};

} // namespace cop::hostile
