// The real console recording a real cop-sim, killed with SIGKILL at random moments, again and
// again: every session must reopen to its last whole record, and the next start must leave the
// killed session whole (a torn tail cut off, nothing else lost).
#include "journal/JournalLayout.h"
#include "journal/JournalReader.h"
#include "SimProcess.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleRecordingCrash : public QObject
{
    Q_OBJECT

private slots:
    void everyKilledSessionReopensToItsLastWholeRecord()
    {
        QProcess sim;
        const int port = startSimProcess(sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                         {"--listen", "127.0.0.1:0", "--nation", "US", "--rate", "20",
                                          "--seed", "5"});
        QVERIFY2(port > 0, sim.readAllStandardError().constData());

        QTemporaryDir dir;
        const QString journalDir = dir.filePath(QStringLiteral("journal"));
        const QString settings = dir.filePath(QStringLiteral("console.ini"));
        {
            QFile ini(settings);
            QVERIFY(ini.open(QIODevice::WriteOnly));
            // Keyframes every 100 ms: the kills land in the middle of large writes too.
            ini.write(QStringLiteral("[services]\nUS=127.0.0.1:%1\n[tls]\ninsecure_loopback=true\n[journal]\ndir=%2\nkeyframe_seconds=0.1\n")
                          .arg(port).arg(journalDir).toUtf8());
        }
        QRandomGenerator random(QRandomGenerator::global()->generate());
        constexpr int kRuns = 6;
        for (int run = 0; run < kRuns; ++run) {
            QProcess console;
            console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE), {"--settings", settings});
            QVERIFY(console.waitForStarted(10000));
            // Until it has recorded something, then a random moment more.
            QTRY_VERIFY_WITH_TIMEOUT(cop::journal::sessionDirectories(journalDir).size() == run + 1, 30000);
            QTest::qWait(500 + random.bounded(2500));
            console.kill();
            QVERIFY(console.waitForFinished(10000));
            QCOMPARE(console.exitStatus(), QProcess::CrashExit);

            // Reopens as it is, before any recovery: at worst a torn tail is ignored.
            const QString killed = cop::journal::sessionDirectories(journalDir).last();
            cop::JournalReader reader;
            QString error;
            QVERIFY2(reader.open(killed, &error), qPrintable(error));
            QVERIFY(reader.size() > 0);
            for (const QString &problem : reader.problems())
                QVERIFY2(problem.contains(QLatin1String("torn tail")), qPrintable(problem));
        }
        // Each start recovered the session killed before it: all but the last read clean.
        const QStringList sessions = cop::journal::sessionDirectories(journalDir);
        QCOMPARE(sessions.size(), kRuns);
        for (qsizetype i = 0; i + 1 < sessions.size(); ++i) {
            cop::JournalReader reader;
            QString error;
            QVERIFY(reader.open(sessions[i], &error));
            QVERIFY2(reader.problems().isEmpty(), qPrintable(reader.problems().join(u'\n')));
            qsizetype keyframes = 0;
            for (qsizetype r = 0; r < reader.size(); ++r)
                keyframes += reader.head(r).kind == cop::JournalRecord::Kind::Keyframe ? 1 : 0;
            QVERIFY(keyframes > 0);
        }
        sim.terminate();
        sim.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestConsoleRecordingCrash)
#include "tst_console_recording_crash.moc"
