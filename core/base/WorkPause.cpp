#include "base/WorkPause.h"

#include <algorithm>

namespace cop {

WorkPause::WorkPause(std::function<void()> ended)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, std::move(ended));
}

void WorkPause::after(qint64 runTookMs)
{
    m_timer.start(int(std::clamp<qint64>(runTookMs, 0, kLongestMs)));
}

} // namespace cop
