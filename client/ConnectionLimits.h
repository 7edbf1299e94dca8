#pragma once

#include <QtGlobal>

#include <chrono>

namespace cop {

// What one service may cost the console, and how long the console waits on it. The defaults are
// for a watch floor; tests shorten the times.
struct ConnectionLimits
{
    // Tracks one service may have in the picture, and predictions, launches and alerts each: the
    // three real services report hundreds at most, a synthetic stress test tens of thousands;
    // past this the service is misbehaving.
    int tracksPerService = 20'000;
    // Decoded messages waiting for the GUI thread, in count and in wire bytes. Reading stops at
    // either, so gRPC's flow control slows the service down instead of the console's memory
    // growing. 32,768 items hold about 130 ms of a 250,000 updates/s flood: several batch
    // intervals, so back-pressure only starts when the GUI thread really falls behind.
    qsizetype inboxItems = 32'768;
    qsizetype inboxBytes = 64 * 1024 * 1024;
    // A call that does not send stream_opened within this is abandoned and retried.
    std::chrono::milliseconds openDeadline{10'000};
    // The longest heartbeat period believed: a service announcing more (up to 2^32 - 1 ms) must
    // not keep a silent feed Live for weeks. Stale comes after two periods.
    std::chrono::milliseconds maxHeartbeatPeriod{10'000};
    // How long a stream must stay live without a protocol fault before the reconnection delay
    // starts again from its minimum.
    std::chrono::milliseconds healthyAfter{30'000};
    // The window over which refusals are counted (FeedStatus::refusedLastMinute).
    std::chrono::milliseconds refusalWindow{60'000};
};

} // namespace cop
