#pragma once

// What the fuzz targets share: a QCoreApplication for the code that expects one (timers,
// translations), and a quiet Qt log: the warnings bad input rightly causes would cost more
// than the input itself, and would bury libFuzzer's report.

#include <QCoreApplication>

#include <cstdio>

namespace cop::fuzz {

inline void init(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
}

} // namespace cop::fuzz
