#include "ChannelSecurity.h"

#include "Certificate.h"
#include "Identity.h"

#include <grpcpp/security/credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>
#include <grpcpp/security/tls_certificate_verifier.h>
#include <grpcpp/security/tls_credentials_options.h>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// The service's chain is checked here rather than by gRPC, against the one nation's CA, so that a
// refusal can say why (expired, another CA, another nation) on the operator's screen.
class ServiceVerifier final : public grpc::experimental::ExternalCertificateVerifier
{
public:
    ServiceVerifier(QString nation, std::string caFile, std::shared_ptr<PeerCheck> check)
        : m_nation(std::move(nation))
        , m_expected(security::serviceUri(m_nation.toStdString()))
        , m_caFile(std::move(caFile))
        , m_check(std::move(check))
    {
    }

    bool Verify(grpc::experimental::TlsCustomVerificationCheckRequest *request,
                std::function<void(grpc::Status)>, grpc::Status *syncStatus) override
    {
        PeerReport report = check(*request);
        report.handshake = m_check->last().handshake + 1;
        *syncStatus = report.accepted ? grpc::Status::OK
                                      : grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                                                     report.refusal.toStdString());
        m_check->record(std::move(report));
        return true;
    }

    void Cancel(grpc::experimental::TlsCustomVerificationCheckRequest *) override {}

private:
    PeerReport check(grpc::experimental::TlsCustomVerificationCheckRequest &request) const
    {
        PeerReport report;
        const grpc::string_ref chain = request.peer_cert_full_chain().empty()
                                           ? request.peer_cert()
                                           : request.peer_cert_full_chain();
        std::string error;
        const auto certificate = security::readCertificate({chain.data(), chain.size()}, &error);
        if (!certificate) {
            report.refusal = u"service %1 presented no certificate"_s.arg(m_nation);
            return report;
        }
        report.subject = QString::fromStdString(certificate->subject);
        report.notAfterUtcS = certificate->notAfterUtcS;
        const std::string presented = security::uriIdentity(*certificate, security::kServiceUriPrefix);
        report.identity = QString::fromStdString(presented);
        const std::string chainProblem =
            security::verifyChain({chain.data(), chain.size()}, m_caFile, security::Purpose::Server);
        if (!chainProblem.empty()) {
            report.refusal = u"certificate of service %1 refused: %2"_s.arg(
                m_nation, QString::fromStdString(chainProblem));
        } else if (presented != m_nation.toStdString()) {
            report.refusal = u"certificate refused: expected %1, presented %2 (%3)"_s.arg(
                QString::fromStdString(m_expected),
                presented.empty() ? u"no cop:service URI"_s
                                  : QString::fromStdString(security::serviceUri(presented)),
                report.subject);
        }
        report.accepted = report.refusal.isEmpty();
        return report;
    }

    const QString m_nation;
    const std::string m_expected;
    const std::string m_caFile;
    const std::shared_ptr<PeerCheck> m_check;
};

} // namespace

void PeerCheck::record(PeerReport report)
{
    std::lock_guard lock(m_mutex);
    m_last = std::move(report);
}

PeerReport PeerCheck::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

std::shared_ptr<grpc::ChannelCredentials> tlsChannelCredentials(const QString &nation,
                                                                const TlsFiles &files,
                                                                std::shared_ptr<PeerCheck> check)
{
    namespace ex = grpc::experimental;
    auto provider = std::make_shared<ex::FileWatcherCertificateProvider>(
        files.keyFile.toStdString(), files.certFile.toStdString(), files.caFile.toStdString(),
        kCertificateReloadIntervalS);
    ex::TlsChannelCredentialsOptions options;
    options.set_certificate_provider(provider);
    options.watch_identity_key_cert_pairs();
    options.watch_root_certs();
    options.set_verify_server_certs(false); // ServiceVerifier does, with reasons
    options.set_check_call_host(false);     // the nation, not the host name, is the identity
    options.set_certificate_verifier(ex::ExternalCertificateVerifier::Create<ServiceVerifier>(
        nation, files.caFile.toStdString(), std::move(check)));
    return ex::TlsCredentials(options);
}

} // namespace cop
