#pragma once

#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace grpc {
class ChannelCredentials;
}

namespace cop {

// The console's own certificate and key, and the CA that issues one service's certificate.
struct TlsFiles
{
    QString caFile;   // PEM: the CA(s) this service's certificate must chain to
    QString certFile; // PEM: this console's certificate (and intermediates)
    QString keyFile;  // PEM: its private key
};

// How the console reaches one service: mutual TLS with these files, or, without them, plaintext,
// which is only ever used on a loopback address (ConsoleOptions asks for --insecure-loopback).
struct ChannelSecurity
{
    std::optional<TlsFiles> tls;
};

// What the last TLS handshake with a service showed. The verifier writes it on a gRPC thread;
// the connection reads it on its own.
struct PeerReport
{
    quint64 handshake = 0; // counts handshakes; 0: none yet
    bool accepted = false;
    QString identity;      // the nation the certificate names (cop:service:NATION)
    QString subject;
    qint64 notAfterUtcS = 0;
    QString refusal;       // why the service was refused, naming expected and presented
};

class PeerCheck
{
public:
    void record(PeerReport report);
    PeerReport last() const;

private:
    mutable std::mutex m_mutex;
    PeerReport m_last;
};

// Mutual TLS credentials for the channel to service `nation`: the console's certificate, key and
// the service's CA are watched and reloaded when they change, and a service is accepted only if
// its certificate chains to that CA, is valid now and names `nation` (Identity.h). Every
// handshake is reported to `check`.
std::shared_ptr<grpc::ChannelCredentials> tlsChannelCredentials(const QString &nation,
                                                                const TlsFiles &files,
                                                                std::shared_ptr<PeerCheck> check);

// How often certificate and key files are looked at for a change (both sides).
inline constexpr unsigned kCertificateReloadIntervalS = 2;

} // namespace cop
