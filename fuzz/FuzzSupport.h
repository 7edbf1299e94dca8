#pragma once

// What the fuzz targets share: a QCoreApplication for the code that expects one (timers,
// translations), and a quiet Qt log: the warnings bad input rightly causes would cost more
// than the input itself, and would bury libFuzzer's report.

#include <QCoreApplication>

#include <cstdio>

namespace cop::fuzz {

// The clock the seed corpora were made on (fuzz/make_corpus.cpp): messages are received then.
constexpr qint64 kCorpusUtcUs = 1'767'225'600'000'000; // 2026-01-01T00:00:00Z

// The longest journal segment fuzz_journal_reader reads, and its seeds hold: a reader's and a
// survey's cost grow with the records, and a few of each kind reach every path, so that a long
// run reaches millions of inputs.
constexpr size_t kMaxSegmentBytes = 8192;

inline void init(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
}

} // namespace cop::fuzz
