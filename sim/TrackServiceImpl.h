#pragma once

#include "cop/v1/track_service.grpc.pb.h"

#include <atomic>
#include <chrono>

namespace cop::sim {

class AuditLog;
class EventLog;

// The track service over an EventLog: every subscriber reads the same sequenced history, and
// acknowledgements go into that history so every subscriber sees them. One handler thread per
// stream (synchronous API); streams poll for cancellation, so they end promptly.
class TrackServiceImpl final : public cop::v1::TrackService::Service
{
public:
    // `audit` (may be null) records every acknowledgement answered.
    TrackServiceImpl(EventLog &log, cop::v1::ServiceInfo info, AuditLog *audit = nullptr);

    // Ends every open stream within one poll interval, without touching the log.
    void stopStreams();

    grpc::Status Subscribe(grpc::ServerContext *context, const cop::v1::SubscribeRequest *request,
                           grpc::ServerWriter<cop::v1::PictureEvent> *writer) override;
    grpc::Status AcknowledgeAlert(grpc::ServerContext *context,
                                  const cop::v1::AcknowledgeAlertRequest *request,
                                  cop::v1::AcknowledgeAlertReply *reply) override;
    grpc::Status GetServiceInfo(grpc::ServerContext *context,
                                const cop::v1::ServiceInfoRequest *request,
                                cop::v1::ServiceInfo *reply) override;

    // AcknowledgeAlert on any service over an EventLog: checked by AcknowledgementRules and
    // against the role in the caller's certificate, applied only when the whole call can
    // succeed, and recorded in `audit` (when given) with the certificate it came with.
    static grpc::Status acknowledge(EventLog &log, grpc::ServerContext &context,
                                    const cop::v1::AcknowledgeAlertRequest &request,
                                    cop::v1::AcknowledgeAlertReply *reply,
                                    AuditLog *audit = nullptr);

private:
    std::chrono::milliseconds heartbeatPeriod() const;

    EventLog &m_log;
    const cop::v1::ServiceInfo m_info;
    AuditLog *const m_audit;
    std::atomic<bool> m_stopping = false;
};

} // namespace cop::sim
