#pragma once

#include <chrono>

namespace cop {

// Delays between reconnection attempts: doubling from `initial` up to `maximum`, each drawn
// within +-20 % so that consoles cut off together do not all come back in the same instant.
class ReconnectBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit ReconnectBackoff(Duration initial = Duration(250), Duration maximum = Duration(5000));

    Duration next();
    // After a stream got going: the next failure is retried quickly again.
    void reset();

private:
    const Duration m_initial;
    const Duration m_maximum;
    Duration m_current;
};

} // namespace cop
