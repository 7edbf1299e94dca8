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
    // After a stream has stayed healthy for a while: the next failure is retried quickly again.
    // Not merely when a stream opens: a service that opens and then fails at once, or forces a
    // resubscribe on every gap, would otherwise be called every 250 ms for ever.
    void reset();

private:
    const Duration m_initial;
    const Duration m_maximum;
    Duration m_current;
};

} // namespace cop
