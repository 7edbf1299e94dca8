#include "ServiceHost.h"

#include "TrackServiceImpl.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

namespace cop::sim {

namespace {

// Consoles ping every ~10 s (client/ServiceConnection); accept that with margin instead of answering
// with GOAWAY "too_many_pings".
constexpr int kMinClientPingIntervalMs = 5000;
// Our own pings find consoles that vanished without closing their streams.
constexpr int kServerPingIntervalMs = 30000;
constexpr int kServerPingTimeoutMs = 10000;

} // namespace

void applyTrackServerArguments(grpc::ServerBuilder &builder)
{
    // gRPC sets SO_REUSEPORT by default, which lets a second server bind a port in use and
    // steal half its connections; a taken port must be an error instead.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS,
                               kMinClientPingIntervalMs);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 0);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, kServerPingIntervalMs);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, kServerPingTimeoutMs);
}

ServiceHost::ServiceHost(EventLog &log, cop::v1::ServiceInfo info, const std::string &address,
                         const std::optional<ServerTls> &tls, AuditLog *audit)
    : m_service(std::make_unique<TrackServiceImpl>(log, std::move(info), audit))
{
    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();

    grpc::ServerBuilder builder;
    builder.AddListeningPort(address, serverCredentials(tls), &m_port);
    builder.RegisterService(m_service.get());
    applyTrackServerArguments(builder);
    m_server = builder.BuildAndStart();
    if (!m_server || m_port == 0)
        throw ServiceHostError("cannot listen on " + address
                               + " (address in use or not valid for this host)");

    grpc::HealthCheckServiceInterface *health = m_server->GetHealthCheckService();
    health->SetServingStatus(true);
    health->SetServingStatus(cop::v1::TrackService::service_full_name(), true);
}

ServiceHost::~ServiceHost()
{
    stop();
}

void ServiceHost::stop(std::chrono::milliseconds deadline)
{
    if (!m_server)
        return;
    m_server->GetHealthCheckService()->SetServingStatus(false);
    m_service->stopStreams();
    m_server->Shutdown(std::chrono::system_clock::now() + deadline);
    m_server->Wait();
    m_server.reset();
}

} // namespace cop::sim
