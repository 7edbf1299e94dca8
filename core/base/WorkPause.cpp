#include "base/WorkPause.h"

#include <algorithm>

namespace cop {

WorkPause::WorkPause(std::function<void()> ended)
{
    m_timer.setSingleShot(true);
    // A coarse timer may end the pause 5 % early or late; the pause paces the passes against the
    // view's build, and a late one is latency the operator sees.
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, std::move(ended));
}

void WorkPause::after(qint64 runTookMs)
{
    m_timer.start(int(std::clamp<qint64>(runTookMs, 0, kLongestMs)));
}

} // namespace cop
