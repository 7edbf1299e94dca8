#pragma once

#include <QProcess>
#include <QRegularExpression>

// Starts the real cop-sim executable and returns the port it reports on its first line, or 0
// when it did not come up (its stderr then says why).
inline int startSimProcess(QProcess &process, const QString &executable, const QStringList &arguments)
{
    process.start(executable, arguments);
    if (!process.waitForStarted(10000))
        return 0;
    static const QRegularExpression line(QStringLiteral("^cop-sim: \\w+ listening on .*:(\\d+)$"));
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return 0;
    }
    const auto match = line.match(QString::fromUtf8(process.readLine()).trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
