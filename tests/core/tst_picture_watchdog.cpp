// The watchdog over the picture: a GUI thread or a pipeline job stuck past a second is a stall,
// shown and raised as the console's own critical alert, which returns to normal afterwards.
#include "ArmedWatchdog.h"
#include "base/SteadyClock.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using cop::PictureWatchdog;

using Fixture = ArmedWatchdog;

class PictureWatchdogTest : public QObject
{
    Q_OBJECT

private slots:
    void quietConsoleIsNoStall()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        QTest::qWait(1'500);
        QCOMPARE(stalls.count(), 0);
        QVERIFY(!f.alert());
        const PictureWatchdog::Latency latency = f.watchdog.latency();
        QVERIFY2(latency.samples >= 10, qPrintable(QString::number(latency.samples)));
        QVERIFY2(latency.maxMs < 900, qPrintable(QString::number(latency.maxMs)));
    }

    void blockedGuiThreadIsReportedOnceItRunsAgain()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        QThread::msleep(1'600); // the GUI thread stuck, as in a fusion of years
        QTRY_VERIFY(stalls.count() >= 1);
        QVERIFY2(stalls.first().first().toLongLong() >= 1'500,
                 qPrintable(QString::number(stalls.first().first().toLongLong())));
        QVERIFY(f.watchdog.latency().maxMs >= 1'500);
        // Raised, and back to normal now that it runs: left for the operator to acknowledge.
        QVERIFY(f.alert());
        QCOMPARE(int(f.alert()->report.kind), int(cop::AlertKind::PictureStalled));
        QCOMPARE(int(f.alert()->report.severity), int(cop::Severity::Critical));
        QTRY_COMPARE(int(f.alert()->state()), int(cop::AlertState::ClearedUnacknowledged));
        // The banner keeps saying so for a while, then goes.
        QCOMPARE(f.watchdog.stalledMs(), stalls.last().first().toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(f.watchdog.stalledMs(), qint64(0),
                                  int(PictureWatchdog::kShowAfterMs) + 2'000);
        QCOMPARE(stalls.last().first().toLongLong(), qint64(0));
    }

    void heldGuiThreadIsNoStallButThePipelineStillIs()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        f.watchdog.hold();
        QThread::msleep(1'300); // a window's first show
        QTest::qWait(200);
        QCOMPARE(stalls.count(), 0);
        QVERIFY(!f.alert());
        QVERIFY2(f.watchdog.latency().maxMs < 900, qPrintable(QString::number(f.watchdog.latency().maxMs)));

        f.jobStartedMs = cop::steadyNowMs();
        QTRY_VERIFY_WITH_TIMEOUT(f.watchdog.stalledMs() >= 1'000, 3'000);
        f.jobStartedMs = 0;
        QTRY_COMPARE(int(f.alert()->state()), int(cop::AlertState::ClearedUnacknowledged));

        // Released: the GUI thread is watched again, from the release on.
        f.watchdog.release();
        stalls.clear();
        QThread::msleep(2'300); // past the banner's second of the pipeline's stall
        QTRY_VERIFY(!stalls.isEmpty());
        QVERIFY2(stalls.first().first().toLongLong() >= 2'200,
                 qPrintable(QString::number(stalls.first().first().toLongLong())));
        QVERIFY(f.watchdog.latency().maxMs >= 2'200);
    }

    void stuckPipelineJobIsAStallWhileTheGuiRuns()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        f.jobStartedMs = cop::steadyNowMs();
        QTRY_VERIFY_WITH_TIMEOUT(f.watchdog.stalledMs() >= 2'000, 4'000);
        // Counted up live, once a second.
        QVERIFY2(stalls.count() >= 2, qPrintable(QString::number(stalls.count())));
        QVERIFY(f.alert());
        QCOMPARE(int(f.alert()->state()), int(cop::AlertState::ActiveUnacknowledged));
        QVERIFY(f.watchdog.latency().maxMs < 900); // the GUI itself never stopped

        f.jobStartedMs = 0;
        QTRY_COMPARE(int(f.alert()->state()), int(cop::AlertState::ClearedUnacknowledged));
        QVERIFY(f.book.acknowledge(f.alert()->key));
        QCOMPARE(int(f.alert()->state()), int(cop::AlertState::Cleared));
    }
};

QTEST_GUILESS_MAIN(PictureWatchdogTest)
#include "tst_picture_watchdog.moc"
