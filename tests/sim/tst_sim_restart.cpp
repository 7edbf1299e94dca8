// cop-sim --state-dir, with the real executable: killed (SIGKILL) and restarted on the same port
// again and again with missiles in flight, it comes back with the same alerts, ids and
// acknowledgements. COP_SIM_RESTARTS sets how many restarts (scripts/restart-bench runs 20).
#include "EventStream.h"
#include "SimProcess.h"

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <map>
#include <set>
#include <tuple>

using cop::v1::AlertUpdate;

namespace {

using Alerts = std::map<std::string, AlertUpdate>;

Alerts snapshotAlerts(int port)
{
    auto stub = trackServiceOn(port);
    EventStream stream(*stub, cop::v1::SubscribeRequest());
    Alerts alerts;
    stream.readUntil([&](const cop::v1::PictureEvent &event) {
        for (const auto &alert : event.snapshot().alerts())
            alerts[alert.alert_id()] = alert;
        return event.has_snapshot() && event.snapshot().last();
    });
    return alerts;
}

bool acknowledge(int port, const std::string &alertId, const std::string &operatorName)
{
    auto stub = trackServiceOn(port);
    cop::v1::AcknowledgeAlertRequest request;
    request.set_alert_id(alertId);
    request.set_operator_name(operatorName);
    request.set_console_id("tokyo-1");
    cop::v1::AcknowledgeAlertReply reply;
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    return stub->AcknowledgeAlert(&context, request, &reply).ok();
}

bool acknowledgedBy(const AlertUpdate &alert, const std::string &operatorName)
{
    return std::any_of(alert.acknowledgements().begin(), alert.acknowledgements().end(),
                       [&](const auto &ack) { return ack.operator_name() == operatorName; });
}

} // namespace

class SimRestartTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsAlertsAndAcknowledgementsAcrossKills()
    {
        const int restarts = qEnvironmentVariableIntValue("COP_SIM_RESTARTS") > 0
                                 ? qEnvironmentVariableIntValue("COP_SIM_RESTARTS")
                                 : 5;
        QTemporaryDir state;
        QStringList arguments{"--nation", "JP", "--scenario", COP_DEMO_SCENARIO, "--seed", "5",
                              "--rate", "4", "--state-dir", state.path()};
        QProcess sim;
        const int port = startSimProcess(sim, COP_SIM_EXECUTABLE,
                                         QStringList{"--listen", "127.0.0.1:0"} + arguments);
        QVERIFY2(port > 0, sim.readAllStandardError().constData());
        const QStringList restartArguments =
            QStringList{"--listen", QStringLiteral("127.0.0.1:%1").arg(port)} + arguments;

        // Every acknowledgement the service has answered, by alert id and operator.
        std::set<std::pair<std::string, std::string>> acknowledged;
        int acksKept = 0, acksLost = 0, ghosts = 0, duplicates = 0;
        const auto acknowledgeSome = [&](const Alerts &alerts, const std::string &operatorName) {
            for (const auto &[id, alert] : alerts) {
                if (!acknowledgedBy(alert, operatorName) && acknowledge(port, id, operatorName))
                    acknowledged.emplace(id, operatorName);
            }
        };
        for (int round = 0; round < restarts; ++round) {
            QTest::qWait(1500);
            acknowledgeSome(snapshotAlerts(port), "Before-" + std::to_string(round % 3));
            const Alerts before = snapshotAlerts(port);

            sim.kill();
            QVERIFY(sim.waitForFinished(5000));
            int restartedPort = 0;
            // The port is free as soon as the process is gone; a retry covers a slow kernel.
            for (int attempt = 0; attempt < 5 && restartedPort == 0; ++attempt) {
                restartedPort = startSimProcess(sim, COP_SIM_EXECUTABLE, restartArguments);
                if (restartedPort == 0)
                    QTest::qWait(200);
            }
            QCOMPARE(restartedPort, port);
            const Alerts after = snapshotAlerts(port);
            std::set<std::tuple<std::string, int, std::string>> known;
            for (const auto &[id, alert] : before) {
                known.emplace(alert.track_id(), alert.kind(), alert.region_id());
                const auto it = after.find(id);
                if (it == after.end() || it->second.kind() != alert.kind()
                    || it->second.track_id() != alert.track_id())
                    ++ghosts;
            }
            for (const auto &[id, alert] : after) {
                if (!before.count(id) && known.count({alert.track_id(), alert.kind(), alert.region_id()}))
                    ++duplicates;
            }
            for (const auto &[id, operatorName] : acknowledged) {
                const auto it = after.find(id);
                if (it != after.end() && acknowledgedBy(it->second, operatorName))
                    ++acksKept;
                else
                    ++acksLost;
            }
            acknowledgeSome(after, "After-" + std::to_string(round % 3));
        }
        sim.terminate();
        sim.waitForFinished(5000);
        qInfo("restarts %d: acknowledgements kept %d, lost %d; ghosts %d; duplicates %d",
              restarts, acksKept, acksLost, ghosts, duplicates);
        QVERIFY(!acknowledged.empty());
        QCOMPARE(acksLost, 0);
        QCOMPARE(ghosts, 0);
        QCOMPARE(duplicates, 0);
    }
};

QTEST_GUILESS_MAIN(SimRestartTest)
#include "tst_sim_restart.moc"
