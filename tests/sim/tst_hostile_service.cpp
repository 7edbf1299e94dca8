// The hostile test service plays what each mode claims, on the wire, next to good traffic that
// keeps flowing and resumes correctly; and it stops promptly whatever its clients do.

#include "EventStream.h"
#include "HostileService.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace cop::hostile;
using namespace std::chrono_literals;
using cop::v1::PictureEvent;

namespace {

// Fast enough that every mode shows itself within a second.
HostileOptions fastOptions(std::vector<HostileMode> modes)
{
    HostileOptions options;
    options.modes = std::move(modes);
    options.rateHz = 10.0;
    options.heartbeatPeriodMs = 100;
    options.floodPerSecond = 20'000;
    return options;
}

int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool hasNonFinite(const google::protobuf::Message &message)
{
    using google::protobuf::FieldDescriptor;
    const auto *reflection = message.GetReflection();
    std::vector<const FieldDescriptor *> fields;
    reflection->ListFields(message, &fields);
    for (const FieldDescriptor *field : fields) {
        const int count = field->is_repeated() ? reflection->FieldSize(message, field) : 1;
        for (int i = 0; i < count; ++i) {
            const bool repeated = field->is_repeated();
            switch (field->cpp_type()) {
            case FieldDescriptor::CPPTYPE_DOUBLE:
                if (!std::isfinite(repeated ? reflection->GetRepeatedDouble(message, field, i)
                                            : reflection->GetDouble(message, field)))
                    return true;
                break;
            case FieldDescriptor::CPPTYPE_FLOAT:
                if (!std::isfinite(repeated ? reflection->GetRepeatedFloat(message, field, i)
                                            : reflection->GetFloat(message, field)))
                    return true;
                break;
            case FieldDescriptor::CPPTYPE_MESSAGE:
                if (hasNonFinite(repeated ? reflection->GetRepeatedMessage(message, field, i)
                                          : reflection->GetMessage(message, field)))
                    return true;
                break;
            default:
                break;
            }
        }
    }
    return false;
}

bool isTrack(const PictureEvent &event, const std::function<bool(const cop::v1::TrackUpdate &)> &test)
{
    return event.has_track_update() && test(event.track_update());
}

// What each content mode's bad messages look like on the wire.
const std::map<HostileMode, std::function<bool(const PictureEvent &)>> &badMessageTests()
{
    using T = cop::v1::TrackUpdate;
    static const std::map<HostileMode, std::function<bool(const PictureEvent &)>> tests{
        {HostileMode::MillisecondTimestamps,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) { return std::llabs(t.time_utc_us() - nowUs() / 1000) < 60'000; });
         }},
        {HostileMode::FutureTimestamps,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) { return t.time_utc_us() > nowUs() + 9 * 365LL * 86'400'000'000LL; });
         }},
        {HostileMode::HugeEcef,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) {
                 return t.position_ecef().x() == 1e300 || t.velocity_ecef().x() == 1e300;
             });
         }},
        {HostileMode::HugeHeight,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) { return t.position_geodetic().height_m() == 1e12; });
         }},
        {HostileMode::HugeEllipse,
         [](const PictureEvent &e) {
             return e.has_prediction() && e.prediction().ellipses_size() == 1
                    && e.prediction().ellipses(0).confidence() == 0.95
                    && e.prediction().ellipses(0).semi_major_m() == 1e300;
         }},
        {HostileMode::IndefiniteCovariance,
         [](const PictureEvent &e) {
             // Var(x) = Var(y) = 1e4 with Cov(x, y) = 2e4 (or Var(x) < 0): not positive definite.
             return isTrack(e, [](const T &t) {
                 return t.covariance_upper_size() == 21 && t.covariance_upper(1) == 2e4
                        && t.covariance_upper(6) == 1e4;
             });
         }},
        {HostileMode::ZeroCovariance,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) {
                 return t.covariance_upper_size() == 21
                        && std::all_of(t.covariance_upper().begin(), t.covariance_upper().end(),
                                       [](double value) { return value == 0.0; });
             });
         }},
        {HostileMode::WrongCovarianceLength,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) {
                 return t.covariance_upper_size() == 20 || t.covariance_upper_size() == 22;
             });
         }},
        {HostileMode::NonFinite, [](const PictureEvent &e) { return hasNonFinite(e); }},
        {HostileMode::HugeRegionId,
         [](const PictureEvent &e) {
             return e.has_alert_update() && e.alert_update().region_id().size() == 500'000;
         }},
        {HostileMode::HugeTrackId,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) { return t.track_id().size() == 1'000'000; });
         }},
        {HostileMode::EmptyIds,
         [](const PictureEvent &e) {
             return (e.has_track_update() && e.track_update().track_id().empty())
                    || (e.has_prediction() && e.prediction().track_id().empty())
                    || (e.has_alert_update() && e.alert_update().alert_id().empty())
                    || (e.has_launch() && e.launch().launch_id().empty());
         }},
        {HostileMode::UnknownEnums,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) { return t.phase() == 99 && t.affiliation() == 42; })
                    || (e.has_alert_update() && e.alert_update().kind() == 77
                        && e.alert_update().state() == 55);
         }},
        {HostileMode::OrphanAlerts,
         [](const PictureEvent &e) {
             return e.has_alert_update() && e.alert_update().track_id().find("GHOST") != std::string::npos;
         }},
        {HostileMode::HugeTrajectory,
         [](const PictureEvent &e) {
             return e.has_prediction() && e.prediction().trajectory_size() == 20'000;
         }},
        {HostileMode::Flood,
         [](const PictureEvent &e) {
             return isTrack(e, [](const T &t) { return t.track_id().find("FLOOD") != std::string::npos; });
         }},
    };
    return tests;
}

cop::v1::SubscribeRequest subscription(const std::string &epoch = {}, uint64_t after = 0)
{
    cop::v1::SubscribeRequest request;
    request.set_console_id("test-console");
    request.set_epoch(epoch);
    request.set_resume_after_sequence(after);
    return request;
}

bool isGood(const PictureEvent &event)
{
    return event.has_track_update()
           && event.track_update().track_id().find("-GOOD-") != std::string::npos;
}

// Reads a stream for `duration` (or until it ends) and returns what came.
std::vector<PictureEvent> readFor(EventStream &stream, std::chrono::milliseconds duration)
{
    const auto end = std::chrono::steady_clock::now() + duration;
    std::vector<PictureEvent> events;
    while (std::chrono::steady_clock::now() < end) {
        const auto event = stream.next();
        if (!event)
            break;
        events.push_back(*event);
    }
    return events;
}

} // namespace

class HostileServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void modesAreNamedAndParsed();
    void goodTracksFlowAndResumeWithoutAMode();
    void contentModeSendsItsBadMessagesBesideGoodOnes_data();
    void contentModeSendsItsBadMessagesBesideGoodOnes();
    void heartbeatSilence();
    void hugeSnapshot();
    void gapStorm();
    void failingStream();
    void noStreamOpenedOnAlternateStreams();
    void duplicateSequences();
    void reorderedSequences();
    void unfinishedSnapshotOnAlternateStreams();
    void falseResume();
    void modesCombine();
    void stopsPromptlyWhateverItsClientsDo();
};

void HostileServiceTest::modesAreNamedAndParsed()
{
    std::set<std::string_view> names;
    for (HostileMode mode : allHostileModes()) {
        QCOMPARE(hostileModeNamed(nameOf(mode)), mode);
        QVERIFY(!descriptionOf(mode).empty());
        names.insert(nameOf(mode));
    }
    QCOMPARE(names.size(), allHostileModes().size());
    QCOMPARE(parseHostileModes("ms-timestamps,gap-storm,ms-timestamps"),
             (std::vector{HostileMode::MillisecondTimestamps, HostileMode::GapStorm}));
    QCOMPARE(parseHostileModes("all")->size(), kHostileModeCount);
    std::string unknown;
    QVERIFY(!parseHostileModes("gap-storm,nonsense", &unknown));
    QCOMPARE(unknown, std::string("nonsense"));
}

void HostileServiceTest::goodTracksFlowAndResumeWithoutAMode()
{
    HostileService service(fastOptions({}));
    auto stub = trackServiceOn(service.port());
    uint64_t last = 0;
    {
        EventStream stream(*stub, subscription());
        const auto opened = stream.next();
        QVERIFY(opened && opened->has_stream_opened());
        QCOMPARE(opened->stream_opened().epoch(), service.epoch());
        QCOMPARE(opened->stream_opened().heartbeat_period_ms(), 100u);
        std::set<std::string> seen;
        while (seen.size() < service.goodTrackIds().size()) {
            const auto event = stream.readUntil(isGood, 3s);
            QVERIFY(event);
            const auto &track = event->track_update();
            QVERIFY(std::llabs(track.time_utc_us() - nowUs()) < 5'000'000);
            const double speed = std::hypot(track.velocity_ecef().x(), track.velocity_ecef().y(),
                                            track.velocity_ecef().z());
            QVERIFY(std::abs(speed - 2000.0) < 1.0);
            QVERIFY(event->sequence() == last + 1 || last == 0);
            last = event->sequence();
            seen.insert(track.track_id());
        }
    }
    // The service counts an update once it is written, which may be after the client has read it.
    QTRY_VERIFY_WITH_TIMEOUT(service.counters().goodUpdates >= 3, 5000);

    EventStream resumed(*stub, subscription(service.epoch(), last));
    const auto opened = resumed.next();
    QVERIFY(opened && opened->stream_opened().resumed());
    const auto next = resumed.readUntil([](const PictureEvent &e) { return e.sequence() > 0; });
    QVERIFY(next);
    QCOMPARE(next->sequence(), last + 1);
}

void HostileServiceTest::contentModeSendsItsBadMessagesBesideGoodOnes_data()
{
    QTest::addColumn<HostileMode>("mode");
    for (const auto &[mode, test] : badMessageTests())
        QTest::newRow(std::string(nameOf(mode)).c_str()) << mode;
}

void HostileServiceTest::contentModeSendsItsBadMessagesBesideGoodOnes()
{
    QFETCH(HostileMode, mode);
    HostileService service(fastOptions({mode}));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    QVERIFY(stream.next()->has_stream_opened());

    const auto &isBad = badMessageTests().at(mode);
    QVERIFY(stream.readUntil(isBad, 5s));
    // Good data keeps coming after the bad: a client that survives the bad keeps its picture.
    QVERIFY(stream.readUntil(isGood, 5s));
    QVERIFY(stream.readUntil(isBad, 5s));
    // The service counts a message once written, which may be after the client has read it.
    QTRY_VERIFY(service.counters().badOf(mode) >= 2 && service.counters().goodUpdates >= 3);
    // Only the mode asked for plays.
    QCOMPARE(service.counters().bad.size(), 1u);
}

void HostileServiceTest::heartbeatSilence()
{
    HostileService service(fastOptions({HostileMode::HeartbeatSilence}));
    auto stub = trackServiceOn(service.port());
    {
        EventStream silent(*stub, subscription(), 3s);
        const auto opened = silent.next();
        QVERIFY(opened && opened->has_stream_opened());
        QCOMPARE(opened->stream_opened().heartbeat_period_ms(), 4294967295u);
        QElapsedTimer timer;
        timer.start();
        qint64 lastMessageMs = 0;
        while (silent.next())
            lastMessageMs = timer.elapsed();
        QCOMPARE(silent.finish().error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
        QVERIFY2(lastMessageMs < 1500, qPrintable(QString::number(lastMessageMs)));
        QVERIFY(std::none_of(silent.received().begin(), silent.received().end(),
                             [](const PictureEvent &e) { return e.has_heartbeat(); }));
        QVERIFY(std::any_of(silent.received().begin(), silent.received().end(), isGood));
    }
    // The next stream is a good one.
    EventStream good(*stub, subscription());
    QCOMPARE(good.next()->stream_opened().heartbeat_period_ms(), 100u);
    QVERIFY(good.readUntil([](const PictureEvent &e) { return e.has_heartbeat(); }));
    QCOMPARE(service.counters().badOf(HostileMode::HeartbeatSilence), 1u);
}

void HostileServiceTest::hugeSnapshot()
{
    HostileService service(fastOptions({HostileMode::HugeSnapshot}));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    QVERIFY(!stream.next()->stream_opened().resumed());
    int chunks = 0;
    int tracks = 0;
    for (;;) {
        const auto chunk = stream.next();
        QVERIFY(chunk && chunk->has_snapshot());
        ++chunks;
        tracks += chunk->snapshot().tracks_size();
        if (chunk->snapshot().last())
            break;
        QCOMPARE(chunk->snapshot().tracks_size(), 5000);
    }
    QCOMPARE(chunks, 21);  // 20 of the huge snapshot and the service's own picture
    QVERIFY(tracks >= 100'000);
    QCOMPARE(service.counters().badOf(HostileMode::HugeSnapshot), 20u);
    QVERIFY(stream.readUntil(isGood));
}

void HostileServiceTest::gapStorm()
{
    HostileService service(fastOptions({HostileMode::GapStorm}));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    QVERIFY(stream.next()->has_stream_opened());
    int gaps = 0;
    uint64_t last = 0;
    for (const PictureEvent &event : readFor(stream, 1500ms)) {
        if (event.has_snapshot())
            last = event.snapshot().as_of_sequence();
        if (event.sequence() == 0)
            continue;
        if (event.sequence() > last + 1)
            ++gaps;
        last = std::max(last, event.sequence());
    }
    // One every 250 ms; a loaded machine may manage fewer.
    QVERIFY2(gaps >= 3, qPrintable(QString::number(gaps)));
    QVERIFY(service.counters().badOf(HostileMode::GapStorm) >= 3);
}

void HostileServiceTest::failingStream()
{
    HostileService service(fastOptions({HostileMode::FailingStream}));
    auto stub = trackServiceOn(service.port());
    uint64_t last = 0;
    std::string epoch;
    for (int attempt = 0; attempt < 3; ++attempt) {
        EventStream stream(*stub, subscription(epoch, last));
        QElapsedTimer timer;
        timer.start();
        const auto opened = stream.next();
        QVERIFY(opened && opened->has_stream_opened());
        epoch = opened->stream_opened().epoch();
        while (const auto event = stream.next()) {
            if (event->sequence() > 0)
                last = event->sequence();
        }
        QCOMPARE(stream.finish().error_code(), grpc::StatusCode::UNAVAILABLE);
        QVERIFY(timer.elapsed() < 2000);
    }
    // Good data gets through between the failures: resumes carry it on.
    QVERIFY(last > 0);
    QCOMPARE(service.counters().badOf(HostileMode::FailingStream), 3u);
}

void HostileServiceTest::noStreamOpenedOnAlternateStreams()
{
    HostileService service(fastOptions({HostileMode::NoStreamOpened}));
    auto stub = trackServiceOn(service.port());
    {
        EventStream first(*stub, subscription());
        const auto message = first.next();
        QVERIFY(message && message->has_snapshot());
    }
    EventStream second(*stub, subscription());
    QVERIFY(second.next()->has_stream_opened());
    QCOMPARE(service.counters().badOf(HostileMode::NoStreamOpened), 1u);
}

void HostileServiceTest::duplicateSequences()
{
    HostileService service(fastOptions({HostileMode::DuplicateSequences}));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    uint64_t previous = 0;
    QVERIFY(stream.readUntil([&](const PictureEvent &e) {
        const bool repeated = e.sequence() > 0 && e.sequence() == previous;
        previous = e.sequence() > 0 ? e.sequence() : previous;
        return repeated;
    }));
    QVERIFY(service.counters().badOf(HostileMode::DuplicateSequences) > 0);
}

void HostileServiceTest::reorderedSequences()
{
    HostileService service(fastOptions({HostileMode::ReorderedSequences}));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    uint64_t previous = 0;
    QVERIFY(stream.readUntil([&](const PictureEvent &e) {
        const bool backwards = e.sequence() > 0 && e.sequence() + 1 == previous;
        previous = e.sequence() > 0 ? e.sequence() : previous;
        return backwards;
    }));
    QVERIFY(service.counters().badOf(HostileMode::ReorderedSequences) > 0);
}

void HostileServiceTest::unfinishedSnapshotOnAlternateStreams()
{
    HostileService service(fastOptions({HostileMode::UnfinishedSnapshot}));
    auto stub = trackServiceOn(service.port());
    {
        EventStream first(*stub, subscription());
        QVERIFY(!first.next()->stream_opened().resumed());
        const auto events = readFor(first, 700ms);
        QVERIFY(std::any_of(events.begin(), events.end(),
                            [](const PictureEvent &e) { return e.has_snapshot(); }));
        QVERIFY(std::none_of(events.begin(), events.end(),
                             [](const PictureEvent &e) { return e.snapshot().last(); }));
        QVERIFY(std::any_of(events.begin(), events.end(), isGood));
    }
    EventStream second(*stub, subscription());
    QVERIFY(second.readUntil([](const PictureEvent &e) { return e.snapshot().last(); }));
}

void HostileServiceTest::falseResume()
{
    HostileService service(fastOptions({HostileMode::FalseResume}));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    const auto opened = stream.next();
    QVERIFY(opened->stream_opened().resumed());
    QVERIFY(opened->stream_opened().epoch() != service.epoch());
    QVERIFY(stream.readUntil(isGood));
    QCOMPARE(service.counters().badOf(HostileMode::FalseResume), 1u);
}

void HostileServiceTest::modesCombine()
{
    const std::vector modes{HostileMode::MillisecondTimestamps, HostileMode::HugeRegionId,
                            HostileMode::GapStorm, HostileMode::DuplicateSequences};
    HostileService service(fastOptions(modes));
    auto stub = trackServiceOn(service.port());
    EventStream stream(*stub, subscription());
    const auto events = readFor(stream, 1500ms);
    for (HostileMode mode : {HostileMode::MillisecondTimestamps, HostileMode::HugeRegionId}) {
        const auto &isBad = badMessageTests().at(mode);
        QVERIFY2(std::any_of(events.begin(), events.end(), isBad), nameOf(mode).data());
    }
    QVERIFY(std::any_of(events.begin(), events.end(), isGood));
    const HostileCounters counters = service.counters();
    for (HostileMode mode : modes)
        QVERIFY2(counters.badOf(mode) > 0, nameOf(mode).data());
}

void HostileServiceTest::stopsPromptlyWhateverItsClientsDo()
{
    auto service = std::make_unique<HostileService>(fastOptions(allHostileModes()));
    auto stub = trackServiceOn(service->port());
    // One client reads nothing (the huge snapshot fills its window), one sits on a silent
    // stream, one reads along.
    EventStream stuck(*stub, subscription());
    EventStream silent(*stub, subscription());
    EventStream reading(*stub, subscription());
    readFor(reading, 500ms);

    QElapsedTimer timer;
    timer.start();
    service.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(HostileServiceTest)
#include "tst_hostile_service.moc"
