#include "base/BackgroundPool.h"

#include <latch>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#else
#include <QThread>
#endif

namespace cop {

// Nice 10 weighs a thread about a ninth of a normal one: where the GUI thread or the map's render
// thread wants a core that background work holds, it gets nearly all of it, and on a core nobody
// else wants the work still runs at full speed. At nice 4 (a third) the GUI thread waited for a
// core 10-28 ms in its worst turns at 3 x 10,000 tracks on two cores, which put a zoom, pan or
// language switch over 50 ms in 2 of 5 runs. Nice 15 keeps local predictions behind the picture
// by about the same ratio.
int niceOf(Urgency urgency)
{
    return urgency == Urgency::Picture ? 10 : 15;
}

void yieldToInteractiveThreads(Urgency urgency)
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux schedules threads one by one and gives normal threads no other priority than their
    // nice value (QThread::setPriority only has an effect there for IdlePriority, which would
    // starve the work outright).
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), niceOf(urgency));
#else
    QThread::currentThread()->setPriority(urgency == Urgency::Picture ? QThread::LowPriority
                                                                      : QThread::LowestPriority);
#endif
}

BackgroundPool::BackgroundPool(const QString &name, int maxThreads, Urgency urgency)
    : m_urgency(urgency)
{
    m_pool.setObjectName(name);
    m_pool.setMaxThreadCount(maxThreads);
}

void BackgroundPool::runParts(int parts, const std::function<void(int)> &part)
{
    std::latch done(parts - 1);
    for (int i = 1; i < parts; ++i) {
        start([&part, &done, i] {
            part(i);
            done.count_down();
        });
    }
    part(0);
    done.wait();
}

} // namespace cop
