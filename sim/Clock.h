#pragma once

#include <chrono>
#include <cstdint>

namespace cop::sim {

// The service clock: UTC microseconds since the Unix epoch, as every _utc_us field carries it.
inline int64_t nowUtcUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace cop::sim
