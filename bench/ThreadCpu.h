#pragma once

// CPU time of this process per thread, as the kernel counts it (/proc/self/task/*/stat), for
// the benchmarks' reports: which threads a console spends its CPU in.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

#include <unistd.h>

// Seconds of CPU (user + system) by thread name; threads of one name (llvmpipe-0, a pool's
// workers) are added up. Empty off Linux.
inline QMap<QString, double> threadCpuSeconds()
{
    QMap<QString, double> seconds;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task) + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (name) state ..." where the name may hold spaces and parentheses.
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        // After the name: state is field 3 of the line, utime 14 and stime 15.
        if (fields.size() < 13)
            continue;
        seconds[QString::fromUtf8(line.mid(open + 1, close - open - 1))] +=
            (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return seconds;
}

// What each thread name spent between two readings, most first, as "name 12 %, ..." of one core
// over `wallSeconds`; names under 1 % are left out.
inline QString threadCpuLine(const QMap<QString, double> &before, const QMap<QString, double> &after,
                             double wallSeconds)
{
    std::vector<std::pair<double, QString>> shares;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double share = (it.value() - before.value(it.key())) / wallSeconds;
        if (share >= 0.01)
            shares.emplace_back(share, it.key());
    }
    std::sort(shares.begin(), shares.end(), std::greater<>());
    QStringList parts;
    for (const auto &[share, name] : shares)
        parts << QStringLiteral("%1 %2 %").arg(name).arg(share * 100.0, 0, 'f', 0);
    return parts.join(QStringLiteral(", "));
}
