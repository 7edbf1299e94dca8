#include "Loopback.h"

#include <arpa/inet.h>

#include <string>

namespace cop::security {

bool isLoopbackAddress(std::string_view hostPort)
{
    const size_t colon = hostPort.rfind(':');
    std::string host(hostPort.substr(0, colon == std::string_view::npos ? hostPort.size() : colon));
    if (host == "localhost")
        return true;
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        in6_addr v6{};
        return inet_pton(AF_INET6, host.substr(1, host.size() - 2).c_str(), &v6) == 1
               && IN6_IS_ADDR_LOOPBACK(&v6);
    }
    in_addr v4{};
    return inet_pton(AF_INET, host.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

} // namespace cop::security
