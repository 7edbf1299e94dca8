#pragma once

#include "HostileMode.h"

#include "cop/v1/picture.pb.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cop::hostile {

struct HostileOptions
{
    std::vector<HostileMode> modes;
    cop::v1::Nation nation = cop::v1::NATION_JP;
    std::string listen = "127.0.0.1:0";  // host:port; port 0 picks a free one
    int goodTracks = 3;
    // Ticks a second: each tick updates every good track once and sends every content mode's
    // bad messages once.
    double rateHz = 1.0;
    uint64_t seed = 1;
    uint32_t heartbeatPeriodMs = 1000;
    // Flood updates a second; 0 is as fast as the service can append them.
    uint64_t floodPerSecond = 0;
};

// What the service has sent so far. Content modes count bad messages appended to the stream
// (each reaches every subscriber); stream modes count faults played on a stream.
struct HostileCounters
{
    uint64_t goodUpdates = 0;
    uint64_t streams = 0;  // Subscribe calls
    std::map<HostileMode, uint64_t> bad;

    uint64_t badOf(HostileMode mode) const;
};

// A track service that mixes bad messages and stream faults into plausible traffic, for tests
// and benches of a console's defences. In process, on its own gRPC server; sequenced events
// come from an EventLog, so epochs, resumes and snapshots are right for its good traffic.
// Starts at once; stops within a few hundred milliseconds on stop() or destruction, whatever
// its clients do.
//
//     HostileService service({.modes = {HostileMode::MillisecondTimestamps,
//                                       HostileMode::GapStorm},
//                             .heartbeatPeriodMs = 200});
//     connectTo(service.address());  // "127.0.0.1:PORT"
//     ...
//     QVERIFY(service.counters().badOf(HostileMode::MillisecondTimestamps) > 0);
class HostileService
{
public:
    // Throws std::runtime_error when the address cannot be bound.
    explicit HostileService(HostileOptions options);
    ~HostileService();

    HostileService(const HostileService &) = delete;
    HostileService &operator=(const HostileService &) = delete;

    int port() const { return m_port; }
    std::string address() const;  // 127.0.0.1:port
    std::string epoch() const;
    std::vector<std::string> goodTrackIds() const;
    HostileCounters counters() const;

    // Ends every stream and the traffic. Idempotent.
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
    int m_port = 0;
};

} // namespace cop::hostile
