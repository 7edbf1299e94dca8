#include "Clock.h"
#include "EventLog.h"
#include "EventStream.h"
#include "ServiceHost.h"
#include "ThreadsNamed.h"
#include "base/BackgroundPool.h"

#include <grpcpp/generic/generic_stub.h>

#include <QtTest>

#include <future>
#include <sys/resource.h>

using cop::sim::EventLog;
using cop::sim::ServiceHost;
using cop::v1::PictureEvent;

namespace {

cop::v1::ServiceInfo serviceInfo()
{
    cop::v1::ServiceInfo info;
    info.set_nation(cop::v1::NATION_JP);
    info.set_service_name("test service");
    info.set_banner_text("UNCLASSIFIED // TEST");
    info.set_heartbeat_period_ms(200);
    return info;
}

PictureEvent trackUpdate(const std::string &trackId)
{
    PictureEvent event;
    event.mutable_track_update()->set_track_id(trackId);
    return event;
}

PictureEvent activeAlert(const std::string &alertId)
{
    PictureEvent event;
    event.mutable_alert_update()->set_alert_id(alertId);
    event.mutable_alert_update()->set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
    return event;
}

cop::v1::SubscribeRequest resumeRequest(const std::string &epoch, uint64_t after)
{
    cop::v1::SubscribeRequest request;
    request.set_console_id("test-console");
    request.set_epoch(epoch);
    request.set_resume_after_sequence(after);
    return request;
}

std::string bytesOf(grpc::ByteBuffer &buffer)
{
    std::vector<grpc::Slice> slices;
    std::string bytes;
    if (buffer.Dump(&slices).ok()) {
        for (const auto &slice : slices)
            bytes.append(reinterpret_cast<const char *>(slice.begin()), slice.size());
    }
    return bytes;
}

grpc::ByteBuffer bufferOf(const std::string &bytes)
{
    grpc::Slice slice(bytes);
    return grpc::ByteBuffer(&slice, 1);
}

// Sends one message on a bidirectional stream and keeps the first reply, with no generated
// code: enough to talk to the reflection service.
class OneShotBidiCall : public grpc::ClientBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>
{
public:
    OneShotBidiCall(grpc::GenericStub &stub, const std::string &method, const std::string &request)
        : m_request(bufferOf(request))
    {
        m_context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        stub.PrepareBidiStreamingCall(&m_context, method, grpc::StubOptions(), this);
        StartWrite(&m_request);
        StartWritesDone();
        StartRead(&m_reply);
        StartCall();
    }

    // The reply's bytes, or the error, once the call is over.
    std::string await()
    {
        const grpc::Status status = m_done.get_future().get();
        return status.ok() ? bytesOf(m_reply) : "error: " + status.error_message();
    }

private:
    void OnDone(const grpc::Status &status) override { m_done.set_value(status); }

    grpc::ClientContext m_context;
    grpc::ByteBuffer m_request;
    grpc::ByteBuffer m_reply;
    std::promise<grpc::Status> m_done;
};

bool isSequenced(const PictureEvent &event)
{
    return event.sequence() > 0;
}

// Reads StreamOpened and, unless resuming, the whole snapshot; returns StreamOpened.
cop::v1::StreamOpened openStream(EventStream &stream, std::vector<PictureEvent> *snapshot = nullptr)
{
    const auto opened = stream.next();
    if (!opened || !opened->has_stream_opened())
        return {};
    if (!opened->stream_opened().resumed()) {
        while (const auto chunk = stream.next()) {
            if (!chunk->has_snapshot())
                continue;
            if (snapshot)
                snapshot->push_back(*chunk);
            if (chunk->snapshot().last())
                break;
        }
    }
    return opened->stream_opened();
}

// A service holding one track, and a stream open on it past its snapshot.
struct OneTrackStream
{
    OneTrackStream()
    {
        log.append(trackUpdate("T1"));
        host = std::make_unique<ServiceHost>(log, serviceInfo(), "127.0.0.1:0");
        stub = trackServiceOn(host->port());
        stream = std::make_unique<EventStream>(*stub, resumeRequest("", 0));
        openStream(*stream);
    }

    EventLog log{"e"};
    std::unique_ptr<ServiceHost> host;
    std::unique_ptr<cop::v1::TrackService::Stub> stub;
    std::unique_ptr<EventStream> stream;
};

} // namespace

class ServiceHostTest : public QObject
{
    Q_OBJECT

private slots:
    void newSubscriberGetsStreamOpenedSnapshotThenLiveEvents()
    {
        EventLog log("epoch-1");
        log.append(trackUpdate("T1"));
        log.append(trackUpdate("T2"));
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        QVERIFY(host.port() > 0);
        auto stub = trackServiceOn(host.port());

        EventStream stream(*stub, resumeRequest("", 0));
        std::vector<PictureEvent> snapshot;
        const auto opened = openStream(stream, &snapshot);
        QCOMPARE(opened.epoch(), std::string("epoch-1"));
        QVERIFY(!opened.resumed());
        QCOMPARE(opened.heartbeat_period_ms(), 200u);
        QCOMPARE(snapshot.size(), 1u);
        QCOMPARE(snapshot[0].snapshot().as_of_sequence(), 2u);
        QCOMPARE(snapshot[0].snapshot().tracks_size(), 2);

        log.append(trackUpdate("T3"));
        const auto live = stream.readUntil(isSequenced);
        QVERIFY(live);
        QCOMPARE(live->sequence(), 3u);
        QCOMPARE(live->track_update().track_id(), std::string("T3"));
    }

    void heartbeatsKeepComingWhileIdle()
    {
        OneTrackStream open;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i) {
            const auto heartbeat =
                open.stream->readUntil([](const PictureEvent &event) { return event.has_heartbeat(); });
            QVERIFY(heartbeat);
            QCOMPARE(heartbeat->sequence(), 0u);
            QCOMPARE(heartbeat->heartbeat().last_sequence(), 1u);
            QCOMPARE(heartbeat->heartbeat().period_ms(), 200u);
        }
        // Three periods of 200 ms, with generous slack for a loaded machine.
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    // Beside a console (the demo, the benchmarks) a service's streams must not outrank the
    // operator's GUI thread: on the watch floor they run on another nation's machine.
    void streamsGiveWayToAConsoleBesideThem()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads thread priorities from /proc");
#else
        OneTrackStream open;
        // Where this test itself runs niced past that, the stream cannot be raised to it.
        const int atLeast = std::max(cop::niceOf(cop::Urgency::Picture), getpriority(PRIO_PROCESS, 0));
        int yielded = 0;
        for (int server : threadsNamed("grpcpp_sync_ser"))
            yielded += getpriority(PRIO_PROCESS, id_t(server)) >= atLeast ? 1 : 0;
        QVERIFY(yielded >= 1);
#endif
    }

    void resumesAfterServerRestartWithoutLossOrDuplicates()
    {
        EventLog log("epoch-r");
        for (int i = 0; i < 5; ++i)
            log.append(trackUpdate("T" + std::to_string(i)));
        auto host = std::make_unique<ServiceHost>(log, serviceInfo(), "127.0.0.1:0");
        const int port = host->port();

        uint64_t lastSeen = 0;
        {
            auto stub = trackServiceOn(port);
            EventStream stream(*stub, resumeRequest("epoch-r", 2));
            QVERIFY(openStream(stream).resumed());
            while (lastSeen < 5) {
                const auto event = stream.readUntil(isSequenced);
                QVERIFY(event);
                QCOMPARE(event->sequence(), lastSeen == 0 ? 3u : lastSeen + 1);
                lastSeen = event->sequence();
            }
            host->stop();
            QVERIFY(!stream.readUntil(isSequenced));
            QCOMPARE(stream.finish().error_code(), grpc::StatusCode::UNAVAILABLE);
        }

        // Events keep coming while no server is up; a new one on the same port serves them.
        for (int i = 5; i < 9; ++i)
            log.append(trackUpdate("T" + std::to_string(i)));
        host = std::make_unique<ServiceHost>(log, serviceInfo(), "127.0.0.1:" + std::to_string(port));
        auto stub = trackServiceOn(port);
        EventStream stream(*stub, resumeRequest("epoch-r", lastSeen));
        QVERIFY(openStream(stream).resumed());
        log.append(trackUpdate("T9"));
        for (uint64_t expected = 6; expected <= 10; ++expected) {
            const auto event = stream.readUntil(isSequenced);
            QVERIFY(event);
            QCOMPARE(event->sequence(), expected);
        }
    }

    void resumeTooOldOrFromAnotherEpochGetsASnapshot_data()
    {
        QTest::addColumn<QString>("epoch");
        QTest::addColumn<int>("after");
        QTest::newRow("evicted from the ring") << "epoch-s" << 1;
        QTest::newRow("other epoch") << "epoch-old" << 18;
        QTest::newRow("beyond the last sequence") << "epoch-s" << 25;
        QTest::newRow("no epoch") << "" << 18;
    }

    void resumeTooOldOrFromAnotherEpochGetsASnapshot()
    {
        QFETCH(QString, epoch);
        QFETCH(int, after);
        EventLog log("epoch-s", 5);
        for (int i = 0; i < 20; ++i)
            log.append(trackUpdate("T" + std::to_string(i % 3)));
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        auto stub = trackServiceOn(host.port());
        EventStream stream(*stub, resumeRequest(epoch.toStdString(), after));
        std::vector<PictureEvent> snapshot;
        QVERIFY(!openStream(stream, &snapshot).resumed());
        QCOMPARE(snapshot.back().snapshot().as_of_sequence(), 20u);
        QCOMPARE(snapshot.back().snapshot().tracks_size(), 3);
    }

    void acknowledgementReachesEverySubscriber()
    {
        EventLog log("e");
        log.append(activeAlert("A1"));
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        auto stub = trackServiceOn(host.port());
        EventStream first(*stub, resumeRequest("", 0));
        EventStream second(*stub, resumeRequest("", 0));
        openStream(first);
        openStream(second);

        cop::v1::AcknowledgeAlertRequest request;
        request.set_alert_id("A1");
        request.set_operator_name("Yamada");
        request.set_console_id("tokyo-1");
        cop::v1::AcknowledgeAlertReply reply;
        grpc::ClientContext context;
        QVERIFY(stub->AcknowledgeAlert(&context, request, &reply).ok());
        QCOMPARE(reply.alert().state(), cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
        QCOMPARE(reply.alert().acknowledgements(0).operator_name(), std::string("Yamada"));

        for (EventStream *stream : {&first, &second}) {
            const auto update = stream->readUntil(isSequenced);
            QVERIFY(update);
            QCOMPARE(update->alert_update().SerializeAsString(), reply.alert().SerializeAsString());
        }

        // Again: the same answer and nothing new for the subscribers.
        cop::v1::AcknowledgeAlertReply again;
        grpc::ClientContext againContext;
        QVERIFY(stub->AcknowledgeAlert(&againContext, request, &again).ok());
        QCOMPARE(again.alert().SerializeAsString(), reply.alert().SerializeAsString());
        QCOMPARE(log.lastSequence(), 2u);
    }

    void acknowledgingAnUnknownAlertIsNotFound()
    {
        EventLog log("e");
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        auto stub = trackServiceOn(host.port());
        cop::v1::AcknowledgeAlertRequest request;
        request.set_alert_id("nope");
        request.set_operator_name("Kim");
        request.set_console_id("seoul-1");
        cop::v1::AcknowledgeAlertReply reply;
        grpc::ClientContext context;
        QCOMPARE(stub->AcknowledgeAlert(&context, request, &reply).error_code(),
                 grpc::StatusCode::NOT_FOUND);
    }

    void serviceInfoCarriesClockAndEpoch()
    {
        EventLog log("epoch-i");
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        auto stub = trackServiceOn(host.port());
        cop::v1::ServiceInfo info;
        grpc::ClientContext context;
        const auto before = cop::sim::nowUtcUs();
        QVERIFY(stub->GetServiceInfo(&context, {}, &info).ok());
        QCOMPARE(info.epoch(), std::string("epoch-i"));
        QCOMPARE(info.nation(), cop::v1::NATION_JP);
        QCOMPARE(info.banner_text(), std::string("UNCLASSIFIED // TEST"));
        QVERIFY(info.clock_utc_us() >= before);
    }

    void standardHealthCheckSaysServing()
    {
        EventLog log("e");
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        auto channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(host.port()),
                                           grpc::InsecureChannelCredentials());
        // grpc.health.v1.HealthCheckRequest for the track service, encoded by hand:
        // field 1 (service), length-delimited.
        const std::string service = cop::v1::TrackService::service_full_name();
        const std::string requestBytes = std::string("\x0a", 1) + char(service.size()) + service;
        grpc::ByteBuffer request = bufferOf(requestBytes);
        grpc::ByteBuffer response;
        grpc::GenericStub stub(channel);
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        std::promise<grpc::Status> done;
        stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                       &response, [&](grpc::Status status) { done.set_value(status); });
        const grpc::Status status = done.get_future().get();
        QVERIFY2(status.ok(), status.error_message().c_str());
        const std::string bytes = bytesOf(response);
        QCOMPARE(bytes, std::string("\x08\x01", 2)); // status: SERVING
    }

    void reflectionListsTheTrackService()
    {
        EventLog log("e");
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        grpc::GenericStub stub(grpc::CreateChannel("127.0.0.1:" + std::to_string(host.port()),
                                                   grpc::InsecureChannelCredentials()));
        // grpc.reflection.v1alpha.ServerReflectionRequest{list_services: "*"}, field 7.
        OneShotBidiCall call(stub, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                             std::string("\x3a\x01*", 3));
        const std::string reply = call.await();
        QVERIFY2(reply.find("cop.v1.TrackService") != std::string::npos, reply.c_str());
        QVERIFY(reply.find("grpc.health.v1.Health") != std::string::npos);
    }

    void listeningOnATakenPortIsAnError()
    {
        EventLog log("e");
        ServiceHost first(log, serviceInfo(), "127.0.0.1:0");
        const std::string address = "127.0.0.1:" + std::to_string(first.port());
        try {
            ServiceHost second(log, serviceInfo(), address);
            QFAIL("a second server bound a port in use");
        } catch (const cop::sim::ServiceHostError &error) {
            QVERIFY2(std::string(error.what()).find(address) != std::string::npos, error.what());
        }
    }
};

QTEST_GUILESS_MAIN(ServiceHostTest)
#include "tst_sim_servicehost.moc"
