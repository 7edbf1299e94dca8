#pragma once

#include "cop/sim/v1/scenario.pb.h"
#include "cop/sim/v1/state.pb.h"

#include <cstddef>
#include <cstdint>

namespace cop::sim {

class EventLog;
class Simulator;
class StateStore;

// Who a store belongs to: the simulation these arguments play (state_id left empty).
cop::sim::v1::ServiceIdentity identityOf(const cop::sim::v1::Scenario &scenario,
                                         cop::v1::Nation nation, uint64_t seed, double rate,
                                         int64_t startUtcUs);

// Whether a service asked to play `wanted` may resume `stored`: the same scenario, nation, seed
// and rate, and the same start when the caller fixed one (else the stored start is resumed).
bool mayResume(const cop::sim::v1::ServiceIdentity &stored,
               const cop::sim::v1::ServiceIdentity &wanted, bool startFixed);

struct ResumeReport
{
    double fromS = 0.0;          // the scenario time the clock goes on from
    size_t acknowledgements = 0; // applied again
    size_t alertsMissing = 0;    // stored alerts the replay did not raise again
    size_t alertsDiffering = 0;  // raised again for another track or as another kind
};

// Brings a simulator whose clock starts at the store's start (and nothing started yet) to `nowUtcUs`:
// it plays the scenario again from its start, which raises the same alerts with the same ids,
// and applies each stored acknowledgement at the scenario time it was first applied, so every
// alert ends in the state it would have reached had the service never stopped.
ResumeReport replayStore(const StateStore &store, Simulator &simulator, EventLog &log,
                         int64_t nowUtcUs);

} // namespace cop::sim
