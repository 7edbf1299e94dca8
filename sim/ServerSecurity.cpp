#include "ServerSecurity.h"

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>
#include <grpcpp/security/tls_credentials_options.h>

namespace cop::sim {

std::shared_ptr<grpc::ServerCredentials> serverCredentials(const std::optional<ServerTls> &tls)
{
    if (!tls)
        return grpc::InsecureServerCredentials();
    namespace ex = grpc::experimental;
    auto provider = std::make_shared<ex::FileWatcherCertificateProvider>(
        tls->keyFile, tls->certFile, tls->clientCaFile, kServerCertificateReloadIntervalS);
    ex::TlsServerCredentialsOptions options(provider);
    options.watch_identity_key_cert_pairs();
    options.watch_root_certs();
    options.set_cert_request_type(GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
    return ex::TlsServerCredentials(options);
}

} // namespace cop::sim
