#include "TrackServiceImpl.h"

#include "AcknowledgementRules.h"
#include "AlertJournal.h"
#include "AuditLog.h"
#include "CallerIdentity.h"
#include "EventLog.h"
#include "base/BackgroundPool.h"

#include <algorithm>

namespace cop::sim {

namespace {

// How often a stream looks for cancellation while nothing else wakes it.
constexpr std::chrono::milliseconds kPollInterval{100};
constexpr std::chrono::milliseconds kDefaultHeartbeat{1000};
constexpr size_t kSnapshotChunkItems = 200;
constexpr size_t kEventsPerRead = 500;

} // namespace

TrackServiceImpl::TrackServiceImpl(EventLog &log, cop::v1::ServiceInfo info, AuditLog *audit)
    : m_log(log)
    , m_info(std::move(info))
    , m_audit(audit)
{
}

void TrackServiceImpl::stopStreams()
{
    m_stopping = true;
}

std::chrono::milliseconds TrackServiceImpl::heartbeatPeriod() const
{
    return m_info.heartbeat_period_ms() > 0
               ? std::chrono::milliseconds(m_info.heartbeat_period_ms())
               : kDefaultHeartbeat;
}

grpc::Status TrackServiceImpl::Subscribe(grpc::ServerContext *context,
                                         const cop::v1::SubscribeRequest *request,
                                         grpc::ServerWriter<cop::v1::PictureEvent> *writer)
{
    // On the watch floor a service streams from another nation's machine and takes none of the
    // console's cores. Where it runs beside a console (the demo, the benchmarks) its streams give
    // way to the operator exactly as the console's own picture work does: neither ahead of that
    // work nor starved by it.
    yieldToInteractiveThreads(Urgency::Picture);
    using Clock = std::chrono::steady_clock;
    const auto period = heartbeatPeriod();

    // Decide between resuming and a snapshot before writing anything, so StreamOpened can say
    // which one follows.
    std::vector<cop::v1::PictureEvent> pending;
    uint64_t cursor = request->resume_after_sequence();
    const bool resumed = !request->epoch().empty() && request->epoch() == m_log.epoch()
                         && m_log.eventsAfter(cursor, kEventsPerRead, &pending);
    if (!resumed)
        pending = m_log.snapshot(kSnapshotChunkItems, &cursor);

    cop::v1::PictureEvent opened;
    opened.set_sent_utc_us(m_log.now());
    opened.mutable_stream_opened()->set_epoch(m_log.epoch());
    opened.mutable_stream_opened()->set_resumed(resumed);
    opened.mutable_stream_opened()->set_heartbeat_period_ms(static_cast<uint32_t>(period.count()));
    opened.mutable_stream_opened()->set_banner_text(m_info.banner_text());
    if (!writer->Write(opened))
        return grpc::Status::CANCELLED;

    auto nextHeartbeat = Clock::now() + period;
    for (;;) {
        // The events read together go out together: each on the wire of its own cost a frame,
        // a flush and a wake-up of the reader's on both ends, and at 10,000 tracks a second
        // that took more CPU than making the events.
        for (size_t i = 0; i < pending.size(); ++i) {
            const cop::v1::PictureEvent &event = pending[i];
            grpc::WriteOptions options;
            if (i + 1 < pending.size())
                options.set_buffer_hint();
            if (!writer->Write(event, options))
                return grpc::Status::CANCELLED;
            if (event.sequence() > 0)
                cursor = event.sequence();
        }
        pending.clear();

        if (context->IsCancelled())
            return grpc::Status::CANCELLED;
        if (m_stopping || m_log.isShutdown())
            return grpc::Status(grpc::StatusCode::UNAVAILABLE, "service stopping");

        const auto now = Clock::now();
        if (now >= nextHeartbeat) {
            cop::v1::PictureEvent heartbeat;
            heartbeat.set_sent_utc_us(m_log.now());
            heartbeat.mutable_heartbeat()->set_time_utc_us(heartbeat.sent_utc_us());
            heartbeat.mutable_heartbeat()->set_period_ms(static_cast<uint32_t>(period.count()));
            heartbeat.mutable_heartbeat()->set_last_sequence(m_log.lastSequence());
            if (!writer->Write(heartbeat))
                return grpc::Status::CANCELLED;
            nextHeartbeat = now + period;
        }

        const auto untilHeartbeat =
            std::chrono::duration_cast<std::chrono::milliseconds>(nextHeartbeat - Clock::now());
        m_log.waitBeyond(cursor, std::clamp(untilHeartbeat, std::chrono::milliseconds(0),
                                            kPollInterval));
        if (!m_log.eventsAfter(cursor, kEventsPerRead, &pending)) {
            // This subscriber fell further behind than the ring reaches; a new subscription
            // gets a snapshot.
            return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                                "subscriber fell behind the resume buffer");
        }
    }
}

grpc::Status TrackServiceImpl::AcknowledgeAlert(grpc::ServerContext *context,
                                                const cop::v1::AcknowledgeAlertRequest *request,
                                                cop::v1::AcknowledgeAlertReply *reply)
{
    return acknowledge(m_log, *context, *request, reply, m_audit);
}

namespace {

grpc::Status decide(EventLog &log, grpc::ServerContext &context, const CallerIdentity &caller,
                    const cop::v1::AcknowledgeAlertRequest &request,
                    cop::v1::AcknowledgeAlertReply *reply)
{
    if (!caller.mayAcknowledge) {
        return grpc::Status(grpc::StatusCode::PERMISSION_DENIED,
                            "console " + caller.consoleId + " (" + caller.subject
                                + ") may not acknowledge: its certificate's role is not operator");
    }
    if (const auto problem = AcknowledgementRules::problem(request))
        return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, *problem);
    // A caller that has given up would be told nothing, so it must not find its
    // acknowledgement applied either (it will retry, or an operator will).
    if (context.IsCancelled())
        return grpc::Status::CANCELLED;
    std::optional<cop::v1::AlertUpdate> alert;
    try {
        alert = log.acknowledge(request.alert_id(), request.operator_name(), request.console_id(),
                                log.now(), caller.verified ? caller.consoleId : std::string());
    } catch (const AlertJournalError &error) {
        // Not applied: the console keeps it queued and retries.
        return grpc::Status(grpc::StatusCode::UNAVAILABLE, error.what());
    }
    if (!alert)
        return grpc::Status(grpc::StatusCode::NOT_FOUND, "no alert " + request.alert_id());
    *reply->mutable_alert() = *alert;
    return grpc::Status::OK;
}

const char *codeName(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::OK: return "OK";
    case grpc::StatusCode::PERMISSION_DENIED: return "PERMISSION_DENIED";
    case grpc::StatusCode::INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case grpc::StatusCode::NOT_FOUND: return "NOT_FOUND";
    case grpc::StatusCode::CANCELLED: return "CANCELLED";
    case grpc::StatusCode::UNAVAILABLE: return "UNAVAILABLE";
    default: return "ERROR";
    }
}

} // namespace

grpc::Status TrackServiceImpl::acknowledge(EventLog &log, grpc::ServerContext &context,
                                           const cop::v1::AcknowledgeAlertRequest &request,
                                           cop::v1::AcknowledgeAlertReply *reply, AuditLog *audit)
{
    const CallerIdentity caller = callerIdentity(context);
    const grpc::Status status = decide(log, context, caller, request, reply);
    if (!audit)
        return status;
    try {
        audit->append({log.now(), request.alert_id(), request.operator_name(), request.console_id(),
                       codeName(status.error_code()), status.error_message()},
                      caller);
    } catch (const AuditLogError &error) {
        // Applied but not audited: the console is told it failed, and its retry (a no-op for
        // the alert) is audited once the log can be written again.
        return grpc::Status(grpc::StatusCode::UNAVAILABLE, error.what());
    }
    return status;
}

grpc::Status TrackServiceImpl::GetServiceInfo(grpc::ServerContext *,
                                              const cop::v1::ServiceInfoRequest *,
                                              cop::v1::ServiceInfo *reply)
{
    *reply = m_info;
    reply->set_clock_utc_us(m_log.now());
    reply->set_epoch(m_log.epoch());
    reply->set_heartbeat_period_ms(static_cast<uint32_t>(heartbeatPeriod().count()));
    return grpc::Status::OK;
}

} // namespace cop::sim
