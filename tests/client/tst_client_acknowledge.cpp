// Acknowledgements shared across consoles: two consoles in this process (each a Picture, an
// AlertBook and its TrackServices) on one track service.
#include "InProcessService.h"
#include "SimProcess.h"
#include "TrackUpdates.h"

#include "AlertAcknowledger.h"
#include "alerts/AlertBook.h"
#include "picture/Picture.h"
#include "ServiceConnection.h"
#include "TrackServices.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using cop::testing::raisedAlert;
using cop::AlertState;
using cop::FeedState;

namespace {

constexpr int kTimeoutMs = 20'000;

struct Console
{
    Console(const QString &operatorName, const QString &consoleId, const QString &address)
        : alerts(&picture, operatorName, consoleId)
        , services(&picture, &alerts, consoleId)
    {
        services.add(u"US"_s, address);
    }

    // The first alert the service raised that this console holds, or nothing.
    const cop::Alert *serviceAlert() const
    {
        for (const cop::Alert &alert : alerts.alerts()) {
            if (!alert.raisedByConsole)
                return &alert;
        }
        return nullptr;
    }

    AlertState stateOf(const cop::ServiceKey &key) const
    {
        const auto it = alerts.alerts().constFind(key);
        return it == alerts.alerts().cend() ? AlertState::Unknown : it->state();
    }

    bool acknowledgedBy(const cop::ServiceKey &key, const QString &name) const
    {
        const cop::Alert alert = alerts.alerts().value(key);
        return alert.state() == AlertState::ActiveAcknowledged
               && std::any_of(alert.report.acknowledgements.begin(),
                              alert.report.acknowledgements.end(),
                              [&](const cop::Acknowledgement &ack) { return ack.operatorName == name; });
    }

    cop::Picture picture;
    cop::AlertBook alerts;
    cop::TrackServices services;
};

QString numberedAlert(int i)
{
    return u"USA%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class AcknowledgeTest : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgementOnOneConsoleShowsOnTheOtherWithinOneSecond()
    {
        QProcess sim;
        const int port = startSimProcess(sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                         {"--listen", "127.0.0.1:0", "--nation", "US", "--scenario",
                                          QStringLiteral(COP_FIXTURES "/long_flight.json")});
        QVERIFY2(port > 0, sim.readAllStandardError().constData());
        const QString address = u"127.0.0.1:%1"_s.arg(port);
        Console a(u"Kim Min-jun"_s, u"seoul-1"_s, address);
        Console b(u"Tanaka Yui"_s, u"tokyo-2"_s, address);

        QTRY_VERIFY_WITH_TIMEOUT(a.serviceAlert() && b.serviceAlert(), kTimeoutMs);
        const cop::ServiceKey key = a.serviceAlert()->key;
        QTRY_COMPARE_WITH_TIMEOUT(int(b.stateOf(key)), int(AlertState::ActiveUnacknowledged),
                                  kTimeoutMs);

        QElapsedTimer sinceAcknowledged;
        sinceAcknowledged.start();
        QVERIFY(a.alerts.acknowledge(key));
        QTRY_VERIFY_WITH_TIMEOUT(b.acknowledgedBy(key, u"Kim Min-jun"_s), 1000);
        qInfo("acknowledgement on A seen on B after %lld ms", sinceAcknowledged.elapsed());

        const cop::AlertHistoryEntry &seenOnB = b.alerts.history().back();
        QCOMPARE(seenOnB.key, key);
        QCOMPARE(seenOnB.operatorName, u"Kim Min-jun"_s);
        QCOMPARE(seenOnB.consoleId, u"seoul-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!a.alerts.alerts().value(key).ackPending, kTimeoutMs);
        QVERIFY(a.acknowledgedBy(key, u"Kim Min-jun"_s));

        sim.terminate();
        QVERIFY(sim.waitForFinished(10'000));
    }

    void acknowledgementMadeWhileServiceIsDownIsDeliveredWhenItReturns()
    {
        cop::sim::EventLog log("epoch-1");
        log.append(raisedAlert("USA0001"));
        InProcessService service(log);
        Console a(u"Kim Min-jun"_s, u"seoul-1"_s, service.address());
        Console b(u"Tanaka Yui"_s, u"tokyo-2"_s, service.address());
        const cop::ServiceKey key{u"US"_s, u"USA0001"_s};
        QTRY_COMPARE_WITH_TIMEOUT(int(a.stateOf(key)), int(AlertState::ActiveUnacknowledged), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(int(b.stateOf(key)), int(AlertState::ActiveUnacknowledged), kTimeoutMs);

        service.stop();
        QTRY_COMPARE_WITH_TIMEOUT(a.services.connection(u"US"_s)->status().state, FeedState::Down,
                                  kTimeoutMs);
        QVERIFY(a.alerts.acknowledge(key));
        QVERIFY(a.alerts.alerts().value(key).ackPending);

        // Several failed attempts later it is still queued, not dropped.
        QTest::qWait(1500);
        QVERIFY(a.alerts.alerts().value(key).ackPending);
        QCOMPARE(a.services.acknowledger(u"US"_s)->pendingCount(), 1);
        QVERIFY(log.alert("USA0001")->acknowledgements().empty());

        service.start(log);
        QTRY_VERIFY_WITH_TIMEOUT(b.acknowledgedBy(key, u"Kim Min-jun"_s), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!a.alerts.alerts().value(key).ackPending, kTimeoutMs);
        QCOMPARE(a.services.acknowledger(u"US"_s)->pendingCount(), 0);
        const auto stored = log.alert("USA0001");
        QCOMPARE(stored->acknowledgements_size(), 1); // delivered once, however often retried
        QCOMPARE(stored->acknowledgements(0).console_id(), "seoul-1");
    }

    // Each completion posts its result and lets the next request go at once: a completion that
    // cleaned up after the next call had started freed that call's reply mid-flight (a "pure
    // virtual method called" abort seen in tst_console_restarts). Many in a row give that race
    // its chances; under the sanitizers any hit is a use after free.
    void acknowledgementsBackToBackAreEachDeliveredOnce()
    {
        constexpr int kAlerts = 2'000;
        cop::sim::EventLog log("epoch-1");
        for (int i = 0; i < kAlerts; ++i)
            log.append(raisedAlert(numberedAlert(i).toStdString()));
        InProcessService service(log);
        Console a(u"Kim Min-jun"_s, u"seoul-1"_s, service.address());
        cop::AlertAcknowledger *acknowledger = a.services.acknowledger(u"US"_s);
        QSignalSpy delivered(acknowledger, &cop::AlertAcknowledger::delivered);
        for (int i = 0; i < kAlerts; ++i)
            acknowledger->acknowledge(numberedAlert(i), u"Kim Min-jun"_s, u"seoul-1"_s);
        // An event loop of its own, not QTRY's polling: the acknowledger's thread must wake as
        // soon as a completion posts, as a console's does.
        QEventLoop loop;
        connect(acknowledger, &cop::AlertAcknowledger::delivered, &loop, [&] {
            if (delivered.size() == kAlerts)
                loop.quit();
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(delivered.size(), kAlerts);
        QCOMPARE(acknowledger->pendingCount(), 0);
        for (int i = 0; i < kAlerts; ++i) {
            const auto stored = log.alert(numberedAlert(i).toStdString());
            QVERIFY(stored);
            QCOMPARE(stored->acknowledgements_size(), 1);
        }
    }

    void unknownAlertIsRefusedAndReported()
    {
        cop::sim::EventLog log("epoch-1");
        InProcessService service(log);
        Console a(u"Kim Min-jun"_s, u"seoul-1"_s, service.address());
        cop::AlertAcknowledger *acknowledger = a.services.acknowledger(u"US"_s);
        QSignalSpy refused(acknowledger, &cop::AlertAcknowledger::refused);
        acknowledger->acknowledge(u"USA9999"_s, u"Kim Min-jun"_s, u"seoul-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kTimeoutMs);
        QCOMPARE(refused.at(0).at(0).toString(), u"USA9999"_s);
        QCOMPARE(acknowledger->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(AcknowledgeTest)
#include "tst_client_acknowledge.moc"
