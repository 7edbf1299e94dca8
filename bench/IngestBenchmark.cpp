// End-to-end ingest rate: a track service in this process (the simulator's, over loopback gRPC)
// streams N track updates; one ServiceConnection decodes, checks, sequences and batches them
// into a Picture on the main thread. Each run times from subscribe to the last sequence applied.

#include "EventLog.h"
#include "Picture.h"
#include "ServiceConnection.h"
#include "ServiceHost.h"
#include "TrackUpdates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

constexpr int kTimeoutMs = 120'000;

// Updates per second for one run, or nothing if it did not finish in time.
std::optional<double> runOnce(int updates, int tracks)
{
    cop::sim::EventLog log("bench", size_t(updates));
    cop::v1::ServiceInfo info;
    info.set_heartbeat_period_ms(1000);
    cop::sim::ServiceHost host(log, info, "127.0.0.1:0");
    cop::ServiceConnection connection(QStringLiteral("BENCH"),
                                      QStringLiteral("127.0.0.1:%1").arg(host.port()),
                                      QStringLiteral("bench"));
    cop::Picture picture;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                     &cop::Picture::applyBatch);

    // Take the (empty) snapshot first, so the timed subscription resumes and streams every
    // update rather than a snapshot of the final state.
    QEventLoop loop;
    auto live = QObject::connect(&connection, &cop::ServiceConnection::batchReady, &loop,
                                 &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    connection.start();
    loop.exec();
    QObject::disconnect(live);
    connection.stop();

    for (int i = 0; i < updates; ++i)
        log.append(cop::testing::trackUpdate(i % tracks, i / tracks));

    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &loop,
                     [&](const cop::ServiceBatch &batch) {
                         if (!batch.events.empty() && batch.events.back().sequence == quint64(updates)) {
                             elapsedNs = timer.nsecsElapsed();
                             loop.quit();
                         }
                     });
    timer.start();
    connection.start();
    loop.exec();
    if (elapsedNs == 0 || connection.status().counters.eventsApplied != quint64(updates)
        || picture.tracks().size() != tracks)
        return std::nullopt;
    return updates / (elapsedNs * 1e-9);
}

} // namespace

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
    for (int run = 0; run < runs; ++run) {
        const std::optional<double> rate = runOnce(updates, tracks);
        if (!rate) {
            std::fprintf(stderr, "cop-bench-ingest: run %d did not deliver every update\n", run + 1);
            return 1;
        }
        std::printf("run %d: %.0f updates/s\n", run + 1, *rate);
        rates.push_back(*rate);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("ingest: %d track updates over %d tracks, median %.0f updates/s over %d runs "
                "(min %.0f, max %.0f)\n",
                updates, tracks, rates[rates.size() / 2], runs, rates.front(), rates.back());
    return 0;
}
