// A recording of a hostile service replays without freezing: the journal keeps every message as
// received (the debrief must show what was sent), and replay refuses the bad ones again, through
// the same decoder, into the same pipeline the live console runs. Both consoles are built as
// main() builds them (ConsoleAssembly).
#include "ConsoleAssembly.h"
#include "session/ConsoleSession.h"
#include "HostileService.h"
#include "ReplaySource.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cop::hostile::HostileMode;

namespace {

// What no honest track can be, whatever was sent.
QString absurdTrack(const cop::Picture &picture, qint64 nowUtcUs)
{
    for (const cop::Track &track : picture.tracks()) {
        const cop::TrackUpdate &state = track.state;
        const double speed = std::hypot(state.velocityEcef[0], state.velocityEcef[1], state.velocityEcef[2]);
        if (!(state.position.heightM >= -1'000.0 && state.position.heightM <= 10'000'000.0)
            || !(speed <= 12'000.0) || std::llabs(state.timeUtcUs - nowUtcUs) > 3'600'000'000LL
            || state.trackId.size() > 64)
            return track.service + u' ' + state.trackId.left(64);
    }
    return {};
}

} // namespace

class HostileReplayTest : public QObject
{
    Q_OBJECT

private slots:
    void recordedHostileStreamReplaysWithoutStalling()
    {
        QTemporaryDir dir;
        cop::ConsoleOptions options;
        options.operatorName = u"Kim"_s;
        options.consoleId = u"seoul-1"_s;
        options.journal.directory = dir.filePath(u"journal"_s);
        options.journal.keyframeInterval = std::chrono::milliseconds(1'000);
        QString error;
        {
            cop::hostile::HostileService hostile(
                {.modes = {HostileMode::MillisecondTimestamps, HostileMode::FutureTimestamps,
                           HostileMode::HugeEcef, HostileMode::HugeHeight, HostileMode::HugeEllipse,
                           HostileMode::IndefiniteCovariance, HostileMode::HugeTrackId,
                           HostileMode::HugeRegionId, HostileMode::HugeTrajectory, HostileMode::HugeSnapshot},
                 .goodTracks = 3,
                 .rateHz = 4.0});
            cop::ConsoleOptions live = options;
            live.services.append({u"JP"_s, QString::fromStdString(hostile.address())});
            cop::ConsoleAssembly console(live);
            QVERIFY2(console.start(&error), qPrintable(error));
            const cop::Picture &picture = *console.session()->picture();
            // Until the console holds the snapshot (huge: decoding it takes a while; its newest
            // 20,000 tracks may crowd the service's honest ones out) and has had some of the bad
            // traffic after it.
            QTRY_VERIFY_WITH_TIMEOUT(picture.tracks().size() >= 20'000, 60'000);
            const quint64 hugeIds = hostile.counters().badOf(HostileMode::HugeTrackId);
            QTRY_VERIFY_WITH_TIMEOUT(hostile.counters().badOf(HostileMode::HugeTrackId) > hugeIds + 12,
                                     30'000);
            QVERIFY2(absurdTrack(picture, QDateTime::currentMSecsSinceEpoch() * 1000).isEmpty(),
                     qPrintable(absurdTrack(picture, QDateTime::currentMSecsSinceEpoch() * 1000)));
        } // the journal writes and syncs everything as the console goes

        options.replayPath = options.journal.directory;
        cop::ConsoleAssembly console(options);
        QVERIFY2(console.start(&error), qPrintable(error));
        cop::ConsoleSession &session = *console.session();
        cop::ReplayClock &clock = console.replay()->clock();
        clock.pause(); // moved by hand here, as the timeline bar moves it
        QTest::qWait(200); // the watchdog is armed once the loop turns
        session.watchdog()->resetLatency();
        int steps = 0;
        for (qint64 t = clock.startUtcUs(); t <= clock.endUtcUs(); t += 250'000, ++steps) {
            clock.setPosition(t);
            QTest::qWait(5);
            QVERIFY2(absurdTrack(*session.picture(), t).isEmpty(), qPrintable(absurdTrack(*session.picture(), t)));
        }
        clock.setPosition(clock.startUtcUs()); // and back, through a keyframe
        clock.setPosition(clock.endUtcUs());
        // Local predictions for thousands of tracks keep changing the picture: fusion never
        // rests here, but it publishes.
        QTRY_VERIFY_WITH_TIMEOUT(!session.fusion()->tracks().empty(), 10'000);
        QVERIFY2(steps >= 8, qPrintable(QString::number(steps)));
        QVERIFY(!session.picture()->tracks().isEmpty());
        const cop::PictureWatchdog::Latency latency = session.watchdog()->latency();
        qInfo("replayed %d steps; event loop p50 %.0f ms, p99 %.0f ms, max %.0f ms", steps, latency.p50Ms,
              latency.p99Ms, latency.maxMs);
        QCOMPARE(session.watchdog()->stalledMs(), qint64(0));
    }

    // A console capped at 500 tracks a service keeps the newest 500 of a 100,000-track snapshot;
    // its recording replays with those 500 (the cap is in the journal), not the 20,000 a replay
    // would keep by default.
    void replayKeepsWhatTheLiveConsoleKeptOfASnapshotOverItsCap()
    {
        constexpr int kCap = 500;
        QTemporaryDir dir;
        cop::ConsoleOptions options;
        options.operatorName = u"Kim"_s;
        options.consoleId = u"seoul-1"_s;
        options.journal.directory = dir.filePath(u"journal"_s);
        QString error;
        QSet<QString> liveIds;
        {
            cop::hostile::HostileService hostile({.modes = {HostileMode::HugeSnapshot}, .goodTracks = 3, .rateHz = 4.0});
            cop::ConsoleOptions live = options;
            live.tracksPerService = kCap;
            live.services.append({u"JP"_s, QString::fromStdString(hostile.address())});
            cop::ConsoleAssembly console(live);
            QVERIFY2(console.start(&error), qPrintable(error));
            const cop::Picture &picture = *console.session()->picture();
            QTRY_VERIFY_WITH_TIMEOUT(hostile.counters().badOf(HostileMode::HugeSnapshot) > 0
                                         && picture.tracks().size() == kCap, 60'000);
            QTest::qWait(500); // updates of the tracks kept, and refusals of new ones, journaled too
            for (const cop::Track &track : picture.tracks())
                liveIds.insert(track.state.trackId);
        }

        options.replayPath = options.journal.directory;
        cop::ConsoleAssembly console(options);
        QVERIFY2(console.start(&error), qPrintable(error));
        cop::ReplayClock &clock = console.replay()->clock();
        clock.pause();
        clock.setPosition(clock.endUtcUs());
        QSet<QString> replayedIds;
        for (const cop::Track &track : console.session()->picture()->tracks())
            replayedIds.insert(track.state.trackId);
        QCOMPARE(replayedIds.size(), kCap);
        QCOMPARE(replayedIds, liveIds);
    }
};

QTEST_GUILESS_MAIN(HostileReplayTest)
#include "tst_hostile_replay.moc"
