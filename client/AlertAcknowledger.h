#pragma once

#include "ReconnectBackoff.h"

#include "cop/v1/track_service.grpc.pb.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace cop {

class ServiceConnection;

// Sends this console's acknowledgements to one track service (AcknowledgeAlert), one call at a
// time, in the order given. A request the service could not be reached for stays queued and is
// retried, with backoff and at once when the feed is live again: it is never dropped. The
// service treats a repeated acknowledgement as a no-op, so a retry after a lost reply is
// harmless. gRPC completes calls on its own threads; everything here runs on this object's
// thread and nothing blocks it except the destructor, which waits for a call in flight.
class AlertAcknowledger : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kCallDeadline{5};

    // Uses the connection's channel, and its state to retry as soon as the service is back.
    explicit AlertAcknowledger(ServiceConnection *connection, QObject *parent = nullptr);
    ~AlertAcknowledger() override;

    // Queues the acknowledgement unless the same one is already queued.
    void acknowledge(const QString &alertId, const QString &operatorName, const QString &consoleId);

    // Queued or in flight.
    qsizetype pendingCount() const { return qsizetype(m_queue.size()); }

signals:
    void delivered(const QString &alertId);
    // The service answered with an error retrying cannot fix, e.g. an unknown alert id.
    void refused(const QString &alertId, const QString &reason);

private:
    struct Request
    {
        QString alertId;
        QString operatorName;
        QString consoleId;

        friend bool operator==(const Request &, const Request &) = default;
    };
    struct Call;
    struct InFlight;

    void sendNext();
    void finished(int code, const QString &message);

    ServiceConnection *const m_connection;
    const std::unique_ptr<v1::TrackService::Stub> m_stub;
    std::deque<Request> m_queue; // the front one is in flight or waiting for its retry
    bool m_calling = false;
    ReconnectBackoff m_backoff;
    QTimer m_retryTimer;
    const std::shared_ptr<InFlight> m_inFlight;
};

} // namespace cop
