#pragma once

#include <string>

namespace grpc {
class ServerContext;
}

namespace cop::sim {

// Who is calling, as the TLS handshake proved it: the console's verified client certificate.
struct CallerIdentity
{
    bool verified = false;  // false: a plaintext call (loopback only), nobody vouches for it
    std::string consoleId;  // from the cop:console:<ID> URI, else the common name
    std::string subject;
    std::string sha256;     // the certificate's fingerprint
    bool mayAcknowledge = true; // the certificate's role (Identity.h); plaintext is not checked
};

CallerIdentity callerIdentity(const grpc::ServerContext &context);

} // namespace cop::sim
