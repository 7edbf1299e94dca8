// A national service restarted under a watching console, with real processes: three cop-sim
// services and a console as main() builds it (ConsoleAssembly, without its window) in this
// process. JP is killed (SIGKILL) and restarted on the same port again and again with missiles
// in flight (salvos every 15 s), while the operator acknowledges a JP alert before, during
// (pending) and after every outage. Afterwards every acknowledgement is at the service and on the
// console, no event has two rows, no missile two fused tracks, no track is below the ground and
// no fused track's launch time has changed. Once with the service's state store (--state-dir),
// once with it deleted between kill and restart (the clean-state path). COP_RESTARTS sets the
// restarts (5 by default; 20 for the run).
#include "EventStream.h"
#include "SimProcess.h"

#include "ConsoleAssembly.h"
#include "session/ConsoleSession.h"
#include "fusion/LaunchChoice.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleMs = 60'000;
const QString kJapan = u"JP"_s;

// One event as a service raises it: what survives a restart with a clean state (not the id).
using Event = std::tuple<int, QString, QString>; // kind, track, region

Event eventOf(const cop::AlertUpdate &alert)
{
    return {int(alert.kind), alert.trackId, alert.regionId};
}

// The service's own view: its snapshot's alerts, by event.
std::map<Event, cop::v1::AlertUpdate> serviceAlerts(int port)
{
    auto stub = trackServiceOn(port);
    EventStream stream(*stub, cop::v1::SubscribeRequest());
    std::map<Event, cop::v1::AlertUpdate> alerts;
    stream.readUntil([&](const cop::v1::PictureEvent &event) {
        for (const auto &alert : event.snapshot().alerts()) {
            alerts[{int(alert.kind()), QString::fromStdString(alert.track_id()),
                    QString::fromStdString(alert.region_id())}] = alert;
        }
        return event.has_snapshot() && event.snapshot().last();
    });
    return alerts;
}

struct Counts
{
    int acksMade = 0;
    int acksBefore = 0, acksDuring = 0, acksAfter = 0; // of an outage
    int acksAtService = 0, acksMissingAtService = 0;
    int acksOnConsole = 0, acksMissingOnConsole = 0;
    int acksShownUndelivered = 0; // the service has not raised the event again (yet)
    int duplicateRows = 0;
    int duplicateFused = 0;
    int belowGround = 0;
    int launchChanges = 0;       // to a launch not clearly more precise: against the rule
    int launchesImproved = 0;    // to a clearly more precise one, as the rule allows
};

} // namespace

class ConsoleRestartsTest : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<QProcess>> m_sims; // US, KR, JP
    QStringList m_japanArguments;
    int m_japanPort = 0;

    void startServices(const QString &stateDir)
    {
        // One clock for all: the console fuses tracks by their times.
        const QString start = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const char *nation : {"US", "KR", "JP"}) {
            QStringList arguments{"--nation", nation, "--seed", "1", "--start-utc", start,
                                  "--scenario", QStringLiteral(COP_FIXTURES "/restart_salvos.json")};
            if (QLatin1StringView(nation) == "JP")
                arguments += {"--state-dir", stateDir};
            auto sim = std::make_unique<QProcess>();
            const int port = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                             QStringList{"--listen", "127.0.0.1:0"} + arguments);
            QVERIFY2(port > 0, sim->readAllStandardError().constData());
            sim->setProperty("port", port);
            if (QLatin1StringView(nation) == "JP") {
                m_japanPort = port;
                m_japanArguments = QStringList{"--listen", u"127.0.0.1:%1"_s.arg(port)} + arguments;
            }
            m_sims.push_back(std::move(sim));
        }
    }

    void restartJapan()
    {
        QProcess &japan = *m_sims.back();
        int port = 0;
        // The port is free once the process is gone; a retry covers a slow kernel, and one that
        // came up without saying where (a loaded machine) is ended before the next try.
        for (int attempt = 0; attempt < 10 && port == 0; ++attempt) {
            port = startSimProcess(japan, QStringLiteral(COP_SIM_EXECUTABLE), m_japanArguments);
            if (port == 0) {
                japan.kill();
                japan.waitForFinished(5000);
                QTest::qWait(200);
            }
        }
        QCOMPARE(port, m_japanPort);
    }

    void run(bool keepState)
    {
        const int restarts = qEnvironmentVariableIntValue("COP_RESTARTS") > 0
                                 ? qEnvironmentVariableIntValue("COP_RESTARTS")
                                 : 5;
        QTemporaryDir state;
        startServices(state.path());
        cop::ConsoleOptions options;
        options.operatorName = u"Sato"_s;
        options.consoleId = u"tokyo-1"_s;
        QTemporaryDir journal;
        options.journal.directory = journal.path();
        const char *names[] = {"US", "KR", "JP"};
        for (size_t i = 0; i < m_sims.size(); ++i) {
            options.services.append({QString::fromLatin1(names[i]),
                                     u"127.0.0.1:%1"_s.arg(m_sims[i]->property("port").toInt())});
        }
        cop::ConsoleAssembly console(options);
        QString error;
        QVERIFY2(console.start(&error), qPrintable(error));
        cop::ConsoleSession &session = *console.session();
        cop::AlertBook &book = *session.alerts();
        cop::FusedPicture &fusion = *session.fusion();

        Counts counts;
        // Every published fused picture: nothing below the ground.
        connect(&fusion, &cop::FusedPicture::changed, this, [&] {
            for (const cop::FusedTrack *track : fusion.tracks())
                counts.belowGround += track->position.heightM < 0.0 ? 1 : 0;
        });
        std::set<Event> acknowledged;
        const auto acknowledgeable = [&] {
            std::vector<cop::ServiceKey> keys;
            for (const cop::Alert &alert : book.alerts()) {
                if (alert.key.service == kJapan && !alert.raisedByConsole && !alert.ackPending
                    && !alert.ackUndelivered && !acknowledged.count(eventOf(alert.report))
                    && (alert.state() == cop::AlertState::ActiveUnacknowledged
                        || alert.state() == cop::AlertState::ClearedUnacknowledged))
                    keys.push_back(alert.key);
            }
            return keys;
        };
        // Acknowledges one JP alert not yet acknowledged here, into one of the counts.
        const auto acknowledgeOne = [&](int &count) {
            for (const cop::ServiceKey &key : acknowledgeable()) {
                const Event event = eventOf(book.alerts().value(key).report);
                if (book.acknowledge(key)) {
                    acknowledged.insert(event);
                    ++counts.acksMade;
                    ++count;
                    return;
                }
            }
        };
        const auto japanLive = [&] {
            return session.picture()->feeds().value(kJapan).state == cop::FeedState::Live;
        };
        // Live, and every acknowledgement answered. A service restarted with a clean state raises
        // an event again only when its scenario, played again from the start, comes to it: until
        // then the console shows the acknowledgement as not delivered.
        const auto settled = [&] {
            if (!japanLive() || !fusion.isSettled())
                return false;
            for (const cop::Alert &alert : book.alerts()) {
                if (alert.key.service == kJapan && (alert.ackPending || (keepState && alert.ackUndelivered)))
                    return false;
            }
            return true;
        };
        const auto launchesShown = [&] {
            std::map<QString, cop::Launch> shown;
            for (const cop::FusedTrack *track : fusion.tracks()) {
                if (const cop::Launch *launch = fusion.launch(*track))
                    shown[track->id] = *launch;
            }
            return shown;
        };
        QTRY_VERIFY_WITH_TIMEOUT(japanLive() && book.alerts().size() >= 4, kSettleMs);

        for (int round = 0; round < restarts; ++round) {
            // Two to acknowledge: one now, one while the service is down.
            QTRY_VERIFY_WITH_TIMEOUT(acknowledgeable().size() >= 2, kSettleMs);
            acknowledgeOne(counts.acksBefore);
            QTRY_VERIFY_WITH_TIMEOUT(settled(), kSettleMs);
            const std::map<QString, cop::Launch> launchesBefore = launchesShown();

            QProcess &japan = *m_sims.back();
            japan.kill();
            QVERIFY(japan.waitForFinished(5000));
            if (!keepState)
                QVERIFY(QDir(state.path()).removeRecursively() && QDir().mkpath(state.path()));
            QTRY_VERIFY_WITH_TIMEOUT(!japanLive(), kSettleMs);
            acknowledgeOne(counts.acksDuring);
            QTest::qWait(500);
            restartJapan();
            QTRY_VERIFY_WITH_TIMEOUT(settled(), kSettleMs);
            QTRY_VERIFY_WITH_TIMEOUT(!acknowledgeable().empty(), kSettleMs);
            acknowledgeOne(counts.acksAfter);
            QTRY_VERIFY_WITH_TIMEOUT(settled(), kSettleMs);

            for (const auto &[id, launch] : launchesShown()) {
                const auto before = launchesBefore.find(id);
                if (before == launchesBefore.end() || before->second.launchTimeUtcUs == launch.launchTimeUtcUs)
                    continue;
                const bool improved = cop::launchSpread(launch)
                                      <= cop::LaunchChoice::kClearlyBetter * cop::launchSpread(before->second);
                ++(improved ? counts.launchesImproved : counts.launchChanges);
                if (!improved) {
                    qWarning("%s: launch %s of %s replaced by %s of %s", qPrintable(id),
                             qPrintable(before->second.launchId), qPrintable(before->second.trackId),
                             qPrintable(launch.launchId), qPrintable(launch.trackId));
                }
            }
        }

        // At the service and on the console: every acknowledgement of an event still reported.
        const auto atService = serviceAlerts(m_japanPort);
        std::map<Event, int> rows;
        for (const cop::Alert &alert : book.alerts()) {
            if (alert.key.service == kJapan && !alert.raisedByConsole)
                ++rows[eventOf(alert.report)];
        }
        for (const auto &[event, count] : rows)
            counts.duplicateRows += count - 1;
        for (const Event &event : acknowledged) {
            const auto service = atService.find(event);
            if (service == atService.end())
                continue; // the service has ended it; so has the console
            const bool there = std::any_of(service->second.acknowledgements().begin(),
                                           service->second.acknowledgements().end(),
                                           [](const auto &ack) { return ack.operator_name() == "Sato"; });
            ++(there ? counts.acksAtService : counts.acksMissingAtService);
            bool shown = false;
            for (const cop::Alert &alert : book.alerts()) {
                if (alert.key.service == kJapan && eventOf(alert.report) == event)
                    shown = shown || std::any_of(alert.report.acknowledgements.begin(),
                                                 alert.report.acknowledgements.end(),
                                                 [](const auto &ack) { return ack.operatorName == u"Sato"; });
            }
            ++(shown ? counts.acksOnConsole : counts.acksMissingOnConsole);
        }
        // What the service has not raised again is shown as not delivered, never dropped.
        for (const Event &event : acknowledged) {
            if (atService.count(event))
                continue;
            for (const cop::Alert &alert : book.alerts()) {
                if (alert.key.service == kJapan && eventOf(alert.report) == event)
                    ++(alert.ackUndelivered ? counts.acksShownUndelivered : counts.acksMissingOnConsole);
            }
        }
        // One fused track per missile: no JP service track in two, and no two fused tracks of
        // one nation's single track.
        std::map<QString, int> fusedPerJapanTrack;
        for (const cop::FusedTrack *track : fusion.tracks()) {
            for (const cop::Contributor &contributor : track->contributors)
                fusedPerJapanTrack[contributor.key.service + u'/' + contributor.key.id] += 1;
        }
        for (const auto &[track, count] : fusedPerJapanTrack)
            counts.duplicateFused += count - 1;
        for (const cop::FusedTrack *a : fusion.tracks()) {
            for (const cop::FusedTrack *b : fusion.tracks()) {
                if (a->id < b->id && (a->state.x.head<3>() - b->state.x.head<3>()).norm() < 2'000.0)
                    ++counts.duplicateFused; // two fused tracks where one missile is
            }
        }

        qInfo("%s, restarts %d: acknowledgements made %d (%d before, %d during, %d after outages); "
              "at the service %d, "
              "missing %d; on the console %d, missing %d, shown not delivered %d; duplicate rows %d; "
              "duplicate fused tracks %d; below ground %d; launch time changes %d (and %d to a clearly "
              "more precise one)",
              keepState ? "state kept" : "state deleted", restarts, counts.acksMade,
              counts.acksBefore, counts.acksDuring, counts.acksAfter, counts.acksAtService, counts.acksMissingAtService,
              counts.acksOnConsole, counts.acksMissingOnConsole, counts.acksShownUndelivered,
              counts.duplicateRows,
              counts.duplicateFused, counts.belowGround, counts.launchChanges, counts.launchesImproved);
        QCOMPARE(counts.acksBefore, restarts);
        QCOMPARE(counts.acksDuring, restarts);
        QCOMPARE(counts.acksAfter, restarts);
        QVERIFY(counts.acksAtService > 0);
        QCOMPARE(counts.acksMissingAtService, 0);
        QCOMPARE(counts.acksMissingOnConsole, 0);
        QCOMPARE(counts.duplicateRows, 0);
        QCOMPARE(counts.duplicateFused, 0);
        QCOMPARE(counts.belowGround, 0);
        QCOMPARE(counts.launchChanges, 0);
    }

private slots:
    void cleanup() { stopSimProcesses(m_sims); }

    void withTheStateStore() { run(true); }
    void withTheStateDeleted() { run(false); }
};

QTEST_GUILESS_MAIN(ConsoleRestartsTest)
#include "tst_console_restarts.moc"
