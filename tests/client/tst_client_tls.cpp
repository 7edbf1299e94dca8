// Mutual TLS between the console's client and real cop-sim processes, with certificates made by
// cop-pki in a temporary folder: who is verified, who is refused and why, who may acknowledge,
// what the service's audit log keeps, and a certificate rotated under a live subscription.
#include "FileBytes.h"
#include "SimProcess.h"

#include "AlertAcknowledger.h"
#include "alerts/AlertBook.h"
#include "Certificate.h"
#include "picture/Picture.h"
#include "ServiceConnection.h"
#include "TrackServices.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cop::AlertState;
using cop::FeedState;

namespace {

constexpr int kTimeoutMs = 20'000;

bool pki(const QStringList &arguments)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedChannels);
    tool.start(QStringLiteral(COP_PKI_EXECUTABLE), arguments);
    return tool.waitForFinished(30'000) && tool.exitStatus() == QProcess::NormalExit
           && tool.exitCode() == 0;
}

// A cop-sim serving `nation` with the certificate of `certNation` from `dir`, consoles of any
// demo CA accepted, acknowledgements audited to `audit`.
struct TlsSim
{
    TlsSim(const QString &dir, const QString &nation, const QString &certNation,
           const QString &audit = {})
    {
        QStringList arguments{"--listen", "127.0.0.1:0", "--nation", nation, "--scenario",
                              QStringLiteral(COP_FIXTURES "/long_flight.json"),
                              "--tls-cert", dir + "/service/" + certNation + ".pem",
                              "--tls-key", dir + "/service/" + certNation + ".key",
                              "--tls-client-ca", dir + "/ca/all.pem"};
        if (!audit.isEmpty())
            arguments << "--audit-log" << audit;
        port = startSimProcess(process, QStringLiteral(COP_SIM_EXECUTABLE), arguments);
    }
    ~TlsSim()
    {
        process.terminate();
        process.waitForFinished(10'000);
    }
    QString address() const { return u"127.0.0.1:%1"_s.arg(port); }

    QProcess process;
    int port = 0;
};

struct Console
{
    Console(const QString &operatorName, const QString &consoleId)
        : alerts(&picture, operatorName, consoleId)
        , services(&picture, &alerts, consoleId)
    {
    }

    cop::ServiceConnection *feed(const QString &service) const
    {
        return services.connection(service);
    }

    const cop::Alert *serviceAlert() const
    {
        for (const cop::Alert &alert : alerts.alerts()) {
            if (!alert.raisedByConsole && alert.state() == AlertState::ActiveUnacknowledged)
                return &alert;
        }
        return nullptr;
    }

    cop::Picture picture;
    cop::AlertBook alerts;
    cop::TrackServices services;
};

cop::ChannelSecurity tls(const QString &dir, const QString &consoleId, const QString &caFile)
{
    return {cop::TlsFiles{caFile, dir + "/console/" + consoleId + ".pem",
                          dir + "/console/" + consoleId + ".key"}};
}

} // namespace

class TlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.isValid());
        QVERIFY(pki({"demo", m_pki.path()}));
    }

    void verifiedServiceAndOperatorIdentityRecordedFromTheCertificate()
    {
        const QString audit = m_pki.filePath("audit-operator.log");
        TlsSim sim(m_pki.path(), u"US"_s, u"US"_s, audit);
        QVERIFY2(sim.port > 0, sim.process.readAllStandardError().constData());
        Console console(u"Kim Min-jun"_s, u"declared-id"_s);
        console.services.add(u"US"_s, sim.address(), tls(m_pki.path(), u"seoul-1"_s, m_pki.filePath("ca/US.pem")));
        QTRY_COMPARE_WITH_TIMEOUT(console.feed(u"US"_s)->status().state, FeedState::Live, kTimeoutMs);
        const cop::FeedSecurity security = console.feed(u"US"_s)->status().security;
        QVERIFY(security.tls);
        QCOMPARE(security.peerIdentity, u"US"_s);
        QVERIFY(security.peerNotAfterUtcS > QDateTime::currentSecsSinceEpoch() + 300 * 86400);

        QTRY_VERIFY_WITH_TIMEOUT(console.serviceAlert(), kTimeoutMs);
        const cop::ServiceKey key = console.serviceAlert()->key;
        QVERIFY(console.alerts.acknowledge(key));
        QTRY_COMPARE_WITH_TIMEOUT(int(console.alerts.alerts().value(key).state()),
                                  int(AlertState::ActiveAcknowledged), kTimeoutMs);
        const cop::Acknowledgement ack = console.alerts.alerts().value(key).report.acknowledgements.front();
        QCOMPARE(ack.operatorName, u"Kim Min-jun"_s);
        QCOMPARE(ack.consoleId, u"declared-id"_s);
        QCOMPARE(ack.verifiedConsoleId, u"seoul-1"_s); // from the certificate, not the declaration

        std::string error;
        const auto certificate = cop::security::readCertificate(
            fileBytes(m_pki.filePath("console/seoul-1.pem")).toStdString(), &error);
        QVERIFY(certificate);
        const QByteArray log = fileBytes(audit);
        QCOMPARE(log.count('\n'), 1);
        QVERIFY2(log.contains("\"alert_id\":\"" + key.id.toUtf8() + '"'), log.constData());
        QVERIFY(log.contains("\"operator\":\"Kim Min-jun\""));
        QVERIFY(log.contains("\"verified\":true,\"certificate_console\":\"seoul-1\""));
        QVERIFY(log.contains("OU=operator"));
        QVERIFY(log.contains("\"certificate_sha256\":\"" + QByteArray::fromStdString(certificate->sha256) + '"'));
        QVERIFY(log.contains("\"result\":\"OK\""));
    }

    void observerAcknowledgementIsRefusedShownAndNotRetried()
    {
        const QString audit = m_pki.filePath("audit-observer.log");
        TlsSim sim(m_pki.path(), u"US"_s, u"US"_s, audit);
        QVERIFY2(sim.port > 0, sim.process.readAllStandardError().constData());
        Console console(u"Lee Seo-yeon"_s, u"seoul-observer"_s);
        console.services.add(u"US"_s, sim.address(),
                             tls(m_pki.path(), u"seoul-observer"_s, m_pki.filePath("ca/US.pem")));
        QTRY_VERIFY_WITH_TIMEOUT(console.serviceAlert(), kTimeoutMs);
        const cop::ServiceKey key = console.serviceAlert()->key;
        QVERIFY(console.alerts.acknowledge(key));
        QTRY_VERIFY_WITH_TIMEOUT(!console.alerts.alerts().value(key).ackError.isEmpty(), kTimeoutMs);
        const cop::Alert alert = console.alerts.alerts().value(key);
        QVERIFY2(alert.ackError.contains(u"may not acknowledge"_s), qPrintable(alert.ackError));
        QVERIFY(!alert.ackPending);
        QCOMPARE(console.services.acknowledger(u"US"_s)->pendingCount(), 0);
        QCOMPARE(int(alert.state()), int(AlertState::ActiveUnacknowledged));
        QTest::qWait(1500); // no retry: still one line in the audit log
        const QByteArray log = fileBytes(audit);
        QCOMPARE(log.count('\n'), 1);
        QVERIFY2(log.contains("\"result\":\"PERMISSION_DENIED\""), log.constData());
        QVERIFY(log.contains("OU=observer"));
    }

    // The CA names the nation's PKI; a service must also be the nation the address is for.
    void refusesAServiceOfAnotherNationNamingBoth()
    {
        TlsSim sim(m_pki.path(), u"KR"_s, u"KR"_s);
        QVERIFY(sim.port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, sim.address(), tls(m_pki.path(), u"seoul-1"_s, m_pki.filePath("ca/all.pem")));
        QTRY_VERIFY_WITH_TIMEOUT(console.feed(u"JP"_s)->status().lastError.contains(u"expected"_s), kTimeoutMs);
        const cop::FeedStatus status = console.feed(u"JP"_s)->status();
        QVERIFY2(status.lastError.contains(u"expected cop:service:JP, presented cop:service:KR"_s),
                 qPrintable(status.lastError));
        QVERIFY(status.state != FeedState::Live);
        QCOMPARE(status.counters.eventsApplied, 0u);
        QVERIFY(status.security.peerIdentity.isEmpty());
    }

    void refusesAServiceCertificateOfAnotherCa()
    {
        QTemporaryDir rogue;
        QVERIFY(pki({"ca", rogue.path(), "Rogue"}));
        QVERIFY(pki({"service", rogue.path(), "JP", "--ca", "Rogue"}));
        QProcess process;
        const int port = startSimProcess(
            process, QStringLiteral(COP_SIM_EXECUTABLE),
            {"--listen", "127.0.0.1:0", "--nation", "JP", "--tls-cert", rogue.filePath("service/JP.pem"),
             "--tls-key", rogue.filePath("service/JP.key"), "--tls-client-ca", m_pki.filePath("ca/all.pem")});
        QVERIFY(port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, u"127.0.0.1:%1"_s.arg(port),
                             tls(m_pki.path(), u"seoul-1"_s, m_pki.filePath("ca/JP.pem")));
        QTRY_VERIFY_WITH_TIMEOUT(console.feed(u"JP"_s)->status().lastError.contains(u"refused"_s), kTimeoutMs);
        QVERIFY2(console.feed(u"JP"_s)->status().lastError.contains(u"not issued by a CA"_s),
                 qPrintable(console.feed(u"JP"_s)->status().lastError));
        process.terminate();
        process.waitForFinished(10'000);
    }

    // Refused with the reason, and the console raises its feed alert for it.
    void refusesAnExpiredServiceCertificate()
    {
        QTemporaryDir expired;
        QVERIFY(pki({"ca", expired.path(), "JP"}));
        QVERIFY(pki({"service", expired.path(), "JP", "--ca", "JP", "--expired"}));
        // The service accepts the consoles of the demo PKI.
        QVERIFY(QFile::remove(expired.filePath("ca/all.pem")));
        QVERIFY(QFile::copy(m_pki.filePath("ca/all.pem"), expired.filePath("ca/all.pem")));
        TlsSim sim(expired.path(), u"JP"_s, u"JP"_s);
        QVERIFY(sim.port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, sim.address(),
                             tls(m_pki.path(), u"seoul-1"_s, expired.filePath("ca/JP.pem")));
        QTRY_VERIFY_WITH_TIMEOUT(console.feed(u"JP"_s)->status().lastError.contains(u"expired"_s), kTimeoutMs);
        QVERIFY(console.feed(u"JP"_s)->status().security.peerNotAfterUtcS < QDateTime::currentSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(console.alerts.alerts().begin(), console.alerts.alerts().end(),
                                             [](const cop::Alert &alert) {
                                                 return alert.raisedByConsole
                                                        && alert.report.kind == cop::AlertKind::FeedLost;
                                             }),
                                 kTimeoutMs);
    }

    void serviceCertificateEndingWithinAWeekRaisesAnAdvisory()
    {
        QTemporaryDir soon;
        QVERIFY(pki({"ca", soon.path(), "JP"}));
        QVERIFY(pki({"service", soon.path(), "JP", "--ca", "JP", "--valid-days", "3"}));
        // The service accepts the consoles of the demo PKI.
        QVERIFY(QFile::remove(soon.filePath("ca/all.pem")));
        QVERIFY(QFile::copy(m_pki.filePath("ca/all.pem"), soon.filePath("ca/all.pem")));
        TlsSim sim(soon.path(), u"JP"_s, u"JP"_s);
        QVERIFY(sim.port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, sim.address(), tls(m_pki.path(), u"seoul-1"_s, soon.filePath("ca/JP.pem")));
        QTRY_COMPARE_WITH_TIMEOUT(console.feed(u"JP"_s)->status().state, FeedState::Live, kTimeoutMs);
        const cop::ServiceKey key{u"JP"_s, cop::AlertBook::kCertificateAlertId};
        QTRY_VERIFY_WITH_TIMEOUT(console.alerts.alerts().contains(key), kTimeoutMs);
        const cop::Alert alert = console.alerts.alerts().value(key);
        QCOMPARE(int(alert.report.kind), int(cop::AlertKind::FeedCertificateExpiring));
        QCOMPARE(int(alert.report.severity), int(cop::Severity::Advisory));
        QCOMPARE(int(alert.state()), int(AlertState::ActiveUnacknowledged));
    }

    void plaintextConsoleIsRefusedByATlsService()
    {
        TlsSim sim(m_pki.path(), u"JP"_s, u"JP"_s);
        QVERIFY(sim.port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, sim.address()); // plaintext, loopback
        QTRY_VERIFY_WITH_TIMEOUT(console.feed(u"JP"_s)->status().counters.reconnects >= 2, kTimeoutMs);
        QCOMPARE(console.feed(u"JP"_s)->status().counters.eventsApplied, 0u);
        QVERIFY(console.feed(u"JP"_s)->status().state != FeedState::Live);
    }

    void tlsConsoleDoesNotFallBackToAPlaintextService()
    {
        QProcess process;
        const int port = startSimProcess(process, QStringLiteral(COP_SIM_EXECUTABLE),
                                         {"--listen", "127.0.0.1:0", "--nation", "JP"});
        QVERIFY(port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, u"127.0.0.1:%1"_s.arg(port),
                             tls(m_pki.path(), u"seoul-1"_s, m_pki.filePath("ca/JP.pem")));
        QTRY_VERIFY_WITH_TIMEOUT(console.feed(u"JP"_s)->status().counters.reconnects >= 2, kTimeoutMs);
        QCOMPARE(console.feed(u"JP"_s)->status().counters.eventsApplied, 0u);
        QVERIFY(console.feed(u"JP"_s)->status().state != FeedState::Live);
        process.terminate();
        process.waitForFinished(10'000);
    }

    void plaintextToARemoteAddressIsNeverAttempted()
    {
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"JP"_s, u"192.0.2.1:50051"_s);
        QCOMPARE(console.feed(u"JP"_s)->status().state, FeedState::Down);
        QVERIFY(console.feed(u"JP"_s)->status().lastError.contains(u"plaintext refused"_s));
    }

    void rotatingTheServiceCertificateKeepsTheStream()
    {
        QTemporaryDir dir;
        for (const char *folder : {"ca", "service", "console"}) {
            QVERIFY(QDir().mkpath(dir.filePath(folder)));
            for (const QString &name : QDir(m_pki.filePath(folder)).entryList(QDir::Files))
                QVERIFY(QFile::copy(m_pki.filePath(folder) + '/' + name, dir.filePath(folder) + '/' + name));
        }
        TlsSim sim(dir.path(), u"US"_s, u"US"_s);
        QVERIFY(sim.port > 0);
        Console console(u"Kim"_s, u"seoul-1"_s);
        console.services.add(u"US"_s, sim.address(), tls(dir.path(), u"seoul-1"_s, dir.filePath("ca/US.pem")));
        QTRY_COMPARE_WITH_TIMEOUT(console.feed(u"US"_s)->status().state, FeedState::Live, kTimeoutMs);
        const qint64 firstExpiry = console.feed(u"US"_s)->status().security.peerNotAfterUtcS;

        QVERIFY(pki({"service", dir.path(), "US", "--ca", "US", "--valid-days", "30"}));
        // A console connecting now gets the new certificate without a restart of the service...
        Console later(u"Sato"_s, u"tokyo-1"_s);
        QTest::qWait(3000); // the service looks at its files every 2 s
        later.services.add(u"US"_s, sim.address(), tls(dir.path(), u"tokyo-1"_s, dir.filePath("ca/US.pem")));
        QTRY_COMPARE_WITH_TIMEOUT(later.feed(u"US"_s)->status().state, FeedState::Live, kTimeoutMs);
        const qint64 newExpiry = later.feed(u"US"_s)->status().security.peerNotAfterUtcS;
        QVERIFY(newExpiry < firstExpiry - 300 * 86400);
        // ...and the first one's stream went on through it without a gap.
        const quint64 applied = console.feed(u"US"_s)->status().counters.eventsApplied;
        QTRY_VERIFY_WITH_TIMEOUT(console.feed(u"US"_s)->status().counters.eventsApplied > applied, kTimeoutMs);
        QCOMPARE(console.feed(u"US"_s)->status().state, FeedState::Live);
        QCOMPARE(console.feed(u"US"_s)->status().counters.gaps, 0u);
    }

    void nonLoopbackPlaintextIsRefusedAtStartup()
    {
        QProcess console;
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE),
                      {"--service", "JP=192.0.2.1:50051", "--insecure-loopback"});
        QVERIFY(console.waitForFinished(30'000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY2(console.readAllStandardError().contains("plaintext refused"), "no reason given");

        QProcess sim;
        sim.start(QStringLiteral(COP_SIM_EXECUTABLE), {"--listen", "0.0.0.0:0", "--nation", "JP"});
        QVERIFY(sim.waitForFinished(30'000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().contains("plaintext refused"));
    }

private:
    QTemporaryDir m_pki;
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_client_tls.moc"
