// End-to-end ingest rate (see IngestRun.h), median over several runs. With --tls DIR (a PKI
// from scripts/pki demo) every run is made twice, plaintext and mutual TLS, and the ratio given.

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
    std::vector<std::vector<double>> rates(modes.size()), connects(modes.size());
    for (int runIndex = 0; runIndex < runs; ++runIndex) {
        for (size_t mode = 0; mode < modes.size(); ++mode) {
            const std::optional<IngestRun> run = ingestOnce(updates, tracks, {}, modes[mode]);
            if (!run) {
                std::fprintf(stderr, "cop-bench-ingest: run %d did not deliver every update\n", runIndex + 1);
                return 1;
            }
            const double rate = updates / run->wallSeconds;
            std::printf("run %d%s: %.0f updates/s, first data after %.1f ms\n", runIndex + 1,
                        mode ? " (TLS)" : "", rate, run->connectSeconds * 1e3);
            rates[mode].push_back(rate);
            connects[mode].push_back(run->connectSeconds);
        }
    }
    const auto median = [](std::vector<double> &values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    for (size_t mode = 0; mode < modes.size(); ++mode) {
        const double rate = median(rates[mode]);
        std::printf("ingest%s: %d track updates over %d tracks, median %.0f updates/s over %d runs "
                    "(min %.0f, max %.0f); connect to first data median %.1f ms\n",
                    mode ? " over TLS" : "", updates, tracks, rate, runs, rates[mode].front(),
                    rates[mode].back(), median(connects[mode]) * 1e3);
    }
    if (modes.size() > 1)
        std::printf("TLS / plaintext throughput ratio: %.2f\n", median(rates[1]) / median(rates[0]));
    return 0;
}
