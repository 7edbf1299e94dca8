#include "BackgroundPool.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#else
#include <QThread>
#endif

namespace cop {

namespace {

// Nice 10 weighs a thread about a tenth of a normal one: the GUI thread gets ~90 % of a core
// both want, and background work still runs on an idle core at full speed.
constexpr int kBackgroundNice = 10;

} // namespace

void yieldToInteractiveThreads()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux schedules threads one by one and gives normal threads no other priority than their
    // nice value (QThread::setPriority only has an effect there for IdlePriority, which would
    // starve the work outright).
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kBackgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

BackgroundPool::BackgroundPool(const QString &name, int maxThreads)
{
    m_pool.setObjectName(name);
    m_pool.setMaxThreadCount(maxThreads);
}

} // namespace cop
