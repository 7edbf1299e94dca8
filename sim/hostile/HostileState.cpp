#include "HostileState.h"

#include <algorithm>
#include <chrono>

namespace cop::hostile {

namespace {

// Huge messages at every tick would otherwise fill memory with resume history: 64 MB holds
// about a minute of the worst mix, and a client further behind gets a snapshot.
constexpr size_t kResumeBytes = size_t(64) << 20;
constexpr size_t kResumeEvents = 100'000;

std::string newEpoch(uint64_t seed)
{
    // Unique per start, so a console that outlives a restarted service is not offered a
    // resume of a history that is gone.
    const auto started = std::chrono::system_clock::now().time_since_epoch();
    return "hostile-" + std::to_string(seed) + "-"
           + std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(started).count());
}

} // namespace

uint64_t HostileCounters::badOf(HostileMode mode) const
{
    const auto it = bad.find(mode);
    return it == bad.end() ? 0 : it->second;
}

HostileState::HostileState(HostileOptions options_)
    : options(std::move(options_))
    , traffic(options.nation, options.goodTracks, options.seed)
    , log(newEpoch(options.seed), kResumeEvents, kResumeBytes)
{
}

bool HostileState::has(HostileMode mode) const
{
    return std::find(options.modes.begin(), options.modes.end(), mode) != options.modes.end();
}

void HostileState::count(HostileMode mode, uint64_t n)
{
    m_bad[size_t(mode)] += n;
}

HostileCounters HostileState::counters() const
{
    HostileCounters counters;
    counters.goodUpdates = goodUpdates;
    counters.streams = streams;
    for (HostileMode mode : options.modes)
        counters.bad[mode] = m_bad[size_t(mode)];
    return counters;
}

cop::v1::PictureEvent HostileState::latestGood() const
{
    std::lock_guard lock(m_mutex);
    return m_latestGood;
}

void HostileState::setLatestGood(const cop::v1::PictureEvent &event)
{
    std::lock_guard lock(m_mutex);
    m_latestGood = event;
}

} // namespace cop::hostile
