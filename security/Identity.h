#pragma once

#include "Certificate.h"

#include <string>
#include <string_view>

namespace cop::security {

// How certificates name who is on each end (README "Security"):
//   service:  subjectAltName URI "cop:service:<NATION>", e.g. cop:service:JP; the console accepts
//             a service only if this names the nation configured for its address.
//   console:  subjectAltName URI "cop:console:<CONSOLE-ID>", e.g. cop:console:seoul-1.
//   role:     the console certificate's organizational unit (OU): "operator" may acknowledge,
//             "observer" (or anything else) may only subscribe.
inline constexpr std::string_view kServiceUriPrefix = "cop:service:";
inline constexpr std::string_view kConsoleUriPrefix = "cop:console:";
inline constexpr std::string_view kOperatorRole = "operator";
inline constexpr std::string_view kObserverRole = "observer";

std::string serviceUri(std::string_view nation);
std::string consoleUri(std::string_view consoleId);

// The part after `prefix` of the first URI that starts with it; empty when none does.
std::string uriIdentity(const CertificateInfo &certificate, std::string_view prefix);

// Roles are granted, never assumed: only an OU of exactly "operator" may acknowledge.
bool mayAcknowledge(const CertificateInfo &certificate);

} // namespace cop::security
