#pragma once

#include "CotEndpoint.h"
#include "ReconnectBackoff.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QSslSocket;
class QUdpSocket;

namespace cop {

// How the console's CoT output is doing, for the log, the status bar and tests.
struct CotLinkState
{
    enum class Kind : quint8 { Starting, Up, Failing };

    Kind kind = Kind::Starting;
    QString endpoint; // CotEndpoint::url()
    QString problem;  // Failing: what the socket, the name lookup or TLS said

    friend bool operator==(const CotLinkState &, const CotLinkState &) = default;
};

// The socket under the CoT output, on the GUI thread and never waiting on it: Qt's sockets only
// hand the kernel what it takes at once and flush the rest from the event loop. A TCP or TLS
// receiver that goes away is called again after a backoff (1 s doubling to 30 s); one that lags
// by more than kMaxBacklogBytes loses messages rather than the console's memory. Every change of
// state is logged with the endpoint.
class CotLink : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBacklogBytes = 4 << 20;

    explicit CotLink(CotEndpoint endpoint, QObject *parent = nullptr);
    ~CotLink() override;

    void start();
    // One CoT message (an event's XML) each: a datagram each over UDP, back to back over TCP.
    // Dropped while the link cannot send (its state says why) or the receiver lags (logged).
    void send(const std::vector<QByteArray> &messages);

    const CotLinkState &state() const { return m_state; }
    // Whether send() would try: a UDP link keeps trying while it fails, a stream only when up.
    bool canSend() const { return m_state.kind == CotLinkState::Kind::Up || (m_udp && m_address); }

signals:
    // A TCP or TLS receiver is there (again), or the UDP address is known: it needs the whole picture.
    void ready();
    void stateChanged(const cop::CotLinkState &state);

private:
    void connectNow();
    void resolved(const QHostAddress &address);
    void setUp();
    void fail(const QString &problem, bool retry);
    void setState(CotLinkState::Kind kind, const QString &problem);

    const CotEndpoint m_endpoint;
    std::unique_ptr<QUdpSocket> m_udp;
    std::optional<QHostAddress> m_address;
    std::unique_ptr<QSslSocket> m_stream; // TCP, encrypted or not
    ReconnectBackoff m_backoff{std::chrono::seconds(1), std::chrono::seconds(30)};
    QTimer m_retry;
    QTimer m_healthy; // a connection that lasts this long earns a quick retry after its end
    CotLinkState m_state;
    bool m_lagging = false; // the receiver lags: messages are being dropped (logged once)
};

} // namespace cop

Q_DECLARE_METATYPE(cop::CotLinkState)
