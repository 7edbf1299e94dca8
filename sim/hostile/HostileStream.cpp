#include "HostileStream.h"

#include <algorithm>
#include <limits>
#include <thread>

namespace cop::hostile {

namespace {

using cop::v1::PictureEvent;
using namespace std::chrono_literals;

// How often a stream looks for cancellation and for the service stopping.
constexpr auto kPollInterval = 50ms;
constexpr auto kGapInterval = 250ms;
// Swapping every pair would swap the first two events of every resume too, and a client that
// resubscribes on the gap this leaves would never get anywhere.
constexpr auto kReorderInterval = 1s;
constexpr auto kFailAfter = 300ms;
constexpr auto kSilenceAfter = 1s;
constexpr size_t kSnapshotChunkItems = 200;
constexpr size_t kEventsPerRead = 500;
constexpr int kHugeSnapshotChunks = 20;
constexpr int kHugeSnapshotChunkTracks = 5000;

} // namespace

HostileStream::HostileStream(HostileState &state, grpc::ServerContext &context,
                             grpc::ServerWriter<PictureEvent> &writer)
    : m_state(state)
    , m_context(context)
    , m_writer(writer)
    , m_number(++state.streams)
    , m_heartbeatPeriod(std::max<uint32_t>(state.options.heartbeatPeriodMs, 1))
{
}

bool HostileStream::plays(HostileMode mode) const
{
    return m_state.has(mode) && (!playsOnAlternateStreams(mode) || m_number % 2 == 1);
}

bool HostileStream::ended() const
{
    return m_context.IsCancelled() || m_state.stopping;
}

bool HostileStream::write(const PictureEvent &event)
{
    return !ended() && m_writer.Write(event);
}

bool HostileStream::writeSequenced(const PictureEvent &event)
{
    if (plays(HostileMode::ReorderedSequences) && (m_held || Clock::now() >= m_nextReorder)) {
        if (!m_held) {
            m_held = event;
            m_nextReorder = Clock::now() + kReorderInterval;
            return true;
        }
        m_state.count(HostileMode::ReorderedSequences);
        return write(event) && flushHeld();
    }
    if (plays(HostileMode::DuplicateSequences)) {
        m_state.count(HostileMode::DuplicateSequences);
        return write(event) && write(event);
    }
    return write(event);
}

bool HostileStream::flushHeld()
{
    if (!m_held)
        return true;
    const PictureEvent held = std::move(*m_held);
    m_held.reset();
    return write(held);
}

bool HostileStream::open(const cop::v1::SubscribeRequest &request)
{
    cop::sim::EventLog &log = m_state.log;
    m_cursor = request.resume_after_sequence();
    std::string epoch = log.epoch();
    bool resumed = !request.epoch().empty() && request.epoch() == epoch
                   && log.eventsAfter(m_cursor, kEventsPerRead, &m_pending);
    if (plays(HostileMode::FalseResume)) {
        // Claims to continue a history the client cannot have seen, and carries on from now.
        m_state.count(HostileMode::FalseResume);
        epoch = "never-" + std::to_string(m_number) + "-" + epoch;
        resumed = true;
        m_pending.clear();
        m_cursor = log.lastSequence();
    } else if (!resumed) {
        m_pending = log.snapshot(kSnapshotChunkItems, &m_cursor);
    }

    if (plays(HostileMode::NoStreamOpened)) {
        m_state.count(HostileMode::NoStreamOpened);
    } else {
        PictureEvent opened;
        opened.set_sent_utc_us(log.now());
        opened.mutable_stream_opened()->set_epoch(epoch);
        opened.mutable_stream_opened()->set_resumed(resumed);
        uint32_t period = uint32_t(m_heartbeatPeriod.count());
        if (plays(HostileMode::HeartbeatSilence)) {
            m_state.count(HostileMode::HeartbeatSilence);
            period = std::numeric_limits<uint32_t>::max();
        }
        opened.mutable_stream_opened()->set_heartbeat_period_ms(period);
        opened.mutable_stream_opened()->set_banner_text(kHostileMarking);
        if (plays(HostileMode::BadMarking)) {
            m_state.count(HostileMode::BadMarking);
            opened.mutable_stream_opened()->set_banner_text(
                m_number % 2 ? std::string(100'000, 'S') : std::string("SECRET\x1b[2J // \a"));
        }
        if (!write(opened))
            return false;
    }
    if (resumed)
        return true;
    if (m_state.has(HostileMode::HugeSnapshot) && !writeHugeSnapshot())
        return false;
    if (plays(HostileMode::UnfinishedSnapshot)) {
        m_state.count(HostileMode::UnfinishedSnapshot);
        m_pending.back().mutable_snapshot()->set_last(false);
    }
    return true;
}

bool HostileStream::writeHugeSnapshot()
{
    // Built chunk by chunk as it goes out: 100,000 tracks take 25 MB, one chunk 1.3 MB.
    const int64_t now = m_state.log.now();
    for (int chunk = 0; chunk < kHugeSnapshotChunks; ++chunk) {
        PictureEvent event;
        event.set_sent_utc_us(now);
        event.mutable_snapshot()->set_as_of_sequence(m_cursor);
        for (int i = 0; i < kHugeSnapshotChunkTracks; ++i) {
            const int n = chunk * kHugeSnapshotChunkTracks + i;
            *event.mutable_snapshot()->add_tracks() = HostileTraffic::plausibleTrack(
                "HUGE-" + std::to_string(n + 1), 30.0 + (n % 300) * 0.05,
                120.0 + (n / 300) * 0.09, 150'000.0, now);
        }
        m_state.count(HostileMode::HugeSnapshot);
        if (!write(event))
            return false;
    }
    return true;
}

bool HostileStream::writeGap()
{
    // A copy of good data, numbered past the next sequence: applying it would be harmless, and
    // the missing sequence makes a careful client resubscribe.
    PictureEvent gap = m_state.latestGood();
    if (gap.body_case() == PictureEvent::BODY_NOT_SET)
        return true;
    gap.set_sequence(m_cursor + 2);
    m_state.count(HostileMode::GapStorm);
    return write(gap);
}

bool HostileStream::writeHeartbeat()
{
    PictureEvent heartbeat;
    heartbeat.set_sent_utc_us(m_state.log.now());
    heartbeat.mutable_heartbeat()->set_time_utc_us(heartbeat.sent_utc_us());
    heartbeat.mutable_heartbeat()->set_period_ms(uint32_t(m_heartbeatPeriod.count()));
    heartbeat.mutable_heartbeat()->set_last_sequence(m_state.log.lastSequence());
    return write(heartbeat);
}

void HostileStream::waitUntilEnded()
{
    while (!ended())
        std::this_thread::sleep_for(kPollInterval);
}

grpc::Status HostileStream::run(const cop::v1::SubscribeRequest &request)
{
    if (!open(request))
        return grpc::Status::CANCELLED;
    const auto opened = Clock::now();
    m_nextReorder = opened + kReorderInterval;
    auto nextHeartbeat = opened + m_heartbeatPeriod;
    auto nextGap = opened + kGapInterval;
    for (;;) {
        for (const PictureEvent &event : m_pending) {
            if (event.sequence() == 0) {
                if (!write(event))
                    return grpc::Status::CANCELLED;
                continue;
            }
            if (!writeSequenced(event))
                return grpc::Status::CANCELLED;
            m_cursor = event.sequence();
        }
        m_pending.clear();
        if (ended())
            return grpc::Status::CANCELLED;

        const auto now = Clock::now();
        if (plays(HostileMode::FailingStream) && now >= opened + kFailAfter) {
            m_state.count(HostileMode::FailingStream);
            return grpc::Status(grpc::StatusCode::UNAVAILABLE, "hostile: stream failed");
        }
        if (plays(HostileMode::HeartbeatSilence) && now >= opened + kSilenceAfter) {
            waitUntilEnded();
            return grpc::Status::CANCELLED;
        }
        if (plays(HostileMode::GapStorm) && now >= nextGap) {
            if (!writeGap())
                return grpc::Status::CANCELLED;
            nextGap = now + kGapInterval;
        }
        // A silent stream announced a period of 49 days; it keeps to it.
        if (now >= nextHeartbeat && !plays(HostileMode::HeartbeatSilence)) {
            if (!flushHeld() || !writeHeartbeat())
                return grpc::Status::CANCELLED;
            nextHeartbeat = now + m_heartbeatPeriod;
        }

        const auto untilHeartbeat =
            std::chrono::duration_cast<std::chrono::milliseconds>(nextHeartbeat - Clock::now());
        m_state.log.waitBeyond(m_cursor, std::clamp(untilHeartbeat, 0ms,
                                                    std::chrono::milliseconds(kPollInterval)));
        if (!m_state.log.eventsAfter(m_cursor, kEventsPerRead, &m_pending))
            return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                                "subscriber fell behind the resume buffer");
    }
}

} // namespace cop::hostile
