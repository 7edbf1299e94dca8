#pragma once

#include <string_view>

namespace cop::security {

// Whether HOST:PORT names this machine: 127.0.0.0/8, [::1] or localhost. Plaintext is allowed
// only to and on such addresses.
bool isLoopbackAddress(std::string_view hostPort);

} // namespace cop::security
