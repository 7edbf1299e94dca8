#pragma once

#include <memory>
#include <optional>
#include <string>

namespace grpc {
class ServerCredentials;
}

namespace cop::sim {

// A service's certificate and key, and the CAs whose consoles it accepts.
struct ServerTls
{
    std::string certFile;
    std::string keyFile;
    std::string clientCaFile;
};

// Mutual TLS: every console must present a certificate that chains to `clientCaFile` and is
// valid now, or the handshake fails. The three files are reloaded when they change, so a
// certificate is rotated without a restart. Without `tls`, plaintext.
std::shared_ptr<grpc::ServerCredentials> serverCredentials(const std::optional<ServerTls> &tls);

// How often the files are looked at for a change.
inline constexpr unsigned kServerCertificateReloadIntervalS = 2;

} // namespace cop::sim
