// The console under a hostile service: the GUI event loop's latency while one track service
// sends a snapshot of 100,000 tracks and bad data of every kind, and two others (real cop-sim
// processes, one clock) play the demo. The console side is the production wiring, as main()
// builds it (ConsoleAssembly: session, track services, journal, the main window with its map).
// What it prints: event-loop latency p50/p99/max (target p99 <= 100 ms, max <= 250 ms), the
// longest stall the watchdog saw, and what the console kept and refused. Run it on a display or under xvfb-run.

#include "BenchConsole.h"
#include "session/ConsoleSession.h"
#include "DarkTheme.h"
#include "HostileService.h"
#include "ProcessMemory.h"
#include "SimProcess.h"
#include "StandardOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI event-loop latency under a hostile track service."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to measure."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption modesOption(QStringLiteral("modes"),
                                         QStringLiteral("Hostile modes (cop-hostile --help), or \"all\"."),
                                         QStringLiteral("LIST"),
                                         QStringLiteral("huge-snapshot,ms-timestamps,future-timestamps,"
                                                        "huge-ecef,huge-height,huge-ellipse,indefinite-covariance,"
                                                        "zero-covariance,non-finite,huge-region-id,huge-track-id,"
                                                        "huge-trajectory,unknown-enums,orphan-alerts"));
    cop::cli::parseBeforeGui(argc, argv, &parser, {secondsOption, modesOption});
    QApplication app(argc, argv);

    std::string unknown;
    const auto modes = cop::hostile::parseHostileModes(parser.value(modesOption).toStdString(), &unknown);
    if (!modes) {
        std::fprintf(stderr, "cop-bench-hostile: unknown mode %s\n", unknown.c_str());
        return 2;
    }

    // Two honest nations on one clock, as in scripts/demo.
    const QString sim = QCoreApplication::applicationDirPath() + QStringLiteral("/cop-sim");
    const QString start = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    cop::ConsoleOptions options;
    options.consoleId = QStringLiteral("bench-1");
    options.operatorName = QStringLiteral("Bench");
    std::vector<std::unique_ptr<QProcess>> sims;
    for (const char *nation : {"US", "KR"}) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int port = startSimProcess(*process, sim,
                                         {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("--nation"), QString::fromLatin1(nation),
                                          QStringLiteral("--start-utc"), start});
        if (port == 0) {
            std::fprintf(stderr, "cop-bench-hostile: %s did not start\n", qPrintable(sim));
            return 1;
        }
        options.services.append({QString::fromLatin1(nation), QStringLiteral("127.0.0.1:%1").arg(port)});
        sims.push_back(std::move(process));
    }
    cop::hostile::HostileService hostile({.modes = *modes, .nation = cop::v1::NATION_JP, .goodTracks = 3});
    options.services.append({QStringLiteral("JP"), QString::fromStdString(hostile.address())});

    cop::applyDarkTheme(app);
    BenchConsole bench(options);
    cop::ConsoleAssembly &console = bench.console();
    QString error;
    if (!console.start(&error)) {
        std::fprintf(stderr, "cop-bench-hostile: %s\n", qPrintable(error));
        return 1;
    }
    cop::ConsoleSession &session = *console.session();

    qint64 longestStallMs = 0;
    QObject::connect(session.watchdog(), &cop::PictureWatchdog::stallChanged, &app,
                     [&longestStallMs](qint64 ms) { longestStallMs = std::max(longestStallMs, ms); });
    // The window's first show is not counted: the watchdog holds through it (FirstShowHold).
    const int seconds = parser.value(secondsOption).toInt();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();

    const cop::PictureWatchdog::Latency latency = session.watchdog()->latency();
    std::printf("cop-bench-hostile: %d s, hostile JP (%zu modes) beside US and KR playing the demo\n",
                seconds, modes->size());
    std::printf("GUI event loop latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %lld beats "
                "(target p99 <= 100 ms, max <= 250 ms)\n",
                latency.p50Ms, latency.p99Ms, latency.maxMs, latency.samples);
    std::printf("longest stall reported: %lld ms\n", longestStallMs);
    QHash<QString, int> tracks;
    for (const cop::Track &track : session.picture()->tracks())
        ++tracks[track.service];
    for (const cop::FeedStatus &feed : session.picture()->feeds()) {
        std::printf("%s: %s, %d tracks kept, %llu malformed, last error: %s\n", qPrintable(feed.service),
                    qPrintable(cop::feedStateId(feed.state)), tracks.value(feed.service),
                    static_cast<unsigned long long>(feed.counters.malformed),
                    qPrintable(feed.lastError.left(160)));
    }
    std::printf("fused tracks: %zu (%lld left out for their time)\n", session.fusion()->tracks().size(),
                static_cast<long long>(session.fusion()->outOfTime()));
    std::printf("alerts: %lld; memory %s\n", static_cast<long long>(session.alerts()->alerts().size()),
                qPrintable(processMemoryLine()));
    for (auto &process : sims) {
        process->kill();
        process->waitForFinished(5'000);
    }
    return 0;
}
