// cop-sim: a simulated national track service for demos and tests.
#include "AuditLog.h"
#include "Clock.h"
#include "EventLog.h"
#include "Loopback.h"
#include "ProtobufLogLimit.h"
#include "Scenario.h"
#include "ServiceHost.h"
#include "ServiceResume.h"
#include "Simulator.h"
#include "StandardOptions.h"
#include "StateStore.h"
#include "StressFeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <random>

namespace {

constexpr int kExitUsage = 2;
// A day: no scenario runs longer, and a clock started further back is a typo.
constexpr double kMaxFromS = 86400.0;

int fail(const QString &message)
{
    std::fprintf(stderr, "cop-sim: %s\n", qPrintable(message));
    return kExitUsage;
}

QString defaultScenario()
{
    // Installed (PREFIX/bin/cop-sim beside PREFIX/share/cop/scenarios) first, then next to a build
    // tree (build-*/bin/cop-sim), then the source tree it was built from.
    const QDir programDir(QCoreApplication::applicationDirPath());
    for (const char *relative : {COP_SCENARIO_INSTALL_DIR "/demo.json", "../../resources/scenarios/demo.json"}) {
        const QString candidate = programDir.filePath(QLatin1String(relative));
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral(COP_SCENARIO_SOURCE_DIR "/demo.json");
}

std::string uniqueName(const QString &nation)
{
    std::random_device entropy;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s-%llx-%08x", qPrintable(nation),
                  static_cast<unsigned long long>(cop::sim::nowUtcUs()),
                  static_cast<unsigned>(entropy()));
    return buffer;
}

// A new epoch per process: the resume ring is not kept, so consoles holding sequences of the old
// one must take a snapshot (track_service.proto says what a new epoch means for alerts).
std::string newEpoch(const QString &nation)
{
    return uniqueName(nation);
}

} // namespace

int main(int argc, char *argv[])
{
    // Blocked before gRPC starts its threads, so that only sigwait() below receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    // Consoles are other nations' systems: what they send must not fill the log.
    cop::limitProtobufLog();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cop-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated national track service: plays a scenario as one nation sees it "
                       "and serves it over gRPC (cop.v1.TrackService)."));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on; port 0 picks one."),
                                          QStringLiteral("host:port"),
                                          QStringLiteral("127.0.0.1:50051"));
    const QCommandLineOption nationOption(QStringLiteral("nation"),
                                          QStringLiteral("The nation whose picture to serve."),
                                          QStringLiteral("US|JP|KR"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("Scenario file (JSON)."),
                                            QStringLiteral("file"), defaultScenario());
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the measurement noise."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Time acceleration (1 = real time)."),
                                        QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption startOption(
        QStringLiteral("start-utc"),
        QStringLiteral("Fixed UTC start of the scenario clock (ISO 8601, e.g. 2025-01-01T00:00:00Z): "
                       "the same seed then gives a byte-identical event stream."),
        QStringLiteral("time"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QStringLiteral("Start this many seconds into the scenario, as if the service had been "
                       "running since its start (now, less these seconds, unless --start-utc "
                       "says when): what came before is played at once (a demo or a test that "
                       "opens on a late moment of a long flight)."),
        QStringLiteral("seconds"));
    const QCommandLineOption stressOption(
        QStringLiteral("stress"),
        QStringLiteral("Instead of a scenario, flood the stream with track updates over N "
                       "synthetic tracks (client ingest benchmark)."),
        QStringLiteral("N"));
    const QCommandLineOption stressRateOption(
        QStringLiteral("stress-rate"), QStringLiteral("Track updates per second in --stress mode."),
        QStringLiteral("n"), QStringLiteral("250000"));
    const QCommandLineOption stateDirOption(
        QStringLiteral("state-dir"),
        QStringLiteral("Keep alerts and acknowledgements in this directory, and resume from it "
                       "after a restart: the same alerts, ids and acknowledgements. Without it "
                       "everything is in memory."),
        QStringLiteral("dir"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve mutual TLS with this certificate (PEM, subjectAltName URI "
                       "cop:service:NATION); reloaded when the file changes."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The certificate's private key (PEM)."),
                                          QStringLiteral("file"));
    const QCommandLineOption tlsClientCaOption(
        QStringLiteral("tls-client-ca"),
        QStringLiteral("CAs whose consoles are accepted (PEM); every console must present a "
                       "certificate they issued."),
        QStringLiteral("file"));
    const QCommandLineOption auditOption(
        QStringLiteral("audit-log"),
        QStringLiteral("Append a line per acknowledgement answered to this file: who, from which "
                       "certificate, when, which alert, result."),
        QStringLiteral("file"));
    const cop::cli::StandardOptions standard(
        &parser, {listenOption, nationOption, scenarioOption, seedOption, rateOption, startOption,
                  fromOption, stressOption, stressRateOption, stateDirOption, tlsCertOption, tlsKeyOption,
                  tlsClientCaOption, auditOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (const auto answer = standard.answer()) {
        std::fputs(qPrintable(*answer), stdout);
        return 0;
    }

    const QString nationName = parser.value(nationOption).toUpper();
    const std::map<QString, cop::v1::Nation> nations{
        {QStringLiteral("US"), cop::v1::NATION_US},
        {QStringLiteral("JP"), cop::v1::NATION_JP},
        {QStringLiteral("KR"), cop::v1::NATION_KR}};
    const auto nation = nations.find(nationName);
    if (nation == nations.end())
        return fail(QStringLiteral("--nation must be US, JP or KR"));
    bool ok = false;
    const qulonglong seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    const double rate = parser.value(rateOption).toDouble(&ok);
    if (!ok || !(rate > 0.0))
        return fail(QStringLiteral("--rate must be a number > 0"));

    std::optional<int64_t> startUtcUs;
    if (parser.isSet(startOption)) {
        const QDateTime start = QDateTime::fromString(parser.value(startOption), Qt::ISODate);
        if (!start.isValid())
            return fail(QStringLiteral("--start-utc must be an ISO 8601 time"));
        startUtcUs = start.toMSecsSinceEpoch() * 1000;
    }
    double fromS = 0.0;
    if (parser.isSet(fromOption)) {
        fromS = parser.value(fromOption).toDouble(&ok);
        if (!ok || !(fromS >= 0.0) || fromS > kMaxFromS)
            return fail(QStringLiteral("--from must be a number of seconds from 0 to %1").arg(kMaxFromS));
        if (parser.isSet(stateDirOption))
            return fail(QStringLiteral("--from and --state-dir both say where to resume: give one"));
        // The clock as if started fromS ago; the time before is played before serving.
        if (!startUtcUs)
            startUtcUs = cop::sim::nowUtcUs() - static_cast<int64_t>(fromS / rate * 1e6);
    }
    const bool stress = parser.isSet(stressOption);
    const int stressTracks = parser.value(stressOption).toInt(&ok);
    if (stress && (!ok || stressTracks < 1))
        return fail(QStringLiteral("--stress must be a number of tracks >= 1"));
    const double stressRate = parser.value(stressRateOption).toDouble(&ok);
    if (!ok || !(stressRate > 0.0))
        return fail(QStringLiteral("--stress-rate must be a number > 0"));

    if (stress && parser.isSet(stateDirOption))
        return fail(QStringLiteral("--state-dir keeps a scenario's alerts; --stress has none"));

    const QString scenarioPath = parser.value(scenarioOption);
    cop::sim::v1::Scenario scenario;
    try {
        scenario = cop::sim::loadScenario(scenarioPath.toStdString());
    } catch (const cop::sim::ScenarioError &error) {
        return fail(QString::fromStdString(error.what()));
    }

    cop::v1::ServiceInfo info;
    info.set_nation(nation->second);
    info.set_service_name(qPrintable(nationName + QStringLiteral(" track service (cop-sim)")));
    info.set_banner_text("UNCLASSIFIED // SIMULATED DATA // " + nationName.toStdString());
    const double heartbeatS = scenario.heartbeat_period_s() > 0.0 ? scenario.heartbeat_period_s()
                                                                  : 1.0;
    info.set_heartbeat_period_ms(static_cast<uint32_t>(heartbeatS * 1000.0));

    const std::string listen = parser.value(listenOption).toStdString();
    std::optional<cop::sim::ServerTls> tls;
    const int tlsFiles = int(parser.isSet(tlsCertOption)) + int(parser.isSet(tlsKeyOption))
                         + int(parser.isSet(tlsClientCaOption));
    if (tlsFiles == 3) {
        tls = cop::sim::ServerTls{parser.value(tlsCertOption).toStdString(),
                                  parser.value(tlsKeyOption).toStdString(),
                                  parser.value(tlsClientCaOption).toStdString()};
        for (const std::string *file : {&tls->certFile, &tls->keyFile, &tls->clientCaFile}) {
            if (!QFileInfo(QString::fromStdString(*file)).isReadable())
                return fail(QStringLiteral("cannot read %1").arg(QString::fromStdString(*file)));
        }
    } else if (tlsFiles != 0) {
        return fail(QStringLiteral("--tls-cert, --tls-key and --tls-client-ca go together"));
    } else if (!cop::security::isLoopbackAddress(listen)) {
        // Without TLS a simulator serves this machine only (tests, the plaintext demo).
        return fail(QStringLiteral("plaintext refused on %1: without --tls-cert, --tls-key and "
                                   "--tls-client-ca cop-sim listens on loopback addresses only")
                        .arg(QString::fromStdString(listen)));
    }
    std::unique_ptr<cop::sim::AuditLog> audit;
    if (parser.isSet(auditOption)) {
        try {
            audit = std::make_unique<cop::sim::AuditLog>(parser.value(auditOption).toStdString());
        } catch (const cop::sim::AuditLogError &error) {
            return fail(QString::fromStdString(error.what()));
        }
    }
    // A stress run keeps a few seconds of updates for consoles to resume from.
    cop::sim::EventLog log(newEpoch(nationName),
                           stress ? static_cast<size_t>(2.0 * stressRate) : 100000);
    std::unique_ptr<cop::sim::StateStore> store;
    if (parser.isSet(stateDirOption)) {
        try {
            store = std::make_unique<cop::sim::StateStore>(
                parser.value(stateDirOption).toStdString());
            if (!store->recovery().setAside.empty() || store->recovery().tornBytes > 0)
                std::fprintf(stderr, "cop-sim: state store: %zu torn bytes cut, damaged file: %s\n",
                             store->recovery().tornBytes,
                             store->recovery().setAside.empty()
                                 ? "none"
                                 : store->recovery().setAside.c_str());
            auto wanted = cop::sim::identityOf(scenario, nation->second, seed, rate,
                                               startUtcUs.value_or(cop::sim::nowUtcUs()));
            const auto &stored = store->identity();
            if (stored && cop::sim::mayResume(*stored, wanted, startUtcUs.has_value())) {
                startUtcUs = stored->start_utc_us();
            } else {
                wanted.set_state_id(uniqueName(nationName));
                store->startOver(wanted);
                startUtcUs = wanted.start_utc_us();
            }
        } catch (const cop::sim::AlertJournalError &error) {
            return fail(QString::fromStdString(error.what()));
        }
    }
    std::unique_ptr<cop::sim::Simulator> simulator;
    std::unique_ptr<cop::sim::StressFeed> stressFeed;
    try {
        if (stress)
            stressFeed = std::make_unique<cop::sim::StressFeed>(log, stressTracks, stressRate);
        else
            simulator = std::make_unique<cop::sim::Simulator>(log, scenario, nation->second, seed,
                                                              rate, startUtcUs);
    } catch (const cop::sim::ScenarioError &error) {
        return fail(scenarioPath + QStringLiteral(": ") + QString::fromStdString(error.what()));
    }
    if (simulator && fromS > 0.0)
        simulator->advanceTo(fromS);
    if (store) {
        const auto report = cop::sim::replayStore(*store, *simulator, log, cop::sim::nowUtcUs());
        fromS = report.fromS;
        log.setAlertJournal(store.get());
        try {
            store->compact();
        } catch (const cop::sim::AlertJournalError &error) {
            return fail(QString::fromStdString(error.what()));
        }
        std::fprintf(stderr,
                     "cop-sim: state %s: resumed at T+%.1f s, %zu acknowledgements applied, "
                     "%zu alerts missing, %zu differing\n",
                     store->identity()->state_id().c_str(), fromS, report.acknowledgements,
                     report.alertsMissing, report.alertsDiffering);
    }
    std::unique_ptr<cop::sim::ServiceHost> host;
    try {
        host = std::make_unique<cop::sim::ServiceHost>(log, info, listen, tls, audit.get());
    } catch (const cop::sim::ServiceHostError &error) {
        return fail(QString::fromStdString(error.what()));
    }
    if (simulator)
        simulator->start(fromS);
    else
        stressFeed->start();

    const std::string boundAddress =
        listen.substr(0, listen.rfind(':') + 1) + std::to_string(host->port());
    std::printf("cop-sim: %s listening on %s\n", qPrintable(nationName), boundAddress.c_str());
    std::fprintf(stderr, "cop-sim: %s\n", tls ? "mutual TLS" : "plaintext (loopback only)");
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    if (simulator)
        simulator->stop();
    else
        stressFeed->stop();
    host->stop();
    log.shutdown();
    log.setAlertJournal(nullptr);
    return 0;
}
