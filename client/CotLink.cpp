#include "CotLink.h"

#include <QFile>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUdpSocket>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcCot, "cop.cot")

// The console's key, whichever algorithm its certificate uses.
QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm);
        if (!key.isNull())
            return key;
    }
    return {};
}

// The TLS settings TAK Server's secure input asks for: the console's certificate and key, and
// only the server's CA to trust.
std::optional<QSslConfiguration> tlsConfiguration(const TlsFiles &files, QString *problem)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(files.caFile);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(files.certFile);
    const QSslKey key = readKey(files.keyFile);
    if (ca.isEmpty())
        *problem = CotLink::tr("no CA certificate in %1").arg(files.caFile);
    else if (chain.isEmpty())
        *problem = CotLink::tr("no certificate in %1").arg(files.certFile);
    else if (key.isNull())
        *problem = CotLink::tr("no private key in %1").arg(files.keyFile);
    if (!problem->isEmpty())
        return std::nullopt;
    configuration.setCaCertificates(ca);
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

} // namespace

CotLink::CotLink(CotEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    m_state.endpoint = m_endpoint.url();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CotLink::connectNow);
    m_healthy.setSingleShot(true);
    m_healthy.setInterval(std::chrono::seconds(10));
    connect(&m_healthy, &QTimer::timeout, this, [this] { m_backoff.reset(); });
}

CotLink::~CotLink()
{
    // A socket that is still connected says so while it is destroyed: not to this link, which is
    // going too.
    if (m_stream)
        m_stream->disconnect(this);
}

void CotLink::start()
{
    qCInfo(lcCot).noquote() << "CoT output" << m_state.endpoint << "starting";
    connectNow();
}

void CotLink::connectNow()
{
    if (m_endpoint.transport == CotEndpoint::Transport::Udp) {
        m_udp = std::make_unique<QUdpSocket>();
        if (const QHostAddress literal(m_endpoint.host); !literal.isNull()) {
            resolved(literal);
            return;
        }
        QHostInfo::lookupHost(m_endpoint.host, this, [this](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                fail(tr("cannot find %1: %2").arg(m_endpoint.host, info.errorString()), true);
            else
                resolved(info.addresses().constFirst());
        });
        return;
    }
    m_stream = std::make_unique<QSslSocket>();
    QSslSocket *socket = m_stream.get();
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket == m_stream.get())
            fail(socket->errorString(), true);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (socket == m_stream.get() && m_state.kind == CotLinkState::Kind::Up)
            fail(tr("the receiver closed the connection"), true);
    });
    // A TAK Server sends its other clients' events to every connection. The console shows none
    // of them: they are read and dropped, never kept.
    connect(socket, &QIODevice::readyRead, this, [socket] { socket->skip(socket->bytesAvailable()); });
    if (m_endpoint.transport == CotEndpoint::Transport::Tcp) {
        connect(socket, &QAbstractSocket::connected, this, &CotLink::setUp);
        socket->connectToHost(m_endpoint.host, m_endpoint.port);
        return;
    }
    QString problem;
    const auto configuration = tlsConfiguration(m_endpoint.tls, &problem);
    if (!configuration) {
        fail(problem, true);
        return;
    }
    socket->setSslConfiguration(*configuration);
    connect(socket, &QSslSocket::encrypted, this, &CotLink::setUp);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        if (socket == m_stream.get())
            fail(tr("TLS refused: %1").arg(reasons.join(u"; "_s)), true);
    });
    socket->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
}

void CotLink::resolved(const QHostAddress &address)
{
    m_address = address;
    setUp();
}

void CotLink::setUp()
{
    m_healthy.start();
    setState(CotLinkState::Kind::Up, {});
    emit ready();
}

void CotLink::fail(const QString &problem, bool retry)
{
    m_healthy.stop();
    if (retry && !m_retry.isActive()) {
        if (m_stream) {
            // Later: this may run inside the socket's own signal.
            m_stream.release()->deleteLater();
        }
        m_address.reset();
        m_retry.start(m_backoff.next());
    }
    setState(CotLinkState::Kind::Failing, problem);
}

void CotLink::setState(CotLinkState::Kind kind, const QString &problem)
{
    const CotLinkState next{kind, m_state.endpoint, problem};
    if (next == m_state)
        return;
    m_state = next;
    if (kind == CotLinkState::Kind::Up)
        qCInfo(lcCot).noquote() << "CoT output" << m_state.endpoint << "up";
    else
        qCWarning(lcCot).noquote() << "CoT output" << m_state.endpoint << "failing:" << problem;
    emit stateChanged(m_state);
}

void CotLink::send(const std::vector<QByteArray> &messages)
{
    if (!canSend())
        return;
    if (m_udp) {
        for (const QByteArray &message : messages) {
            if (m_udp->writeDatagram(message, *m_address, m_endpoint.port) < 0)
                fail(m_udp->errorString(), false);
            else if (m_state.kind != CotLinkState::Kind::Up)
                setState(CotLinkState::Kind::Up, {});
        }
        return;
    }
    qsizetype dropped = 0;
    for (const QByteArray &message : messages) {
        if (m_stream->bytesToWrite() > kMaxBacklogBytes)
            ++dropped;
        else
            m_stream->write(message);
    }
    if (dropped > 0 && !m_lagging)
        qCWarning(lcCot).noquote() << "CoT output" << m_state.endpoint << "lags: dropping messages," << dropped << "this round";
    m_lagging = dropped > 0;
}

} // namespace cop
