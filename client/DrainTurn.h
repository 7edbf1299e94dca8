#pragma once

namespace cop {

// One service connection's drain per pass of the GUI thread's posted events. The services' drains
// are posted events, and Qt delivers every event posted before a pass in that pass: three
// services waking at once (a snapshot of 10,000 tracks each as the console connects) applied
// their batches back to back, and the event loop (input, timers, the watchdog's heartbeat)
// waited 60 ms and more. A drain that finds the turn taken posts itself again: Qt delivers an
// event posted during a pass in the next one, after the timers and the input that came meanwhile.
class DrainTurn
{
public:
    // Whether the caller may drain in this pass. The first call of a pass takes the turn.
    static bool take();
};

} // namespace cop
