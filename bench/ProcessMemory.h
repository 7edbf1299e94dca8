#pragma once

// This process's memory as the kernel counts it, for the benchmarks' reports.

#include <QFile>
#include <QStringList>

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
