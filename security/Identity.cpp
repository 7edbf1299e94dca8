#include "Identity.h"

namespace cop::security {

std::string serviceUri(std::string_view nation)
{
    return std::string(kServiceUriPrefix) + std::string(nation);
}

std::string consoleUri(std::string_view consoleId)
{
    return std::string(kConsoleUriPrefix) + std::string(consoleId);
}

std::string uriIdentity(const CertificateInfo &certificate, std::string_view prefix)
{
    for (const std::string &uri : certificate.uris) {
        if (uri.size() > prefix.size() && uri.starts_with(prefix))
            return uri.substr(prefix.size());
    }
    return {};
}

bool mayAcknowledge(const CertificateInfo &certificate)
{
    return certificate.organizationalUnit == kOperatorRole;
}

} // namespace cop::security
