// End-to-end ingest rate (see IngestRun.h), median over several runs, and as a ratio to a bare
// gRPC reader of the same stream in the same run (BareGrpcReader.h): how close the console comes
// to what gRPC itself delivers here. With --tls DIR (a PKI from scripts/pki demo) every run is
// made twice, plaintext and mutual TLS, and the throughput ratio given.

#include "BareGrpcReader.h"
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
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
                                       QStringLiteral("Also over mutual TLS with the demo PKI in DIR "
                                                      "(scripts/pki demo DIR), and compare."),
                                       QStringLiteral("DIR"));
    parser.addOptions({updatesOption, tracksOption, runsOption, tlsOption});
    parser.process(app);
    const int updates = parser.value(updatesOption).toInt();
    const int tracks = parser.value(tracksOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    if (updates < 1 || tracks < 1 || tracks > updates || runs < 1) {
        std::fprintf(stderr, "cop-bench-ingest: --updates, --tracks and --runs must be positive, "
                             "with no more tracks than updates\n");
        return 2;
    }

    std::vector<IngestSecurity> modes{{}};
    if (parser.isSet(tlsOption)) {
        const QString dir = parser.value(tlsOption);
        modes.push_back({QStringLiteral("US"),
                         {cop::TlsFiles{dir + "/ca/US.pem", dir + "/console/us-1.pem", dir + "/console/us-1.key"}},
                         cop::sim::ServerTls{(dir + "/service/US.pem").toStdString(),
                                             (dir + "/service/US.key").toStdString(),
                                             (dir + "/ca/all.pem").toStdString()}});
    }
    // Per mode, over the runs.
    struct Figures
    {
        std::vector<double> console, bare, ratios, connects;
    };
    std::vector<Figures> figures(modes.size());
    for (int runIndex = 0; runIndex < runs; ++runIndex) {
        for (size_t mode = 0; mode < modes.size(); ++mode) {
            std::optional<double> bareSeconds;
            const IngestBeside bare{[&](const IngestStream &stream) {
                                        BareGrpcReader reader(stream.address, stream.credentials,
                                                              kIngestTimeout);
                                        bareSeconds = reader.secondsUntil(stream.request,
                                                                          stream.lastSequence);
                                    },
                                    runIndex % 2 == 0};
            const std::optional<IngestRun> run = ingestOnce(updates, tracks, {}, modes[mode], bare);
            if (!run || !bareSeconds) {
                std::fprintf(stderr, "cop-bench-ingest: run %d did not deliver every update to %s\n",
                             runIndex + 1, run ? "the bare gRPC reader" : "the console");
                return 1;
            }
            Figures &mine = figures[mode];
            mine.console.push_back(updates / run->wallSeconds);
            mine.bare.push_back(updates / *bareSeconds);
            mine.ratios.push_back(mine.console.back() / mine.bare.back());
            mine.connects.push_back(run->connectSeconds);
            std::printf("run %d%s: console %.0f updates/s, bare gRPC reader %.0f updates/s (%s), "
                        "ratio %.2f; first data after %.1f ms\n",
                        runIndex + 1, mode ? " (TLS)" : "", mine.console.back(), mine.bare.back(),
                        bare.first ? "read first" : "read second", mine.ratios.back(),
                        run->connectSeconds * 1e3);
        }
    }
    const auto median = [](std::vector<double> &values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    for (size_t mode = 0; mode < modes.size(); ++mode) {
        Figures &mine = figures[mode];
        const double console = median(mine.console);
        const double bare = median(mine.bare);
        const double ratio = median(mine.ratios);
        std::printf("ingest%s: %d track updates over %d tracks, median %.0f updates/s over %d runs "
                    "(min %.0f, max %.0f); connect to first data median %.1f ms\n",
                    mode ? " over TLS" : "", updates, tracks, console, runs, mine.console.front(),
                    mine.console.back(), median(mine.connects) * 1e3);
        std::printf("bare gRPC reader%s: median %.0f updates/s (min %.0f, max %.0f); "
                    "console / bare ratio median %.2f (min %.2f, max %.2f; target >= 0.5)\n",
                    mode ? " over TLS" : "", bare, mine.bare.front(), mine.bare.back(),
                    ratio, mine.ratios.front(), mine.ratios.back());
    }
    if (modes.size() > 1) {
        std::printf("TLS / plaintext throughput ratio: %.2f\n",
                    median(figures[1].console) / median(figures[0].console));
    }
    return 0;
}
