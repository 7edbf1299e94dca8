#pragma once

#include "EventLog.h"
#include "ServiceHost.h"

#include <QString>

#include <memory>
#include <string>

// The simulator's track service on 127.0.0.1 over a log the test owns. stop() and start() again
// keep the port, so a client sees the same service restart, with the same log (resume) or
// another one (a new epoch).
class InProcessService
{
public:
    static constexpr uint32_t kHeartbeatPeriodMs = 200;

    explicit InProcessService(cop::sim::EventLog &log) { start(log); }

    void start(cop::sim::EventLog &log)
    {
        cop::v1::ServiceInfo info;
        info.set_service_name("test service");
        info.set_heartbeat_period_ms(kHeartbeatPeriodMs);
        m_host = std::make_unique<cop::sim::ServiceHost>(log, info,
                                                         "127.0.0.1:" + std::to_string(m_port));
        m_port = m_host->port();
    }

    void stop() { m_host.reset(); }

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    int m_port = 0;
    std::unique_ptr<cop::sim::ServiceHost> m_host;
};
