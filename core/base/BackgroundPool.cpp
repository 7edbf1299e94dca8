#include "base/BackgroundPool.h"

#include <latch>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#else
#include <QThread>
#endif

namespace cop {

namespace {

// Nice 10 weighs a thread about a tenth of a normal one, nice 4 about a third: the GUI thread
// gets most of a core both want, and background work still runs on an idle core at full speed.
int niceOf(Urgency urgency)
{
    return urgency == Urgency::Picture ? 4 : 10;
}

} // namespace

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
