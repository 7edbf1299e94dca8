#include "EventStream.h"
#include "SimProcess.h"

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <set>

using cop::v1::PictureEvent;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(COP_SIM_FIXTURES "/") + QLatin1String(name);
}

int startSim(QProcess &process, const QStringList &arguments)
{
    return startSimProcess(process, QStringLiteral(COP_SIM_EXECUTABLE), arguments);
}

} // namespace

class CopSimProcessTest : public QObject
{
    Q_OBJECT

private slots:
    void servesTracksSharesAcknowledgementsAndExitsCleanlyOnSigterm()
    {
        QProcess sim;
        const int port = startSim(sim, {"--listen", "127.0.0.1:0", "--nation", "US", "--scenario",
                                        fixture("quick.json"), "--seed", "3", "--rate", "1"});
        QVERIFY2(port > 0, sim.readAllStandardError().constData());
        auto stub = trackServiceOn(port);

        EventStream stream(*stub, cop::v1::SubscribeRequest());
        // A second console on the same service.
        auto otherStub = trackServiceOn(port);
        EventStream other(*otherStub, cop::v1::SubscribeRequest());
        const auto opened = stream.next();
        QVERIFY(opened && opened->has_stream_opened());
        QVERIFY(!opened->stream_opened().resumed());
        QVERIFY(!opened->stream_opened().epoch().empty());

        std::string alertId;
        const auto noteAlert = [&](const cop::v1::AlertUpdate &alert) {
            if (alertId.empty() && alert.state() == cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED)
                alertId = alert.alert_id();
        };
        const auto snapshotEnd = stream.readUntil([&](const PictureEvent &event) {
            for (const auto &alert : event.snapshot().alerts())
                noteAlert(alert);
            return event.has_snapshot() && event.snapshot().last();
        });
        QVERIFY(snapshotEnd);
        const auto track = stream.readUntil([&](const PictureEvent &event) {
            if (event.has_alert_update())
                noteAlert(event.alert_update());
            return event.has_track_update() && !alertId.empty();
        }, std::chrono::seconds(5));
        QVERIFY(track);
        QVERIFY(track->sequence() > snapshotEnd->snapshot().as_of_sequence());
        QCOMPARE(track->track_update().track_id(), std::string("US-0001"));

        cop::v1::AcknowledgeAlertRequest request;
        request.set_alert_id(alertId);
        request.set_operator_name("Capt. Smith");
        request.set_console_id("dc-1");
        cop::v1::AcknowledgeAlertReply reply;
        grpc::ClientContext context;
        const grpc::Status status = stub->AcknowledgeAlert(&context, request, &reply);
        QVERIFY2(status.ok(), status.error_message().c_str());

        const auto acknowledged = stream.readUntil([&](const PictureEvent &event) {
            return event.has_alert_update() && event.alert_update().alert_id() == alertId;
        });
        QVERIFY(acknowledged);
        QCOMPARE(acknowledged->alert_update().state(), cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
        QCOMPARE(acknowledged->alert_update().acknowledgements(0).operator_name(),
                 std::string("Capt. Smith"));
        // The other console learns of it too.
        const auto seenByOther = other.readUntil([&](const PictureEvent &event) {
            return event.has_alert_update() && event.alert_update().alert_id() == alertId
                   && event.alert_update().state() == cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED;
        });
        QVERIFY(seenByOther);
        QCOMPARE(seenByOther->alert_update().acknowledgements(0).console_id(), std::string("dc-1"));

        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void demoShowsATrackWithinTenSecondsOfStart()
    {
        // The default scenario opens on an IRBM already in flight; the JP service needs three
        // fixes of its 2 s radars and its 3 s reporting latency to report it.
        QProcess sim;
        const int port = startSim(sim, {"--listen", "127.0.0.1:0", "--nation", "JP"});
        QVERIFY2(port > 0, sim.readAllStandardError().constData());
        // The scenario clock starts as the service reports it is listening.
        QElapsedTimer sinceStart;
        sinceStart.start();
        auto stub = trackServiceOn(port);
        EventStream stream(*stub, cop::v1::SubscribeRequest());
        const auto track = stream.readUntil(
            [](const PictureEvent &event) {
                return event.has_track_update() || event.snapshot().tracks_size() > 0;
            },
            std::chrono::seconds(15));
        QVERIFY(track);
        QVERIFY2(sinceStart.elapsed() < 10000, qPrintable(QString::number(sinceStart.elapsed())));
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 0);
    }

    void exitsWithCode2NamingTheFieldOfAnInvalidScenario()
    {
        QProcess sim;
        sim.start(QStringLiteral(COP_SIM_EXECUTABLE),
                  {"--nation", "KR", "--scenario", fixture("invalid_range.json")});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        const QByteArray error = sim.readAllStandardError();
        QVERIFY2(error.contains("invalid_range.json: launches[1].range_km: must be > 0"),
                 error.constData());
    }

    void exitsWithCode2NamingTheFieldOfALaunchItCannotFly()
    {
        QProcess sim;
        sim.start(QStringLiteral(COP_SIM_EXECUTABLE),
                  {"--nation", "US", "--scenario", fixture("unreachable_range.json")});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        const QByteArray error = sim.readAllStandardError();
        QVERIFY2(error.contains("unreachable_range.json: launches[0].range_km: 2500 km is beyond"),
                 error.constData());
    }

    void exitsWithCode2NamingTheFieldOfABadSpaceLaunch()
    {
        QProcess sim;
        sim.start(QStringLiteral(COP_SIM_EXECUTABLE),
                  {"--nation", "JP", "--scenario", fixture("space_launch_low_perigee.json")});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        const QByteArray error = sim.readAllStandardError();
        QVERIFY2(error.contains("space_launch_low_perigee.json: launches[0].space_launch.perigee_km: "
                                "must be >= 150"),
                 error.constData());
    }

    void stressModeFloodsTheStreamWithTrackUpdates()
    {
        QProcess sim;
        const int port = startSim(sim, {"--listen", "127.0.0.1:0", "--nation", "US", "--stress",
                                        "100", "--stress-rate", "20000"});
        QVERIFY2(port > 0, sim.readAllStandardError().constData());
        auto stub = trackServiceOn(port);
        EventStream stream(*stub, cop::v1::SubscribeRequest());
        int updates = 0;
        std::set<std::string> tracks;
        QVERIFY(stream.readUntil([&](const PictureEvent &event) {
            if (event.has_track_update()) {
                ++updates;
                tracks.insert(event.track_update().track_id());
            }
            return updates >= 5000;
        }));
        QCOMPARE(tracks.size(), 100u);
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 0);
    }

    void exitsWithCode2WhenThePortIsTaken()
    {
        QProcess first;
        const int port = startSim(first, {"--listen", "127.0.0.1:0", "--nation", "US"});
        QVERIFY(port > 0);

        QProcess second;
        second.start(QStringLiteral(COP_SIM_EXECUTABLE),
                     {"--listen", QStringLiteral("127.0.0.1:%1").arg(port), "--nation", "KR"});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 2);
        QVERIFY(second.readAllStandardError().contains("cannot listen"));

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitCode(), 0);
    }

    // Opening 560 s into a satellite launch: the first thing served is the picture of that
    // moment, stamped now (the vehicle's orbit already reported), not the launch.
    void startsPartWayIntoTheScenario()
    {
        QProcess sim;
        const int port = startSim(sim, {"--listen", "127.0.0.1:0", "--nation", "JP", "--scenario",
                                        QStringLiteral(COP_SCENARIOS "/space-launch-orbit.json"), "--from", "560"});
        QVERIFY2(port > 0, sim.readAllStandardError().constData());
        const qint64 startedUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        auto stub = trackServiceOn(port);
        EventStream stream(*stub, cop::v1::SubscribeRequest());
        const auto snapshot = stream.readUntil([](const PictureEvent &event) { return event.has_snapshot(); },
                                               std::chrono::seconds(15));
        QVERIFY(snapshot);
        bool orbit = false;
        for (const auto &launch : snapshot->snapshot().launches())
            orbit = orbit || launch.has_orbit();
        QVERIFY(orbit);
        qint64 newestUs = 0;
        for (const auto &track : snapshot->snapshot().tracks())
            newestUs = std::max<qint64>(newestUs, track.time_utc_us());
        QVERIFY2(std::abs(newestUs - startedUs) < 15'000'000, qPrintable(QString::number(newestUs - startedUs)));
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));

        QTemporaryDir state;
        QProcess both;
        both.start(QStringLiteral(COP_SIM_EXECUTABLE), {"--nation", "JP", "--from", "10", "--state-dir", state.path()});
        QVERIFY(both.waitForFinished(10000));
        QCOMPARE(both.exitCode(), 2);
        QVERIFY(both.readAllStandardError().contains("--from"));
    }

    void rejectsAnUnknownNation()
    {
        QProcess sim;
        sim.start(QStringLiteral(COP_SIM_EXECUTABLE), {"--nation", "FR"});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(CopSimProcessTest)
#include "tst_sim_process.moc"
