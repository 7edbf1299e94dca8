// What keeps one careless or hostile client from taking the service down for every console:
// bounded acknowledgements, and snapshots that fit gRPC's message limit whatever the state.

#include "AcknowledgementRules.h"
#include "EventLog.h"
#include "EventStream.h"
#include "ServiceHost.h"

#include <QtTest>

using cop::sim::AcknowledgementRules;
using cop::sim::EventLog;
using cop::sim::ServiceHost;
using cop::v1::PictureEvent;

namespace {

// gRPC's default limit on a received message, which every console keeps.
constexpr size_t kGrpcMessageLimit = 4 * 1024 * 1024;

cop::v1::ServiceInfo serviceInfo()
{
    cop::v1::ServiceInfo info;
    info.set_nation(cop::v1::NATION_JP);
    info.set_heartbeat_period_ms(200);
    return info;
}

PictureEvent activeAlert(const std::string &alertId)
{
    PictureEvent event;
    event.mutable_alert_update()->set_alert_id(alertId);
    event.mutable_alert_update()->set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
    return event;
}

// A prediction with a long drawn trajectory: about 40 KB on the wire.
PictureEvent longPrediction(int index)
{
    PictureEvent event;
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->set_track_id("T" + std::to_string(index));
    for (int i = 0; i < 1000; ++i) {
        cop::v1::TrajectorySample *sample = prediction->add_trajectory();
        sample->set_time_utc_us(1'700'000'000'000'000 + i * 1'000'000LL);
        sample->mutable_point()->set_lat_deg(38.0 + i * 1e-3);
        sample->mutable_point()->set_lon_deg(130.0 + i * 1e-3);
        sample->mutable_point()->set_height_m(100'000.0 + i);
    }
    return event;
}

struct Service
{
    Service() { log.append(activeAlert("A1")); }

    grpc::Status acknowledge(const std::string &operatorName, const std::string &consoleId,
                             cop::v1::AcknowledgeAlertReply *reply = nullptr)
    {
        cop::v1::AcknowledgeAlertRequest request;
        request.set_alert_id("A1");
        request.set_operator_name(operatorName);
        request.set_console_id(consoleId);
        cop::v1::AcknowledgeAlertReply ignored;
        grpc::ClientContext context;
        return stub->AcknowledgeAlert(&context, request, reply ? reply : &ignored);
    }

    EventLog log{"e"};
    ServiceHost host{log, serviceInfo(), "127.0.0.1:0"};
    std::unique_ptr<cop::v1::TrackService::Stub> stub = trackServiceOn(host.port());
};

} // namespace

class LimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void oversizedOrMissingNamesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<std::string>("operatorName");
        QTest::addColumn<std::string>("consoleId");
        QTest::newRow("1 MB operator") << std::string(1 << 20, 'K') << std::string("seoul-1");
        QTest::newRow("257-byte operator") << std::string(257, 'K') << std::string("seoul-1");
        QTest::newRow("65-byte console") << std::string("Kim") << std::string(65, 'c');
        QTest::newRow("empty operator") << std::string() << std::string("seoul-1");
        QTest::newRow("empty console") << std::string("Kim") << std::string();
    }

    void oversizedOrMissingNamesAreRefusedAndChangeNothing()
    {
        QFETCH(std::string, operatorName);
        QFETCH(std::string, consoleId);
        Service service;
        const uint64_t before = service.log.lastSequence();

        const grpc::Status status = service.acknowledge(operatorName, consoleId);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY(!status.error_message().empty());
        QVERIFY(status.error_message().size() < 200);
        const auto alert = service.log.alert("A1");
        QCOMPARE(alert->state(), cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        QCOMPARE(alert->acknowledgements_size(), 0);
        QCOMPARE(service.log.lastSequence(), before);
    }

    void namesAtTheLimitAreAccepted()
    {
        Service service;
        // 64 four-byte characters: 256 bytes of valid UTF-8.
        std::string name;
        for (int i = 0; i < 64; ++i)
            name += "\xF0\x9F\x9A\x80";
        QVERIFY(service.acknowledge(name, std::string(64, 'c')).ok());
        QCOMPARE(service.log.alert("A1")->acknowledgements(0).operator_name(), name);
    }

    void invalidUtf8IsRecognised()
    {
        QVERIFY(cop::sim::isValidUtf8("Kim 김 金"));
        QVERIFY(!cop::sim::isValidUtf8("\xC3"));           // cut short
        QVERIFY(!cop::sim::isValidUtf8("\xC0\xAF"));       // overlong '/'
        QVERIFY(!cop::sim::isValidUtf8("\xED\xA0\x80"));   // UTF-16 surrogate
        QVERIFY(!cop::sim::isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
        QVERIFY(!cop::sim::isValidUtf8("\xFF"));
        cop::v1::AcknowledgeAlertRequest request;
        request.set_alert_id("A1");
        request.set_console_id("seoul-1");
        request.set_operator_name(std::string("K\xFFm"));
        QVERIFY(AcknowledgementRules::problem(request));
    }

    void theSameOperatorAcknowledgingAgainIsOneRecord()
    {
        Service service;
        for (int i = 0; i < 100; ++i)
            QVERIFY(service.acknowledge("Kim", "seoul-1").ok());
        const auto alert = service.log.alert("A1");
        QCOMPARE(alert->acknowledgements_size(), 1);
        QCOMPARE(alert->state(), cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
        // The alert itself, then one acknowledgement: the repeats broadcast nothing.
        QCOMPARE(service.log.lastSequence(), 2u);
    }

    void recordsStopAtTheCapButTheStateStillFollows()
    {
        Service service;
        for (int i = 0; i < EventLog::kMaxAcknowledgements + 10; ++i)
            QVERIFY(service.acknowledge("Operator " + std::to_string(i), "console-1").ok());
        auto alert = service.log.alert("A1");
        QCOMPARE(alert->acknowledgements_size(), EventLog::kMaxAcknowledgements);
        QCOMPARE(alert->acknowledgements(0).operator_name(), std::string("Operator 0"));

        // A worse outlook makes the alert unacknowledged again; the next operator's
        // acknowledgement must still count although there is no room to record it.
        service.log.updateAlert("A1", [](cop::v1::AlertUpdate &update) {
            update.set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
            return true;
        });
        cop::v1::AcknowledgeAlertReply reply;
        QVERIFY(service.acknowledge("Late operator", "console-2", &reply).ok());
        QCOMPARE(reply.alert().state(), cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
        QCOMPARE(reply.alert().acknowledgements_size(), EventLog::kMaxAcknowledgements);
    }

    void aSnapshotLargerThanTheMessageLimitArrivesInChunksUnderIt()
    {
        EventLog log("big");
        constexpr int kPredictions = 300;
        for (int i = 0; i < kPredictions; ++i)
            log.append(longPrediction(i));
        ServiceHost host(log, serviceInfo(), "127.0.0.1:0");
        auto stub = trackServiceOn(host.port());

        // The stub keeps gRPC's default 4 MB receive limit, as consoles do.
        EventStream stream(*stub, cop::v1::SubscribeRequest());
        QVERIFY(stream.next()->has_stream_opened());
        size_t total = 0;
        int predictions = 0;
        for (;;) {
            const auto chunk = stream.next();
            QVERIFY(chunk);
            QVERIFY(chunk->has_snapshot());
            QVERIFY(chunk->ByteSizeLong() <= EventLog::kMaxChunkBytes);
            total += chunk->ByteSizeLong();
            predictions += chunk->snapshot().predictions_size();
            if (chunk->snapshot().last())
                break;
        }
        QVERIFY2(total > 2 * kGrpcMessageLimit, qPrintable(QString::number(total)));
        QCOMPARE(predictions, kPredictions);
    }

    void anItemTooLargeForAnyChunkIsLeftOutOfSnapshots()
    {
        EventLog log("e");
        PictureEvent huge;
        huge.mutable_track_update()->set_track_id(std::string(EventLog::kMaxChunkBytes, 'x'));
        log.append(huge);
        PictureEvent plain;
        plain.mutable_track_update()->set_track_id("T1");
        log.append(plain);
        uint64_t asOf = 0;
        const auto chunks = log.snapshot(200, &asOf);
        QCOMPARE(chunks.size(), 1u);
        QCOMPARE(chunks[0].snapshot().tracks_size(), 1);
        QCOMPARE(chunks[0].snapshot().tracks(0).track_id(), std::string("T1"));
    }

    void theResumeRingIsBoundedInBytes()
    {
        EventLog log("e", 100000, 10 * 1024 * 1024);
        PictureEvent big;
        big.mutable_track_update()->set_track_id(std::string(1024 * 1024, 'x'));
        for (int i = 0; i < 30; ++i)
            log.append(big);
        std::vector<PictureEvent> events;
        QVERIFY(!log.eventsAfter(0, 100, &events));
        QVERIFY(log.eventsAfter(25, 100, &events));
        QCOMPARE(events.size(), 5u);
    }
};

QTEST_GUILESS_MAIN(LimitsTest)
#include "tst_sim_limits.moc"
