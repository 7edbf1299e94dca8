#pragma once

// One timed ingest: a track service in this process (the simulator's, over loopback gRPC)
// streams N track updates; one ServiceConnection decodes, checks, sequences and batches them
// into a Picture on the main thread. Timed from subscribe to the last sequence applied.
// Another reader may be timed on the same stream in the same run (IngestBeside).

#include "EventLog.h"
#include "picture/Picture.h"
#include "ServiceConnection.h"
#include "ServiceHost.h"
#include "TrackUpdates.h"

#include <grpcpp/security/credentials.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <chrono>
#include <ctime>
#include <functional>
#include <optional>
#include <string>

struct IngestRun
{
    double connectSeconds = 0; // a new channel, from start() to the first batch: TLS handshake included
    double wallSeconds = 0;
    double cpuSeconds = 0; // the whole process: gRPC's threads and any journal writer included
};

inline double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

// The files for mutual TLS on both ends, or none for plaintext.
struct IngestSecurity
{
    QString name = QStringLiteral("BENCH"); // with TLS, the nation the certificate names
    cop::ChannelSecurity console;
    std::optional<cop::sim::ServerTls> service;
};

// How long a run may take to deliver every update.
inline constexpr std::chrono::milliseconds kIngestTimeout{120'000};

// The stream of a run as another reader gets it: where the service listens, with what channel
// credentials (the console's TLS configuration, or plaintext), and the request that streams
// every update, the one the console's timed subscription sends.
struct IngestStream
{
    std::string address;
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    cop::v1::SubscribeRequest request;
    uint64_t lastSequence = 0;
};

// A reader timed beside the console. Alone, not both at once: the console is stopped while it
// reads. `first`: before the console's timed subscription, else after it, so that a benchmark
// can alternate the order and machine noise falls on both alike.
struct IngestBeside
{
    std::function<void(const IngestStream &)> read;
    bool first = false;
};

// `attach` may hook more onto the connection (a recorder) before the timed subscription.
// Nothing when the run did not deliver every update in time.
inline std::optional<IngestRun> ingestOnce(int updates, int tracks,
                                           const std::function<void(cop::ServiceConnection &, cop::Picture &)> &attach = {},
                                           const IngestSecurity &security = {},
                                           const IngestBeside &beside = {})
{
    constexpr int kTimeoutMs = int(kIngestTimeout.count());
    const QString consoleId = QStringLiteral("bench");
    cop::sim::EventLog log("bench", size_t(updates));
    cop::v1::ServiceInfo info;
    info.set_heartbeat_period_ms(1000);
    cop::sim::ServiceHost host(log, info, "127.0.0.1:0", security.service);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(host.port());
    cop::ServiceConnection connection(security.name, address, consoleId, {}, nullptr,
                                      security.console);
    cop::Picture picture;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                     &cop::Picture::applyBatch);
    if (attach)
        attach(connection, picture);

    // Take the (empty) snapshot first, so the timed subscription resumes and streams every
    // update rather than a snapshot of the final state.
    QEventLoop loop;
    auto live = QObject::connect(&connection, &cop::ServiceConnection::batchReady, &loop,
                                 &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer connecting;
    connecting.start();
    connection.start();
    loop.exec();
    IngestRun run;
    run.connectSeconds = double(connecting.nsecsElapsed()) * 1e-9;
    QObject::disconnect(live);
    connection.stop();

    for (int i = 0; i < updates; ++i)
        log.append(cop::testing::trackUpdate(i % tracks, i / tracks));

    IngestStream stream{address.toStdString(),
                        security.console.tls
                            ? cop::tlsChannelCredentials(security.name, *security.console.tls,
                                                         std::make_shared<cop::PeerCheck>())
                            : grpc::InsecureChannelCredentials(),
                        {}, uint64_t(updates)};
    // What ServiceConnection::subscribe() sends now: resume the epoch after its empty snapshot.
    stream.request.set_console_id(consoleId.toStdString());
    stream.request.set_epoch(log.epoch());
    stream.request.set_resume_after_sequence(0);
    if (beside.read && beside.first)
        beside.read(stream);

    QElapsedTimer timer;
    double cpuStart = 0;
    QObject::connect(&connection, &cop::ServiceConnection::batchReady, &loop,
                     [&](const cop::ServiceBatch &batch) {
                         if (!batch.events.empty() && batch.events.back().sequence == quint64(updates)) {
                             run.wallSeconds = double(timer.nsecsElapsed()) * 1e-9;
                             run.cpuSeconds = processCpuSeconds() - cpuStart;
                             loop.quit();
                         }
                     });
    timer.start();
    cpuStart = processCpuSeconds();
    connection.start();
    loop.exec();
    if (beside.read && !beside.first) {
        connection.stop();
        beside.read(stream);
    }
    if (run.wallSeconds == 0 || connection.status().counters.eventsApplied != quint64(updates)
        || picture.tracks().size() != tracks)
        return std::nullopt;
    return run;
}
