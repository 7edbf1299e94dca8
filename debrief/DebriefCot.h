#pragma once

#include "fusion/FusionPass.h"
#include "interop/CotSchedule.h"

#include <vector>

namespace cop {

// The console's Cursor-on-Target output (README, "Cursor-on-Target") as it went, or would have
// gone, while a recording played: each round a fusion pass over the picture, as the console's
// FusedPicture makes, and the events CotSchedule finds due, made by the same CotFromPicture
// rules. The recording's clock (the picture's) stands in for the wall clock, as the events' times
// and as the schedule's, so a CoT file of a window says what a TAK client was told and when.
class DebriefCot
{
public:
    // Every uid begins with `uidPrefix` (cotUidPrefix of the recording console's id).
    explicit DebriefCot(QString uidPrefix);

    // One round of the output at the picture's clock; rounds are CotSchedule::kCotRoundIntervalMs
    // apart on that clock.
    void round(const Picture &picture);
    // Every event sent so far, in the order sent (time order).
    std::vector<CotEvent> &events() { return m_events; }

private:
    const QString m_uidPrefix;
    FusionPass m_fusion{NationCoverage::regional()};
    CotSchedule m_schedule;
    std::vector<CotEvent> m_events;
};

} // namespace cop
