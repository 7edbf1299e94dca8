#pragma once

#include "ServerSecurity.h"

#include "cop/v1/track_service.pb.h"

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

namespace grpc {
class Server;
class ServerBuilder;
}

namespace cop::sim {

class AuditLog;
class EventLog;
class TrackServiceImpl;

class ServiceHostError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// What every track service server needs to talk to consoles: keepalive pings as consoles send
// them, and a taken port refused rather than shared.
void applyTrackServerArguments(grpc::ServerBuilder &builder);

// A gRPC server for one EventLog: the track service, standard health checking and server
// reflection, with keepalive pings permitted. Stopping it ends every stream but leaves the log
// alone, so a new host on the same port lets clients resume where they were.
class ServiceHost
{
public:
    // Binds and starts at once. `address` is host:port; port 0 picks a free one (see port()).
    // Throws ServiceHostError when the address cannot be bound, e.g. because it is in use.
    // Serves mutual TLS with `tls`, else plaintext; `audit` (may be null) records every
    // acknowledgement answered.
    ServiceHost(EventLog &log, cop::v1::ServiceInfo info, const std::string &address,
                const std::optional<ServerTls> &tls = {}, AuditLog *audit = nullptr);
    ~ServiceHost();

    ServiceHost(const ServiceHost &) = delete;
    ServiceHost &operator=(const ServiceHost &) = delete;

    int port() const { return m_port; }

    // Ends the streams, waits up to `deadline` for calls in flight, then cancels the rest.
    // Idempotent.
    void stop(std::chrono::milliseconds deadline = std::chrono::milliseconds(1000));

private:
    std::unique_ptr<TrackServiceImpl> m_service;
    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
};

} // namespace cop::sim
