// End-to-end ingest rate (see IngestRun.h), median over several runs.

#include "IngestRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Track updates per second from a track service through the client into the picture."));
    parser.addHelpOption();
    const QCommandLineOption updatesOption(QStringLiteral("updates"),
                                           QStringLiteral("Track updates per run (default 1000000)."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption tracksOption(QStringLiteral("tracks"),
                                          QStringLiteral("Distinct tracks (default 300)."),
                                          QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs (default 5)."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    parser.addOptions({updatesOption, tracksOption, runsOption});
    parser.process(app);
    const int updates = parser.value(updatesOption).toInt();
    const int tracks = parser.value(tracksOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    if (updates < 1 || tracks < 1 || tracks > updates || runs < 1) {
        std::fprintf(stderr, "cop-bench-ingest: --updates, --tracks and --runs must be positive, "
                             "with no more tracks than updates\n");
        return 2;
    }

    std::vector<double> rates;
    for (int runIndex = 0; runIndex < runs; ++runIndex) {
        const std::optional<IngestRun> run = ingestOnce(updates, tracks);
        if (!run) {
            std::fprintf(stderr, "cop-bench-ingest: run %d did not deliver every update\n", runIndex + 1);
            return 1;
        }
        const double rate = updates / run->wallSeconds;
        std::printf("run %d: %.0f updates/s\n", runIndex + 1, rate);
        rates.push_back(rate);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("ingest: %d track updates over %d tracks, median %.0f updates/s over %d runs "
                "(min %.0f, max %.0f)\n",
                updates, tracks, rates[rates.size() / 2], runs, rates.front(), rates.back());
    return 0;
}
