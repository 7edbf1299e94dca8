#include "base/HeapTrim.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cop {

HeapTrim::HeapTrim(int intervalMs, QObject *parent)
    : QObject(parent)
{
#if defined(__GLIBC__)
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // One at a time: a trim still running when the next is due makes it needless.
        m_pool.clear();
        m_pool.start([] { malloc_trim(0); });
    });
    m_timer.start(intervalMs);
#endif
}

HeapTrim::~HeapTrim()
{
    m_pool.waitForDone();
}

} // namespace cop
