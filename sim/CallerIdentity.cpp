#include "CallerIdentity.h"

#include "Certificate.h"
#include "Identity.h"

#include <grpc/grpc_security_constants.h>
#include <grpcpp/security/auth_context.h>
#include <grpcpp/server_context.h>

namespace cop::sim {

CallerIdentity callerIdentity(const grpc::ServerContext &context)
{
    CallerIdentity caller;
    const std::shared_ptr<const grpc::AuthContext> auth = context.auth_context();
    if (!auth || !auth->IsPeerAuthenticated())
        return caller;
    const std::vector<grpc::string_ref> pem = auth->FindPropertyValues(GRPC_X509_PEM_CERT_PROPERTY_NAME);
    std::string error;
    const auto certificate =
        pem.empty() ? std::nullopt
                    : security::readCertificate({pem.front().data(), pem.front().size()}, &error);
    // Authenticated without a readable certificate cannot happen with mutual TLS; if it did,
    // the caller is treated as the least trusted one.
    caller.mayAcknowledge = false;
    if (!certificate)
        return caller;
    caller.verified = true;
    caller.consoleId = security::uriIdentity(*certificate, security::kConsoleUriPrefix);
    if (caller.consoleId.empty())
        caller.consoleId = certificate->commonName;
    caller.subject = certificate->subject;
    caller.sha256 = certificate->sha256;
    caller.mayAcknowledge = security::mayAcknowledge(*certificate);
    return caller;
}

} // namespace cop::sim
