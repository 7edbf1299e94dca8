#include "base/HugePages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace cop {

void adviseHugePages(QByteArray &buffer)
{
#ifdef Q_OS_LINUX
    // Only the whole pages inside the buffer's room: madvise() takes page-aligned ranges.
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const auto data = reinterpret_cast<quintptr>(buffer.data());
    const quintptr first = (data + page - 1) & ~(page - 1);
    const quintptr end = (data + quintptr(buffer.capacity())) & ~(page - 1);
    // Advice, not a request: where huge pages are off or none is free, the buffer is as it was.
    if (end > first)
        madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(buffer);
#endif
}

} // namespace cop
