#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cop::security {

// What the console and the services read from an X.509 certificate.
struct CertificateInfo
{
    std::string subject;            // RFC 2253, e.g. "CN=seoul-1,OU=operator,O=KR"
    std::string commonName;
    std::string organizationalUnit; // the role (Identity.h)
    std::vector<std::string> uris;  // subjectAltName URIs: the identity (Identity.h)
    std::string sha256;             // fingerprint of the DER encoding, lowercase hex
    int64_t notBeforeUtcS = 0;
    int64_t notAfterUtcS = 0;
};

// The first certificate of a PEM text; nullopt with `error` set when there is none.
std::optional<CertificateInfo> readCertificate(std::string_view pem, std::string *error);

// The whole contents of a file; nullopt with `error` set when it cannot be read.
std::optional<std::string> readFile(const std::string &path, std::string *error);

enum class Purpose { Server, Client };

// Checks that the first certificate of `chainPem` (the peer's, followed by any intermediates)
// chains to a CA in the PEM file `caFile`, is valid now and is meant for `purpose`. Returns why
// not in a sentence, or an empty string. The CA file is read on every call, so a replaced file
// takes effect at the next handshake.
std::string verifyChain(std::string_view chainPem, const std::string &caFile, Purpose purpose);

// "2026-03-01 12:00 UTC".
std::string utcText(int64_t utcS);

} // namespace cop::security
