#include "ConsoleOptions.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cop;

class TestConsoleOptions : public QObject
{
    Q_OBJECT

private slots:
    void readsRepeatedServices()
    {
        QString error;
        const auto options = parseConsoleOptions({"cop-console", "--service", "US=127.0.0.1:50051",
                                                  "--service", "JP=[::1]:50052", "--service",
                                                  "KR=localhost:443", "--insecure-loopback"},
                                                 &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->services.size(), 3);
        QCOMPARE(options->services[1].name, "JP");
        QCOMPARE(options->services[1].address, "[::1]:50052");
        QVERIFY(!options->services[1].security.tls);
    }

    // Files that exist: the options check that they can be read, not what they hold.
    static QString touch(const QTemporaryDir &dir, const QString &name)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        return file.fileName();
    }

    static QString writeSettings(const QTemporaryDir &dir, const QByteArray &content)
    {
        QFile file(dir.filePath("console.ini"));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    void readsTlsPerServiceFromTheCommandLine()
    {
        QTemporaryDir dir;
        QString error;
        const auto options = parseConsoleOptions(
            {"cop-console", "--service", "KR=kr-tracks.example:443", "--service", "JP=10.0.0.2:50051",
             "--tls-cert", touch(dir, "console.pem"), "--tls-key", touch(dir, "console.key"),
             "--tls-ca", "KR=" + touch(dir, "kr-ca.pem"), "--tls-ca", "JP=" + touch(dir, "jp-ca.pem")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->services[0].security.tls->caFile, dir.filePath("kr-ca.pem"));
        QCOMPARE(options->services[1].security.tls->caFile, dir.filePath("jp-ca.pem"));
        QCOMPARE(options->services[1].security.tls->keyFile, dir.filePath("console.key"));
    }

    // --cot (README, "Cursor-on-Target"): off by default; udp, tcp and tls with the console's
    // certificate and key unless [cot] names others.
    void readsCotOutput()
    {
        QString error;
        const QStringList service{"cop-console", "--service", "US=127.0.0.1:50051", "--insecure-loopback"};
        const auto none = parseConsoleOptions(service, &error);
        QVERIFY2(none, qPrintable(error));
        QVERIFY(!none->cot);

        const auto udp = parseConsoleOptions(service + QStringList{"--cot", "udp://239.2.3.1:6969"}, &error);
        QVERIFY2(udp, qPrintable(error));
        QCOMPARE(udp->cot->transport, CotEndpoint::Transport::Udp);
        QCOMPARE(udp->cot->host, "239.2.3.1");
        QCOMPARE(udp->cot->port, quint16(6969));
        const auto tcp = parseConsoleOptions(service + QStringList{"--cot", "tcp://[::1]:8087"}, &error);
        QVERIFY2(tcp, qPrintable(error));
        QCOMPARE(tcp->cot->host, "::1");
        QCOMPARE(tcp->cot->url(), "tcp://[::1]:8087");

        QTemporaryDir dir;
        const QString ca = touch(dir, "tak-ca.pem");
        // The console's own certificate and key, which its services' TLS uses too.
        const QStringList tls = service + QStringList{"--cot", "tcp+tls://tak.example:8089", "--cot-ca", ca,
                                                      "--tls-cert", touch(dir, "console.pem"), "--tls-key",
                                                      touch(dir, "console.key"), "--tls-ca", "US=" + touch(dir, "us-ca.pem")};
        const auto secure = parseConsoleOptions(tls, &error);
        QVERIFY2(secure, qPrintable(error));
        QCOMPARE(secure->cot->transport, CotEndpoint::Transport::Tls);
        QCOMPARE(secure->cot->url(), "tls://tak.example:8089");
        QCOMPARE(secure->cot->tls.caFile, ca);
        QCOMPARE(secure->cot->tls.certFile, dir.filePath("console.pem"));

        // [cot] in the settings file, with a client certificate of its own.
        const QString settings = writeSettings(dir, "[cot]\nurl=tls://tak.example:8089\nca=" + ca.toUtf8()
                                                        + "\ncert=" + touch(dir, "tak.pem").toUtf8()
                                                        + "\nkey=" + touch(dir, "tak.key").toUtf8() + "\n");
        const auto fromFile = parseConsoleOptions(service + QStringList{"--settings", settings}, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->cot->tls.certFile, dir.filePath("tak.pem"));
        QCOMPARE(fromFile->cot->tls.keyFile, dir.filePath("tak.key"));
    }

    void refusesBadCotOutput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme") << QStringList{"--cot", "http://tak.example:8087"} << "--cot expects";
        QTest::newRow("no port") << QStringList{"--cot", "udp://tak.example"} << "--cot expects";
        QTest::newRow("port range") << QStringList{"--cot", "tcp://tak.example:70000"} << "--cot expects";
        QTest::newRow("tls without CA") << QStringList{"--cot", "tls://tak.example:8089"} << "[cot] ca";
        QTest::newRow("tls, CA unreadable") << QStringList{"--cot", "tls://tak.example:8089", "--cot-ca", "/nonexistent/ca.pem"}
                                            << "cannot read /nonexistent/ca.pem";
    }

    void refusesBadCotOutput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseConsoleOptions(QStringList{"cop-console", "--service", "US=127.0.0.1:50051",
                                                 "--insecure-loopback"} + arguments,
                                     &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void readsTlsFromTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, QStringLiteral("[services]\nJP=jp.example:50051\n[tls]\nca.JP=%1\ncert=%2\nkey=%3\n")
                       .arg(touch(dir, "jp-ca.pem"), touch(dir, "c.pem"), touch(dir, "c.key"))
                       .toUtf8());
        QVERIFY(!path.isEmpty());
        QString error;
        const auto options = parseConsoleOptions({"cop-console", "--settings", path}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->services[0].security.tls->certFile, dir.filePath("c.pem"));
    }

    void refusesPlaintextUnlessAskedForAndOnLoopback_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("loopback, not asked") << QStringList{"--service", "US=127.0.0.1:1"}
                                             << "--insecure-loopback";
        QTest::newRow("remote, asked") << QStringList{"--service", "US=10.1.2.3:1", "--insecure-loopback"}
                                       << "plaintext refused";
        QTest::newRow("remote name, asked") << QStringList{"--service", "US=us.example:1", "--insecure-loopback"}
                                            << "not loopback";
        QTest::newRow("CA missing") << QStringList{"--service", "US=10.1.2.3:1", "--tls-cert", "/etc/hostname",
                                                   "--tls-key", "/etc/hostname"}
                                    << "ca.US";
        QTest::newRow("unreadable") << QStringList{"--service", "US=10.1.2.3:1", "--tls-cert", "/nonexistent",
                                                   "--tls-key", "/etc/hostname", "--tls-ca", "US=/etc/hostname"}
                                    << "cannot read /nonexistent";
    }

    void refusesPlaintextUnlessAskedForAndOnLoopback()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!parseConsoleOptions(QStringList{"cop-console"} + arguments, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void rejectsBadServices_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no equals") << "127.0.0.1:50051" << "NAME=HOST:PORT";
        QTest::newRow("no port") << "US=127.0.0.1" << "HOST:PORT";
        QTest::newRow("port out of range") << "US=127.0.0.1:70000" << "HOST:PORT";
        QTest::newRow("empty name") << "=127.0.0.1:1" << "invalid service name";
    }

    void rejectsBadServices()
    {
        QFETCH(QString, argument);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--service", argument}, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void rejectsDuplicateServiceNames()
    {
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--service", "US=a:1", "--service", "US=b:2"}, &error));
        QVERIFY2(error.contains("twice"), qPrintable(error));
    }

    void readsServicesFromASettingsFile()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, "[services]\nUS=127.0.0.1:1\nKR=127.0.0.1:3\n[console]\noperator=Kim\nid=seoul-2\n"
                   "[tls]\ninsecure_loopback=true\n");
        QVERIFY(!path.isEmpty());
        QString error;
        const auto options = parseConsoleOptions({"cop-console", "--settings", path}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->services.size(), 2);
        QCOMPARE(options->operatorName, "Kim");
        QCOMPARE(options->consoleId, "seoul-2");
    }

    void readsTheTrackLimitFromTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, "[services]\nUS=127.0.0.1:1\n[tls]\ninsecure_loopback=true\n");
        QVERIFY(!path.isEmpty());
        QString error;
        QCOMPARE(parseConsoleOptions({"cop-console", "--settings", path}, &error)->tracksPerService,
                 std::nullopt);
        openSettings(path)->setValue(QStringLiteral("limits/tracks_per_service"), 500);
        const auto options = parseConsoleOptions({"cop-console", "--settings", path}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->tracksPerService, std::optional(500));
        openSettings(path)->setValue(QStringLiteral("limits/tracks_per_service"), QStringLiteral("many"));
        QVERIFY(!parseConsoleOptions({"cop-console", "--settings", path}, &error));
        QVERIFY2(error.contains("tracks_per_service"), qPrintable(error));
    }

    // fuzz_settings found a day count whose hours overflow a 64-bit integer (UB, then any
    // retention at all): journal numbers outside their range are refused, naming the range.
    void refusesJournalNumbersOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("key");
        QTest::newRow("huge retain_days") << QByteArray("retain_days=7.7e127") << "retain_days";
        QTest::newRow("zero segment_mb") << QByteArray("segment_mb=0") << "segment_mb";
        QTest::newRow("huge retain_gb") << QByteArray("retain_gb=1e30") << "retain_gb";
        QTest::newRow("not a number") << QByteArray("keyframe_seconds=soon") << "keyframe_seconds";
    }

    void refusesJournalNumbersOutOfRange()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = writeSettings(dir, "[services]\nUS=127.0.0.1:1\n[journal]\n" + line + "\n");
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--settings", path}, &error));
        QVERIFY2(error.contains(key) && error.contains(" from "), qPrintable(error));
    }

    void rawTrackViewIsRememberedInTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, "[services]\nUS=127.0.0.1:1\n[tls]\ninsecure_loopback=true\n");
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--settings", path}, &error)->rawTracks);
        openSettings(path)->setValue(QStringLiteral("view/rawTracks"), true); // as View menu does
        const auto options = parseConsoleOptions({"cop-console", "--settings", path}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->rawTracks);
    }

    void commandLineServicesOverrideTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, "[services]\nUS=127.0.0.1:1\n");
        QVERIFY(!path.isEmpty());
        QString error;
        const auto options = parseConsoleOptions({"cop-console", "--settings", path, "--service", "JP=localhost:2",
                                                  "--insecure-loopback"}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->services.size(), 1);
        QCOMPARE(options->services[0].name, "JP");
    }

    void missingSettingsFileIsAnError()
    {
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--settings", "/nonexistent/console.ini"}, &error));
        QVERIFY2(error.contains("/nonexistent/console.ini"), qPrintable(error));
    }

    // A console that watches nothing is a mistake, unless it replays a recording.
    void noServiceIsAnErrorOutsideReplay()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, "[console]\noperator=Kim\n");
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--settings", path}, &error));
        QVERIFY2(error.contains("no track service"), qPrintable(error));
        QVERIFY2(parseConsoleOptions({"cop-console", "--settings", path, "--replay", dir.path()}, &error),
                 qPrintable(error));
    }

    void settingsThatAreNotIniAreAnErrorNamingTheFile()
    {
        QTemporaryDir dir;
        const QString path = writeSettings(dir, QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\n\xff\xfe[services\nUS=127.0.0.1:1\n", 27));
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!parseConsoleOptions({"cop-console", "--settings", path, "--insecure-loopback"}, &error));
        QVERIFY2(error.contains(path) && error.contains("not an INI file"), qPrintable(error));
    }

    // --help reads nothing else: a bad settings file or no service must not stop it.
    void helpAndVersionAnswerAlone()
    {
        QString error;
        auto options = parseConsoleOptions({"cop-console", "--help", "--settings", "/nonexistent"}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->answer.contains("--service"));
        QCoreApplication::setApplicationName("cop-console");
        options = parseConsoleOptions({"cop-console", "--version"}, &error);
        QVERIFY2(options && options->answer.startsWith("cop-console "), qPrintable(error));
    }

    void readsSnapshotAndView()
    {
        QString error;
        const auto options = parseConsoleOptions({"cop-console", "--replay", "/tmp/journal", "--snapshot",
                                                  "/tmp/x.png", "--snapshot-after", "2.5", "--center",
                                                  "39.2,125.7", "--zoom", "6"},
                                                 &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->snapshotPath, "/tmp/x.png");
        QCOMPARE(options->snapshotAfterS, 2.5);
        QCOMPARE(options->center->first, 39.2);
        QCOMPARE(*options->zoom, 6.0);
        QVERIFY(!parseConsoleOptions({"cop-console", "--zoom", "40"}, &error));
        QVERIFY(!parseConsoleOptions({"cop-console", "--center", "100,0"}, &error));
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_console_options.moc"
