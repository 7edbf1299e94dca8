#pragma once

// This process's memory as the kernel counts it, for the benchmarks' reports.

#include <QFile>
#include <QStringList>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// "VmHWM: ... kB, VmRSS: ... kB" (peak and current resident memory), or nothing off Linux.
inline QString processMemoryLine()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QStringList fields;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
            fields << QString::fromLatin1(line.simplified());
    return fields.join(QStringLiteral(", "));
}

// "heap: N MB in use, M MB held free" from the C library's allocator, or nothing without glibc:
// resident memory that grows while the heap in use does not is the allocator's, not a leak.
inline QString heapLine()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return QStringLiteral("heap: %1 MB in use, %2 MB held free")
        .arg(double(info.uordblks + info.hblkhd) / 1e6, 0, 'f', 0)
        .arg(double(info.fordblks) / 1e6, 0, 'f', 0);
#else
    return {};
#endif
}
