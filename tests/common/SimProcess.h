#pragma once

#include <QProcess>
#include <QRegularExpression>

#include <memory>
#include <vector>

// The port a started cop-sim reports on its first line, or 0 when it did not come up (its stderr
// then says why). Starting several first and then asking each keeps their clocks close.
inline int simProcessPort(QProcess &process)
{
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

// Ends started cop-sim processes (SIGTERM, as an operator would) and forgets them.
inline void stopSimProcesses(std::vector<std::unique_ptr<QProcess>> &processes)
{
    for (auto &process : processes) {
        process->terminate();
        process->waitForFinished(5000);
    }
    processes.clear();
}

// Starts the real cop-sim executable and returns the port it reports, or 0.
inline int startSimProcess(QProcess &process, const QString &executable, const QStringList &arguments)
{
    process.start(executable, arguments);
    return simProcessPort(process);
}
