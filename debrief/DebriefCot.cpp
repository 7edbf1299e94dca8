#include "DebriefCot.h"

#include "interop/CotFromPicture.h"

#include <iterator>

namespace cop {

DebriefCot::DebriefCot(QString uidPrefix)
    : m_uidPrefix(std::move(uidPrefix))
{}

void DebriefCot::round(const Picture &picture)
{
    const CotPicture fused = CotPicture::of(std::make_shared<const FusionResult>(m_fusion.run(FusionInput::of(picture))),
                                            &picture);
    std::vector<CotEvent> due = m_schedule.due(cotEventsOf(fused, m_uidPrefix), fused.nowUtcUs / 1000);
    m_events.insert(m_events.end(), std::make_move_iterator(due.begin()), std::make_move_iterator(due.end()));
}

} // namespace cop
