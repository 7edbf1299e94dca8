// The journal under a high-rate hour: 1,000 tracks at 1 Hz plus alerts, written as the live
// console records it (see tests/replay/SyntheticSession.h), then: bytes per hour, the time to
// open the recording, seek latency to random points, replay throughput at full speed, and the
// recorder's cost in live ingest (process CPU with and without recording).

#include "IngestRun.h"
#include "journal/JournalLayout.h"
#include "Recorder.h"
#include "ReplayEngine.h"
#include "SyntheticSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Journal size, seek latency, replay throughput and recording overhead for a high-rate hour."));
    parser.addHelpOption();
    const QCommandLineOption tracksOption(QStringLiteral("tracks"), QStringLiteral("Tracks at 1 Hz (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Recorded minutes (default 60)."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption keyframeOption(QStringLiteral("keyframe-seconds"),
                                            QStringLiteral("Keyframe interval (default: the console's, 30)."),
                                            QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption seeksOption(QStringLiteral("seeks"), QStringLiteral("Random seeks (default 200)."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to write the journal (default: a temporary folder)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption ingestRunsOption(QStringLiteral("ingest-runs"),
                                              QStringLiteral("Ingest runs with and without recording (default 5)."),
                                              QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption ingestUpdatesOption(QStringLiteral("ingest-updates"),
                                                 QStringLiteral("Track updates per ingest run (default 300000)."),
                                                 QStringLiteral("N"), QStringLiteral("300000"));
    parser.addOptions({tracksOption, minutesOption, keyframeOption, seeksOption, dirOption, ingestRunsOption,
                       ingestUpdatesOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    cop::testing::SyntheticSession session;
    session.tracks = parser.value(tracksOption).toInt();
    session.seconds = parser.value(minutesOption).toDouble() * 60;
    session.keyframeSeconds = parser.value(keyframeOption).toDouble();
    if (session.tracks < 1 || session.seconds < 60 || session.keyframeSeconds <= 0) {
        std::fprintf(stderr, "cop-bench-replay: --tracks, --minutes (>= 1) and --keyframe-seconds must be positive\n");
        return 2;
    }

    // Record.
    cop::JournalSettings settings;
    settings.directory = root;
    QElapsedTimer timer;
    timer.start();
    quint64 records = 0;
    QString sessionDir, error;
    {
        cop::JournalWriter writer(settings, QStringLiteral("bench"), {session.service});
        if (!writer.start(&error)) {
            std::fprintf(stderr, "cop-bench-replay: %s\n", qPrintable(error));
            return 1;
        }
        cop::Picture picture;
        records = session.write(writer, picture);
        writer.flush();
        sessionDir = writer.sessionDirectory();
    }
    qint64 bytes = 0;
    for (const QString &segment : cop::journal::segmentFiles(sessionDir))
        bytes += QFileInfo(segment).size();
    const double hours = session.seconds / 3600.0;
    std::printf("recorded: %d tracks at 1 Hz for %.0f min, keyframes every %.0f s: %llu records, "
                "%.1f MiB (%.1f MiB per hour) in %.1f s\n",
                session.tracks, session.seconds / 60, session.keyframeSeconds,
                static_cast<unsigned long long>(records), double(bytes) / 1048576.0, double(bytes) / 1048576.0 / hours,
                double(timer.elapsed()) / 1000.0);

    // Open.
    cop::Picture picture;
    cop::ReplayEngine engine(&picture);
    timer.start();
    if (!engine.open(sessionDir, &error)) {
        std::fprintf(stderr, "cop-bench-replay: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("open (check every record, index keyframes, survey alerts): %.0f ms\n",
                double(timer.nsecsElapsed()) / 1e6);

    // Seek to random points, from wherever the previous seek left the engine.
    QRandomGenerator random(1);
    std::vector<double> seekMs;
    const qint64 span = engine.endUtcUs() - engine.startUtcUs();
    for (int i = 0; i < parser.value(seeksOption).toInt(); ++i) {
        const qint64 target = engine.startUtcUs() + qint64(random.bounded(1.0) * double(span));
        timer.start();
        engine.seek(target);
        seekMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("seek to random points: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %zu seeks "
                "(target p95 <= 100 ms)\n",
                percentile(seekMs, 0.5), percentile(seekMs, 0.95), percentile(seekMs, 1.0), seekMs.size());

    // Full speed from the start, in one-second clock steps as a very fast replay clock would.
    engine.seek(engine.startUtcUs());
    qint64 events = 0;
    for (qsizetype i = 0; i < engine.journal().size(); ++i)
        events += engine.journal().head(i).kind == cop::JournalRecord::Kind::Inbound ? 1 : 0;
    timer.start();
    for (qint64 t = engine.startUtcUs(); t < engine.endUtcUs(); t += 1'000'000)
        engine.seek(t);
    engine.seek(engine.endUtcUs());
    const double replaySeconds = double(timer.nsecsElapsed()) * 1e-9;
    std::printf("replay at full speed: %.0f events/s (%lld events in %.1f s, %.0fx real time)\n",
                double(events) / replaySeconds, static_cast<long long>(events), replaySeconds,
                session.seconds / replaySeconds);

    // Live: the recorder's share of ingest CPU.
    const int updates = std::max(1, parser.value(ingestUpdatesOption).toInt());
    constexpr int kIngestTracks = 1000;
    std::vector<double> plain, recorded;
    QTemporaryDir liveJournal;
    for (int run = 0; run < parser.value(ingestRunsOption).toInt(); ++run) {
        const auto without = ingestOnce(updates, kIngestTracks);
        cop::JournalSettings liveSettings;
        liveSettings.directory = liveJournal.filePath(QString::number(run));
        cop::JournalWriter writer(liveSettings, QStringLiteral("bench"), {QStringLiteral("BENCH")});
        if (!writer.start(&error)) {
            std::fprintf(stderr, "cop-bench-replay: %s\n", qPrintable(error));
            return 1;
        }
        std::unique_ptr<cop::Recorder> recorder;
        const auto with = ingestOnce(updates, kIngestTracks, [&](cop::ServiceConnection &connection, cop::Picture &live) {
            recorder = std::make_unique<cop::Recorder>(&live, &writer);
            recorder->attach(&connection);
        });
        // The writer thread works every 50 ms inside the timed window; what it writes after the
        // last batch (at most 50 ms of records) is left out, against runs of seconds.
        writer.flush();
        if (!without || !with) {
            std::fprintf(stderr, "cop-bench-replay: an ingest run did not deliver every update\n");
            return 1;
        }
        plain.push_back(without->cpuSeconds / updates * 1e6);
        recorded.push_back(with->cpuSeconds / updates * 1e6);
    }
    const double overhead = (median(recorded) - median(plain)) / median(plain) * 100.0;
    std::printf("live ingest CPU per update: %.2f us without recording, %.2f us with "
                "(medians of %zu runs): journal overhead %.1f %% (target <= 5 %%)\n",
                median(plain), median(recorded), plain.size(), overhead);
    return 0;
}
