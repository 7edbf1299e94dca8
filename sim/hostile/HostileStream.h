#pragma once

#include "HostileState.h"

#include "cop/v1/track_service.grpc.pb.h"

#include <chrono>
#include <optional>

namespace cop::hostile {

// One Subscribe call of a hostile service: the reference service's stream (StreamOpened, a
// snapshot or a resume, sequenced events, heartbeats) with the stream modes' faults played
// into it.
class HostileStream
{
public:
    HostileStream(HostileState &state, grpc::ServerContext &context,
                  grpc::ServerWriter<cop::v1::PictureEvent> &writer);

    grpc::Status run(const cop::v1::SubscribeRequest &request);

private:
    using Clock = std::chrono::steady_clock;

    bool plays(HostileMode mode) const;
    bool ended() const;
    bool write(const cop::v1::PictureEvent &event);
    bool writeSequenced(const cop::v1::PictureEvent &event);
    bool flushHeld();
    bool open(const cop::v1::SubscribeRequest &request);
    bool writeHugeSnapshot();
    bool writeGap();
    bool writeHeartbeat();
    void waitUntilEnded();

    HostileState &m_state;
    grpc::ServerContext &m_context;
    grpc::ServerWriter<cop::v1::PictureEvent> &m_writer;
    const uint64_t m_number;
    const std::chrono::milliseconds m_heartbeatPeriod;
    uint64_t m_cursor = 0;
    std::vector<cop::v1::PictureEvent> m_pending;
    std::optional<cop::v1::PictureEvent> m_held;
    Clock::time_point m_nextReorder;
};

} // namespace cop::hostile
