#include "AlertAcknowledger.h"

#include "ServiceConnection.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>

#include <QLoggingCategory>

#include <condition_variable>
#include <mutex>

namespace cop {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcClient)

struct AlertAcknowledger::Call
{
    grpc::ClientContext context;
    v1::AcknowledgeAlertRequest request;
    v1::AcknowledgeAlertReply reply;
};

// What a completing call shares with the acknowledger. It outlives the acknowledger when
// needed, so the completion can signal "done" after the acknowledger stopped waiting.
struct AlertAcknowledger::InFlight
{
    std::mutex mutex;
    std::condition_variable done;
    std::shared_ptr<Call> call; // the call gRPC may still complete

    void cancelAndWait()
    {
        std::unique_lock lock(mutex);
        if (call)
            call->context.TryCancel();
        done.wait(lock, [this] { return !call; });
    }
};

namespace {

bool isRetryable(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
    case grpc::StatusCode::ABORTED:
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::UNKNOWN:
    case grpc::StatusCode::CANCELLED:
        return true;
    default:
        return false;
    }
}

} // namespace

AlertAcknowledger::AlertAcknowledger(ServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stub(v1::TrackService::NewStub(connection->channel()))
    , m_inFlight(std::make_shared<InFlight>())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AlertAcknowledger::sendNext);
    connect(connection, &ServiceConnection::statusChanged, this, [this](const FeedStatus &status) {
        if (status.state == FeedState::Live && m_retryTimer.isActive()) {
            m_retryTimer.stop();
            sendNext();
        }
    });
}

AlertAcknowledger::~AlertAcknowledger()
{
    m_inFlight->cancelAndWait();
}

void AlertAcknowledger::acknowledge(const QString &alertId, const QString &operatorName,
                                    const QString &consoleId)
{
    const Request request{alertId, operatorName, consoleId};
    if (std::find(m_queue.begin(), m_queue.end(), request) != m_queue.end())
        return;
    m_queue.push_back(request);
    if (!m_calling && !m_retryTimer.isActive())
        sendNext();
}

void AlertAcknowledger::sendNext()
{
    if (m_queue.empty() || m_calling)
        return;
    const Request &next = m_queue.front();
    auto call = std::make_shared<Call>();
    call->request.set_alert_id(next.alertId.toStdString());
    call->request.set_operator_name(next.operatorName.toStdString());
    call->request.set_console_id(next.consoleId.toStdString());
    call->context.set_deadline(std::chrono::system_clock::now() + kCallDeadline);
    {
        std::lock_guard lock(m_inFlight->mutex);
        m_inFlight->call = call;
    }
    m_calling = true;
    m_stub->async()->AcknowledgeAlert(
        &call->context, &call->request, &call->reply,
        [this, inFlight = m_inFlight](grpc::Status status) {
            const int code = int(status.error_code());
            const QString message = QString::fromStdString(status.error_message());
            // Posted under the lock, and the call let go before it is released: until then
            // `this` cannot be destroyed (its destructor waits for the call) nor start its next
            // call (sendNext takes the lock), which this reset would otherwise free in flight.
            std::lock_guard lock(inFlight->mutex);
            QMetaObject::invokeMethod(
                this, [this, code, message] { finished(code, message); }, Qt::QueuedConnection);
            inFlight->call.reset();
            inFlight->done.notify_all();
        });
}

void AlertAcknowledger::finished(int code, const QString &message)
{
    m_calling = false;
    if (m_queue.empty())
        return;
    const auto status = grpc::StatusCode(code);
    if (status != grpc::StatusCode::OK && isRetryable(status)) {
        qCInfo(lcClient).noquote()
            << u"[%1] acknowledgement of %2 not delivered (%3); will retry"_s.arg(
                   m_connection->status().service, m_queue.front().alertId, message);
        m_retryTimer.start(m_backoff.next());
        return;
    }
    const QString alertId = m_queue.front().alertId;
    m_queue.pop_front();
    m_backoff.reset();
    if (status == grpc::StatusCode::OK)
        emit delivered(alertId);
    else
        emit refused(alertId, message.isEmpty() ? u"gRPC status %1"_s.arg(code) : message);
    sendNext();
}

} // namespace cop
