// Glass to glass: how long a track update takes from a track service to the operator's screen,
// measured on the whole console as main() builds it (ConsoleAssembly: session, fusion, journal,
// the main window with its map) in a window on a display. Three track services in this process
// send N missiles each at 1 Hz, every update stamped when sent; the map's overlay says which
// raster each frame shows and the fused picture that raster was drawn from, so each update is
// found in the first frame that shows it. Prints send -> shown p50/p99/max, the share of updates
// never shown (replaced before any raster drew them), the GUI event loop's longest stall,
// frames per second, CPU per thread and peak memory, and the time from the start of main() to
// the first frame showing service tracks.
//
// --interact: an operator zooms, pans and switches the language while it is measured
// (OperatorScript), each action timed on the GUI event loop. --snapshot: the services hold
// their missiles before the console connects, so it starts with a snapshot of them all; timed
// from connecting to the first frame showing them, with the event loop's worst latency meanwhile.
// --rss-every S: resident memory and the heap in use every S seconds, to see what a long watch
// would hold, with send -> shown and CPU per thread over those S seconds.
//
// --at-rest: the demo instead (three cop-sim processes, five missiles): the frames rendered
// and the CPU the console uses while little changes, the cost of a twelve-hour shift.
// Run it on a display or under xvfb-run (QT_QPA_PLATFORM=xcb).

#include "base/BackgroundPool.h"
#include "BenchConsole.h"
#include "DarkTheme.h"
#include "GlassFeed.h"
#include "GlassLedger.h"
#include "IngestRun.h"
#include "LoopLatency.h"
#include "MainWindow.h"
#include "OperatorScript.h"
#include "PaintCounter.h"
#include "ProcessMemory.h"
#include "RunFor.h"
#include "SerialPainting.h"
#include "session/ConsoleSession.h"
#include "ShownFrames.h"
#include "SimProcess.h"
#include "StandardOptions.h"
#include "ThreadCpu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QTimer>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <thread>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

namespace {

// Resolves what each shown raster drew against the ledger, off the GUI thread: at 30,000
// tracks a pass over a fused picture would show up in the stalls it measures. Lets go of the
// bench's hold on the results there too: the last hold on a result of 30,000 tracks frees it
// (10 ms and more), and the console frees its own on its pipeline thread.
class ShownResolver
{
public:
    explicit ShownResolver(GlassLedger &ledger) : m_ledger(ledger), m_thread([this] { run(); }) {}
    ~ShownResolver()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void release(std::shared_ptr<const cop::FusionResult> result) { shown(std::move(result), -1); }

    void shown(std::shared_ptr<const cop::FusionResult> result, qint64 shownUs)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.emplace_back(std::move(result), shownUs);
        }
        m_wake.notify_one();
    }

    // Waits until everything handed over is resolved.
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    }

private:
    void run()
    {
        // Named for the report's CPU by thread. At the console's picture priority: the last hold
        // it lets go of frees a result, which the console does on its pipeline thread.
        pthread_setname_np(pthread_self(), "glass resolve");
        cop::yieldToInteractiveThreads(cop::Urgency::Picture);
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            auto [result, shownUs] = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
            lock.unlock();
            if (shownUs >= 0)
                resolve(*result, shownUs);
            result.reset();
            lock.lock();
            m_busy = false;
            m_idle.notify_all();
        }
    }

    void resolve(const cop::FusionResult &result, qint64 shownUs)
    {
        for (const cop::FusedTrack &track : result.tracks) {
            for (const cop::Contributor &contributor : track.contributors) {
                const int service = int(GlassFeed::kNations.indexOf(contributor.key.service));
                if (service >= 0)
                    m_ledger.shown(service, GlassFeed::trackOf(contributor.key.id), contributor.timeUtcUs, shownUs);
            }
        }
    }

    GlassLedger &m_ledger;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_idle;
    std::deque<std::pair<std::shared_ptr<const cop::FusionResult>, qint64>> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

// How long the services have been sending before the console connects, with --snapshot: every
// missile has been sent by then. The console is built meanwhile, as it would be started beside
// services already running.
constexpr int kSnapshotLeadMs = 2'000;
// How long a snapshot may take to be shown before the bench gives up on it.
constexpr int kSnapshotLimitMs = 60'000;

} // namespace

int main(int argc, char *argv[])
{
    // First: the start of the console's process as an operator sees it.
    QElapsedTimer sinceMain;
    sinceMain.start();
    cop::paintOnOneThread(); // as main() does
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Track update to screen, on the whole console. Run on a display or under xvfb-run."));
    const QCommandLineOption tracksOption(QStringLiteral("tracks"), QStringLiteral("Missiles each of three services reports at 1 Hz (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to measure (default 30)."),
                                           QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption warmUpOption(QStringLiteral("warm-up"), QStringLiteral("Seconds before measuring (default 10)."),
                                          QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption atRestOption(QStringLiteral("at-rest"),
                                          QStringLiteral("The demo (three cop-sim processes) instead: frames and CPU while little changes."));
    const QCommandLineOption interactOption(QStringLiteral("interact"),
                                            QStringLiteral("Measure while an operator zooms, pans and switches the language, an action"
                                                           " every 1.5 s, instead of for --seconds."));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("The services hold their missiles before the console connects: time its"
                                                           " first snapshot to the screen."));
    const QCommandLineOption rssEveryOption(QStringLiteral("rss-every"), QStringLiteral("Print resident memory, and send -> shown and CPU per thread since the last print, every S seconds (default: never)."),
                                            QStringLiteral("S"), QStringLiteral("0"));
    cop::cli::parseBeforeGui(argc, argv, &parser,
                             {tracksOption, secondsOption, warmUpOption, atRestOption, interactOption, snapshotOption, rssEveryOption});
    QApplication app(argc, argv);
    // As operators see it: the theme's style and palette are part of what a repaint costs.
    cop::applyDarkTheme(app);
    const int tracks = parser.value(tracksOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int warmUpS = parser.value(warmUpOption).toInt();
    const bool atRest = parser.isSet(atRestOption);
    const bool interact = parser.isSet(interactOption);
    const bool snapshot = parser.isSet(snapshotOption);
    if (atRest && snapshot) {
        std::fprintf(stderr, "cop-bench-glass: --snapshot needs the bench's own services, not --at-rest\n");
        return 2;
    }

    cop::ConsoleOptions options;
    options.consoleId = QStringLiteral("bench-1");
    options.operatorName = QStringLiteral("Bench");
    GlassLedger ledger(int(GlassFeed::kNations.size()), tracks);
    QTimer rssLog;
    QMap<QString, double> threadsAtLastLog = threadCpuSeconds();
    QElapsedTimer sinceLastLog;
    sinceLastLog.start();
    QObject::connect(&rssLog, &QTimer::timeout, &app, [&] {
        std::printf("memory at %.0f s: %s; %s, of which the bench's ledger %.0f MB\n", double(sinceMain.elapsed()) / 1000.0,
                    qPrintable(processMemoryLine()), qPrintable(heapLine()), double(ledger.held()) * 8 / 1e6);
        const LatencyHistogram recent = ledger.takeRecent();
        const QMap<QString, double> threads = threadCpuSeconds();
        std::printf("  since the last: send -> shown p50 %.0f ms, p99 %.0f ms, max %.0f ms over %lld updates; CPU by thread: %s\n",
                    recent.percentile(0.5), recent.percentile(0.99), recent.percentile(1.0),
                    static_cast<long long>(recent.count()),
                    qPrintable(threadCpuLine(threadsAtLastLog, threads, double(sinceLastLog.restart()) / 1000.0)));
        threadsAtLastLog = threads;
    });
    if (const int rssEveryS = parser.value(rssEveryOption).toInt(); rssEveryS > 0)
        rssLog.start(rssEveryS * 1000);
    std::unique_ptr<GlassFeed> feed;
    std::vector<std::unique_ptr<QProcess>> sims;
    if (atRest) {
        // As scripts/demo starts them: one clock for the three nations.
        const QString sim = QCoreApplication::applicationDirPath() + QStringLiteral("/cop-sim");
        const QString start = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const QString &nation : GlassFeed::kNations) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(sim, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--nation"),
                                 nation, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--start-utc"), start});
            sims.push_back(std::move(process));
        }
        for (size_t i = 0; i < sims.size(); ++i) {
            const int port = simProcessPort(*sims[i]);
            if (port == 0) {
                std::fprintf(stderr, "cop-bench-glass: %s did not start\n", qPrintable(sim));
                return 1;
            }
            options.services.append({GlassFeed::kNations[qsizetype(i)], QStringLiteral("127.0.0.1:%1").arg(port)});
        }
    } else {
        feed = std::make_unique<GlassFeed>(tracks, ledger);
        for (int i = 0; i < GlassFeed::kNations.size(); ++i)
            options.services.append({GlassFeed::kNations[i], feed->address(i)});
    }
    QElapsedTimer sinceFeed;
    if (snapshot) {
        feed->start();
        sinceFeed.start();
    }
    BenchConsole bench(options);
    cop::ConsoleAssembly &console = bench.console();
    cop::MainWindow &window = bench.window();
    QElapsedTimer waiting;
    waiting.start();
    while ((!window.mapWidget() || !window.mapWidget()->overlay()) && waiting.elapsed() < 60'000)
        runFor(50);
    cop::MapWidget *map = window.mapWidget();
    if (!map || !map->overlay()) {
        std::fprintf(stderr, "cop-bench-glass: the map did not load\n");
        return 1;
    }
    cop::ConsoleSession &session = *console.session();
    cop::TrackOverlay *overlay = map->overlay();

    // What the scene last drew from, and what each raster painting or shown was drawn from.
    ShownResolver resolver(ledger);
    std::shared_ptr<const cop::FusionResult> sceneContent;
    std::map<quint64, std::shared_ptr<const cop::FusionResult>> rasterContent;
    int sceneUpdates = 0;
    QObject::connect(overlay, &cop::TrackOverlay::sceneUpdated, &app, [&] {
        resolver.release(std::exchange(sceneContent, session.fusion()->result()));
        ++sceneUpdates;
    });
    QObject::connect(overlay, &cop::TrackOverlay::rasterStarted, &app, [&](quint64 serial) { rasterContent[serial] = sceneContent; });
    // When the first frame showing service tracks, and the first showing every track of every
    // service, reached the screen (ms since main() started), and the event loop's worst latency
    // until then with --snapshot.
    std::optional<LoopLatency> snapshotLatency;
    qint64 firstLiveMs = -1, firstCompleteMs = -1;
    double worstUntilLiveMs = 0.0, busyUntilLiveMs = 0.0;
    const qsizetype everyTrack = qsizetype(tracks) * GlassFeed::kNations.size();
    ShownFrames frames(map, overlay, [&](quint64 serial, qint64 shownUs) {
        auto it = rasterContent.find(serial);
        if (it != rasterContent.end()) {
            if (const std::shared_ptr<const cop::FusionResult> &content = it->second) {
                resolver.shown(content, shownUs);
                if (firstLiveMs < 0 && !content->tracks.empty()) {
                    firstLiveMs = sinceMain.elapsed();
                    if (snapshotLatency) {
                        worstUntilLiveMs = snapshotLatency->worstMs();
                        busyUntilLiveMs = snapshotLatency->worstBusyMs();
                    }
                }
                if (firstCompleteMs < 0 && content->assignment.size() >= everyTrack)
                    firstCompleteMs = sinceMain.elapsed();
            }
            ++it;
        }
        for (auto gone = rasterContent.begin(); gone != it; gone = rasterContent.erase(gone))
            resolver.release(std::move(gone->second));
    });
    PaintCounter paints;
    int rasters = 0, pictureChanges = 0;
    QObject::connect(overlay, &cop::TrackOverlay::rastered, &app, [&] { ++rasters; });
    QObject::connect(session.picture(), &cop::Picture::changed, &app, [&] { ++pictureChanges; });
    qint64 longestStallMs = 0;
    QObject::connect(session.watchdog(), &cop::PictureWatchdog::stallChanged, &app,
                     [&longestStallMs](qint64 ms) { longestStallMs = std::max(longestStallMs, ms); });

    // The bench's wait for its services' lead: a console started beside running services would
    // connect at once.
    qint64 leadWaitMs = 0;
    if (snapshot) {
        leadWaitMs = std::max<qint64>(0, kSnapshotLeadMs - sinceFeed.elapsed());
        runFor(int(leadWaitMs));
        snapshotLatency.emplace();
    }
    const qint64 connectMs = sinceMain.elapsed();
    QString error;
    if (!console.start(&error)) {
        std::fprintf(stderr, "cop-bench-glass: %s\n", qPrintable(error));
        return 1;
    }
    if (snapshot) {
        while (firstCompleteMs < 0 && sinceMain.elapsed() - connectMs < kSnapshotLimitMs)
            runFor(10);
        const double worstMs = snapshotLatency->worstMs(), busyMs = snapshotLatency->worstBusyMs();
        snapshotLatency.reset();
        const auto until = [connectMs, worstMs, busyMs](qint64 ms, double worst, double busy) {
            if (ms < 0)
                return QStringLiteral("none within %1 s, GUI latency meanwhile %2 ms (%3 ms)").arg(kSnapshotLimitMs / 1000).arg(worstMs, 0, 'f', 0).arg(busyMs, 0, 'f', 0);
            return QStringLiteral("%1 ms, GUI latency until then %2 ms (%3 ms)").arg(ms - connectMs).arg(worst, 0, 'f', 0).arg(busy, 0, 'f', 0);
        };
        std::printf("snapshot of 3 x %d missiles held before connecting (5 ms probe, in brackets the most GUI-thread CPU"
                    " between two ticks; target <= %.0f ms): from connecting to the first frame with tracks %s; to the"
                    " first with every track %s\n",
                    tracks, LoopLatency::kBudgetMs, qPrintable(until(firstLiveMs, worstUntilLiveMs, busyUntilLiveMs)),
                    qPrintable(until(firstCompleteMs, worstMs, busyMs)));
    } else if (feed) {
        feed->start();
    }
    runFor(warmUpS * 1000);

    const qint64 fromUs = GlassFeed::wallNowUs();
    const qint64 toUs = fromUs + qint64(seconds) * 1'000'000;
    ledger.setWindow(fromUs, toUs);
    session.watchdog()->resetLatency();
    frames.reset();
    paints.reset();
    rasters = pictureChanges = sceneUpdates = 0;
    longestStallMs = 0;
    const double cpuStart = processCpuSeconds();
    const QMap<QString, double> threadsStart = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    if (interact)
        OperatorScript(window, *map).run();
    else
        runFor(seconds * 1000);
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpuStart;
    const QMap<QString, double> threadsEnd = threadCpuSeconds();
    const cop::PictureWatchdog::Latency latency = session.watchdog()->latency();
    const int rendered = frames.rendered(), flushed = frames.flushed();

    if (atRest) {
        std::printf("cop-bench-glass --at-rest: the demo (three cop-sim, %lld fused tracks) for %.1f s after %d s\n",
                    static_cast<long long>(session.fusion()->tracks().size()), wallS, warmUpS);
    } else {
        // Updates sent to the window's end are given 3 s to reach the screen (an operator's
        // actions may end before the window).
        runFor(int(std::max<qint64>(0, (toUs - GlassFeed::wallNowUs()) / 1000)) + 3000);
        resolver.drain();
        feed->stop();
        const GlassLedger::Figures figures = ledger.figures();
        const double all = double(figures.latencies.count() + figures.superseded + figures.unresolved);
        std::printf("cop-bench-glass: 3 services x %d missiles at 1 Hz for %.1f s after %d s\n", tracks, wallS, warmUpS);
        std::printf("send -> shown: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %lld updates shown\n",
                    figures.latencies.percentile(0.5), figures.latencies.percentile(0.99),
                    figures.latencies.percentile(1.0), static_cast<long long>(figures.latencies.count()));
        std::printf("never shown: %.1f %% replaced before a raster drew them, %.1f %% not shown 3 s after the end\n",
                    all > 0 ? 100.0 * double(figures.superseded) / all : 0.0,
                    all > 0 ? 100.0 * double(figures.unresolved) / all : 0.0);
        if (firstLiveMs < 0)
            std::printf("start -> first live picture: none, no frame showed service tracks (target <= 3000 ms)\n");
        else
            std::printf("start -> first live picture: %lld ms (main() to the first frame showing service tracks, connecting"
                        " at %lld ms%s; target <= 3000 ms)\n",
                        static_cast<long long>(firstLiveMs - leadWaitMs), static_cast<long long>(connectMs - leadWaitMs),
                        leadWaitMs > 0 ? qPrintable(QStringLiteral(", not counting %1 ms waiting for the services' lead").arg(leadWaitMs)) : "");
    }
    // Each build takes in the whole picture; one that would look as the last paints no raster.
    std::printf("frames: %.1f/s rendered by the map, %.1f/s composed by the window; overlay: %.1f rasters/s,"
                " %.1f scene builds/s; %.1f picture changes/s\n",
                rendered / wallS, flushed / wallS, rasters / wallS, sceneUpdates / wallS, pictureChanges / wallS);
    std::printf("widget repaints: %s\n", qPrintable(paints.line(wallS)));
    std::printf("GUI event loop: latency p50 %.0f ms, p99 %.0f ms, max %.0f ms; longest stall reported %lld ms\n",
                latency.p50Ms, latency.p99Ms, latency.maxMs, longestStallMs);
    std::printf("CPU: %.2f of a core for the whole process; by thread: %s\n", cpu / wallS,
                qPrintable(threadCpuLine(threadsStart, threadsEnd, wallS)));
    std::printf("memory: %s\n", qPrintable(processMemoryLine()));
    stopSimProcesses(sims);
    // The console goes last (it was made first) and may still signal while it goes: not into
    // the figures made after it, which are gone by then.
    QObject::disconnect(overlay, nullptr, &app, nullptr);
    QObject::disconnect(session.picture(), nullptr, &app, nullptr);
    QObject::disconnect(session.watchdog(), nullptr, &app, nullptr);
    return 0;
}
