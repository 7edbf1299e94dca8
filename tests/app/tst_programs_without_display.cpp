// Every program answers --help and --version, and the console its command-line mistakes, as real
// processes with an empty environment: no display, no QT_QPA_PLATFORM, no home.
#include "CopVersion.h"
#include "ProgramRun.h"

#include <QProcess>
#include <QTest>

class TestProgramsWithoutDisplay : public QObject
{
    Q_OBJECT

    // No display, no QT_QPA_PLATFORM, no home.
    static ProgramRun run(const QString &program, const QStringList &arguments)
    {
        return runProgram(program, arguments, QProcessEnvironment(), 30000);
    }

private slots:
    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("helpPart");
        QTest::newRow("cop-console") << COP_CONSOLE_EXECUTABLE << "--service";
        QTest::newRow("cop-sim") << COP_SIM_EXECUTABLE << "--listen";
        QTest::newRow("cop-export") << COP_EXPORT_EXECUTABLE << "--geojson";
        QTest::newRow("cop-pki") << COP_PKI_EXECUTABLE << "--valid-days";
        QTest::newRow("cop-tiles") << COP_TILES_EXECUTABLE << "--max-zoom";
        QTest::newRow("cop-regions-bake") << COP_REGIONS_BAKE_EXECUTABLE << "OUTPUT_CPP";
        QTest::newRow("cop-hostile") << COP_HOSTILE_EXECUTABLE << "--list-modes";
        QTest::newRow("cop-bench-hostile") << COP_BENCH_HOSTILE_EXECUTABLE << "--modes";
        QTest::newRow("cop-bench-map") << COP_BENCH_MAP_EXECUTABLE << "--tracks";
        QTest::newRow("cop-bench-alert-latency") << COP_BENCH_ALERT_LATENCY_EXECUTABLE << "--alerts";
    }

    void helpAndVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, helpPart);
        const ProgramRun help = run(program, {"--help"});
        QVERIFY2(help.exitCode == 0 && help.out.contains(helpPart),
                 qPrintable(QString("rc %1\n%2%3").arg(help.exitCode).arg(help.out, help.err)));
        const ProgramRun version = run(program, {"--version"});
        const QString expected = QStringLiteral("%1 %2\n").arg(QTest::currentDataTag(), COP_VERSION);
        QVERIFY2(version.exitCode == 0 && version.out == expected,
                 qPrintable(QString("rc %1\n%2%3").arg(version.exitCode).arg(version.out, version.err)));
    }

    // The build writes the manual pages from the same options.
    void manualPageListsTheHelpOptions()
    {
        const ProgramRun manual = run(COP_CONSOLE_EXECUTABLE, {"--help-man"});
        QCOMPARE(manual.exitCode, 0);
        QVERIFY2(manual.out.startsWith(".TH COP\\-CONSOLE 1"), qPrintable(manual.out.left(200)));
        QVERIFY(manual.out.contains("\\fB\\-\\-service\\fR \\fINAME=HOST:PORT\\fR"));
        QVERIFY(!manual.out.contains("help\\-man"));
    }

    void consoleWithoutServiceSaysSoAndExits2()
    {
        const ProgramRun result = run(COP_CONSOLE_EXECUTABLE, {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("no track service"), qPrintable(result.err));
    }

    void consoleRefusesSettingsThatAreNotIni()
    {
        const ProgramRun result = run(COP_CONSOLE_EXECUTABLE, {"--settings", COP_PKI_EXECUTABLE});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral(COP_PKI_EXECUTABLE " is not an INI file")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestProgramsWithoutDisplay)
#include "tst_programs_without_display.moc"
