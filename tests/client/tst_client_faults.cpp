// A feed whose service misbehaves: the connection stays honest about its state, retries
// patiently, bounds what the service can cost, and the alerts say what is wrong once.

#include "DeliveryRecorder.h"
#include "ScriptedService.h"
#include "TrackUpdates.h"

#include "alerts/AlertBook.h"
#include "picture/Picture.h"
#include "ServiceConnection.h"
#include "ThreadsNamed.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cop::AlertBook;
using cop::AlertState;
using cop::FeedState;
using cop::testing::emptySnapshot;
using cop::testing::heartbeat;
using cop::testing::raisedAlert;
using cop::testing::sequenced;
using cop::testing::streamOpened;
using cop::testing::trackUpdate;
using Repeat = ScriptedService::Repeat;

namespace {

constexpr int kTimeoutMs = 10'000;

// A console around one connection: the picture it feeds and the alerts on that picture.
class Console
{
public:
    explicit Console(cop::ServiceConnection &connection)
        : alerts(&picture, u"Kim"_s, u"seoul-1"_s)
    {
        QObject::connect(&connection, &cop::ServiceConnection::batchReady, &picture,
                         &cop::Picture::applyBatch);
        QObject::connect(&connection, &cop::ServiceConnection::statusChanged, &picture,
                         &cop::Picture::updateFeed);
    }

    AlertState state(const QString &id) const
    {
        const auto it = alerts.alerts().constFind({u"US"_s, id});
        return it == alerts.alerts().cend() ? AlertState::Unknown : it->state();
    }

    // The alert's history: how often it was raised from normal, and whether it ever returned.
    int raisedCount(const QString &id) const
    {
        return int(std::count_if(alerts.history().begin(), alerts.history().end(),
                                 [&](const cop::AlertHistoryEntry &entry) {
                                     return entry.key.id == id && !entry.event;
                                 }));
    }
    bool everCleared(const QString &id) const
    {
        return std::any_of(alerts.history().begin(), alerts.history().end(),
                           [&](const cop::AlertHistoryEntry &entry) {
                               return entry.key.id == id
                                      && (entry.to == AlertState::ClearedUnacknowledged
                                          || entry.to == AlertState::Cleared);
                           });
    }

    cop::Picture picture;
    AlertBook alerts;
};

// Milliseconds between consecutive subscriptions.
std::vector<qint64> intervalsMs(const ScriptedService &service)
{
    const auto times = service.callTimes();
    std::vector<qint64> intervals;
    for (size_t i = 1; i < times.size(); ++i)
        intervals.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(times[i] - times[i - 1]).count());
    return intervals;
}

QByteArray describe(const std::vector<qint64> &intervals)
{
    QStringList parts;
    for (qint64 interval : intervals)
        parts << QString::number(interval);
    return parts.join(u", "_s).toUtf8();
}

cop::v1::PictureEvent snapshotChunk(int fromTrack, int toTrack, bool last)
{
    cop::v1::PictureEvent event;
    cop::v1::SnapshotChunk *chunk = event.mutable_snapshot();
    chunk->set_as_of_sequence(0);
    chunk->set_last(last);
    for (int track = fromTrack; track < toTrack; ++track) {
        cop::v1::TrackUpdate *update = chunk->add_tracks();
        *update = trackUpdate(track, 0).track_update();
        // Newer as ids grow, all within the minute the console takes a state to be ahead.
        update->set_time_utc_us(cop::testing::kBaseTimeUtcUs + int64_t(track) * 10);
    }
    return event;
}

// A stream that opens, sends an empty snapshot, then `events` updates of 50 tracks (each track
// `events` / 50 steps) as fast as the console reads them.
ScriptedService::Script flood(int events)
{
    ScriptedService::Script script{{streamOpened("E", false, 10'000)}, {emptySnapshot(0)}};
    for (int i = 1; i <= events; ++i)
        script.push_back({sequenced(trackUpdate(i % 50, i / 50), quint64(i))});
    return script;
}

// A port on 127.0.0.1 whose connections the kernel takes and nobody answers: no HTTP/2 settings,
// no response headers, ever.
class MuteListener
{
public:
    MuteListener()
        : m_fd(socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 && listen(m_fd, 8) == 0
            && getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~MuteListener() { close(m_fd); }
    MuteListener(const MuteListener &) = delete;
    MuteListener &operator=(const MuteListener &) = delete;

    QString address() const { return u"127.0.0.1:%1"_s.arg(m_port); }
    bool isListening() const { return m_port != 0; }

private:
    int m_fd;
    quint16 m_port = 0;
};

// How long stop() holds the thread that calls it (the GUI thread, in the console).
qint64 stopMs(cop::ServiceConnection &connection)
{
    QElapsedTimer timer;
    timer.start();
    connection.stop();
    return timer.elapsed();
}

} // namespace

class FaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void turnsStaleWhateverHeartbeatPeriodIsAnnounced();
    void retriesAServiceThatOpensThenFailsLessAndLessOften();
    void raisesOneFeedLostAlertForAResubscribeLoop();
    void abandonsAStreamThatNeverOpens();
    void boundsTheInboxWhileTheGuiThreadIsBlocked();
    void stopsAtOnceWhileTheInboxHoldsTheReader();
    void stopsAtOnceWhileAServiceNeverAnswers();
    void keepsTheNewestTracksOfAnOversizedSnapshot();
    void holdsAServicesAlertsToTheLimit();
    void raisesInvalidDataWhileMessagesAreRefused();
};

void FaultsTest::turnsStaleWhateverHeartbeatPeriodIsAnnounced()
{
    QTest::failOnWarning(QRegularExpression(u"negative interval"_s));
    ScriptedService service({{{streamOpened("E", false, 4'294'967'295u)}, {emptySnapshot(0)}}});
    cop::ConnectionLimits limits;
    limits.maxHeartbeatPeriod = 150ms;
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s, limits);
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);
    QElapsedTimer silence;
    silence.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Stale, kTimeoutMs);
    QVERIFY2(silence.elapsed() < 2'000, "stale after two clamped periods (300 ms)");
}

void FaultsTest::retriesAServiceThatOpensThenFailsLessAndLessOften()
{
    ScriptedService service({{{streamOpened("E", false, 1000)}, {emptySnapshot(0)},
                              {{}, 0ms, true}}},
                            Repeat::LastScript);
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    connection.start();

    QTRY_VERIFY_WITH_TIMEOUT(service.callTimes().size() >= 5, kTimeoutMs);
    const std::vector<qint64> intervals = intervalsMs(service);
    // 250, 500, 1000, 2000 ms, each within +-20 %: the open stream did not reset the backoff.
    QVERIFY2(intervals[2] >= 750 && intervals[3] >= 1'500, describe(intervals));
    QVERIFY(connection.status().counters.snapshots >= 4);
}

void FaultsTest::raisesOneFeedLostAlertForAResubscribeLoop()
{
    ScriptedService service({{{streamOpened("E", false, 1000)}, {emptySnapshot(0)},
                              {sequenced(trackUpdate(0, 1), 1)}, {sequenced(trackUpdate(0, 3), 3)}}},
                            Repeat::LastScript);
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    Console console(connection);
    console.alerts.setFeedAlertDelays(300ms, 1'500ms);
    connection.start();

    QTRY_VERIFY_WITH_TIMEOUT(service.callTimes().size() >= 5, kTimeoutMs);
    QCOMPARE(console.state(AlertBook::kFeedAlertId), AlertState::ActiveUnacknowledged);
    QCOMPARE(console.raisedCount(AlertBook::kFeedAlertId), 1);
    QVERIFY(!console.everCleared(AlertBook::kFeedAlertId));
    const std::vector<qint64> intervals = intervalsMs(service);
    QVERIFY2(intervals[3] >= 1'500, describe(intervals));
}

void FaultsTest::abandonsAStreamThatNeverOpens()
{
    ScriptedService service({{}}); // every call stays open and silent
    cop::ConnectionLimits limits;
    limits.openDeadline = 300ms;
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s, limits);
    connection.start();

    QTRY_VERIFY_WITH_TIMEOUT(service.callTimes().size() >= 2, kTimeoutMs);
    QVERIFY(intervalsMs(service).front() >= 300);
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().lastError, u"no stream_opened within 300 ms"_s,
                              kTimeoutMs);
    QVERIFY(connection.status().state != FeedState::Live);
    QCOMPARE(connection.status().lastRefusal, u"no stream_opened within 300 ms"_s);
}

void FaultsTest::boundsTheInboxWhileTheGuiThreadIsBlocked()
{
    constexpr int kEvents = 20'000;
    ScriptedService service({flood(kEvents)});
    cop::ConnectionLimits limits;
    limits.inboxItems = 1'000;
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s, limits);
    DeliveryRecorder deliveries(connection);
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);
    std::this_thread::sleep_for(2s); // the GUI thread busy elsewhere while the service floods
    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), quint64(kEvents), 3 * kTimeoutMs);

    // Filled to its bound, where reading stopped, and no further.
    QCOMPARE(connection.inboxPeakItems(), limits.inboxItems);
    QCOMPARE(deliveries.sequences.size(), size_t(kEvents));
    for (int i = 0; i < kEvents; ++i)
        QCOMPARE(deliveries.sequences[size_t(i)], quint64(i + 1));
    QCOMPARE(connection.status().counters.gaps, 0u);
    QCOMPARE(connection.status().counters.reconnects, 0u);
}

void FaultsTest::stopsAtOnceWhileTheInboxHoldsTheReader()
{
    ScriptedService service({flood(20'000)});
    cop::ConnectionLimits limits;
    limits.inboxItems = 1'000;
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s, limits);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.status().state, FeedState::Live, kTimeoutMs);
    std::this_thread::sleep_for(1s); // the GUI thread busy elsewhere: the reader fills the inbox
    QCOMPARE(connection.inboxPeakItems(), limits.inboxItems);

    // The reader waits for room, not in a read: stopping must wake it, not wait for a service
    // that the full HTTP/2 window holds back.
    const qint64 ms = stopMs(connection);
    QVERIFY2(ms < 1'000, qPrintable(u"stop() took %1 ms"_s.arg(ms)));
    QCOMPARE(connection.status().state, FeedState::Down);
    QTRY_VERIFY_WITH_TIMEOUT(threadsNamed("track stream").isEmpty(), kTimeoutMs);
}

void FaultsTest::stopsAtOnceWhileAServiceNeverAnswers()
{
    MuteListener mute;
    QVERIFY(mute.isListening());
    cop::ServiceConnection connection(u"US"_s, mute.address(), u"test-console"_s);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(threadsNamed("track stream").size(), 1, kTimeoutMs);
    QTest::qWait(500); // the reader is inside its call's opening or its first read

    const qint64 ms = stopMs(connection);
    QVERIFY2(ms < 1'000, qPrintable(u"stop() took %1 ms"_s.arg(ms)));
    QCOMPARE(connection.status().state, FeedState::Down);
    QTRY_VERIFY_WITH_TIMEOUT(threadsNamed("track stream").isEmpty(), kTimeoutMs);
}

void FaultsTest::keepsTheNewestTracksOfAnOversizedSnapshot()
{
    ScriptedService service({{{streamOpened("E", false, 1000)},
                              {snapshotChunk(0, 12'500, false)},
                              {snapshotChunk(12'500, 25'000, true)},
                              {sequenced(trackUpdate(30'000, 1), 1)},   // a new track: refused
                              {sequenced(trackUpdate(24'999, 2), 2)}}}); // one it has: applied
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s);
    Console console(connection);
    DeliveryRecorder deliveries(connection);
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.position(), 2u, 3 * kTimeoutMs);
    const auto &tracks = console.picture.tracks();
    QCOMPARE(tracks.size(), 20'000);
    QVERIFY(tracks.contains({u"US"_s, u"T5000"_s}));
    QVERIFY(tracks.contains({u"US"_s, u"T24999"_s}));
    QVERIFY(!tracks.contains({u"US"_s, u"T4999"_s}));
    QVERIFY(!tracks.contains({u"US"_s, u"T30000"_s}));
    QCOMPARE(deliveries.sequences, std::vector<quint64>{2});
    const cop::FeedStatus &status = connection.status();
    QCOMPARE(status.counters.tracksRefused, 5'001u);
    QCOMPARE(status.lastRefusal, u"event 1: a new track beyond the limit of 20000"_s);
    QCOMPARE(status.refusedLastMinute, 5'001);
    QTRY_COMPARE_WITH_TIMEOUT(console.state(AlertBook::kInvalidDataAlertId),
                              AlertState::ActiveUnacknowledged, kTimeoutMs);
}

// Alerts of ids made up one after another: the picture holds the limit of them, the alerts it
// has go on updating, and the rest are refused where the operator sees it.
void FaultsTest::holdsAServicesAlertsToTheLimit()
{
    ScriptedService::Script script{{streamOpened("E", false, 1000)}, {emptySnapshot(0)}};
    for (int i = 1; i <= 12; ++i)
        script.push_back({sequenced(raisedAlert("A" + std::to_string(i)), quint64(i))});
    script.push_back({sequenced(raisedAlert("A2"), 13)}); // one it has: applied
    ScriptedService service({script});
    cop::ConnectionLimits limits;
    limits.tracksPerService = 3;
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s, limits);
    Console console(connection);
    DeliveryRecorder deliveries(connection);
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.sequences, (std::vector<quint64>{1, 2, 3, 13}), kTimeoutMs);
    QCOMPARE(console.picture.alerts().size(), 3);
    QVERIFY(!console.picture.alerts().contains({u"US"_s, u"A4"_s}));
    const cop::FeedStatus &status = connection.status();
    QCOMPARE(status.refusedLastMinute, 9);
    QCOMPARE(status.lastRefusal, u"event 12: a new alert beyond the limit of 3"_s);
    QCOMPARE(status.counters.tracksRefused, 0u);
}

void FaultsTest::raisesInvalidDataWhileMessagesAreRefused()
{
    ScriptedService::Script script{{streamOpened("E", false, 100)}, {emptySnapshot(0)}};
    for (int i = 1; i <= 11; ++i) {
        cop::v1::PictureEvent bad = sequenced(trackUpdate(0, i), quint64(i));
        bad.mutable_track_update()->mutable_position_geodetic()->set_lat_deg(123);
        script.push_back({bad});
    }
    for (int i = 0; i < 40; ++i)
        script.push_back({heartbeat(100), 100ms}); // live, and sending nothing wrong
    ScriptedService service({script});
    cop::ConnectionLimits limits;
    limits.refusalWindow = 1s;
    cop::ServiceConnection connection(u"US"_s, service.address(), u"test-console"_s, limits);
    Console console(connection);
    connection.start();

    QTRY_COMPARE_WITH_TIMEOUT(console.state(AlertBook::kInvalidDataAlertId),
                              AlertState::ActiveUnacknowledged, kTimeoutMs);
    const cop::Alert alert = console.alerts.alerts().value({u"US"_s, AlertBook::kInvalidDataAlertId});
    QCOMPARE(alert.report.kind, cop::AlertKind::FeedInvalid);
    QCOMPARE(alert.report.severity, cop::Severity::Warning);
    QCOMPARE(console.picture.feeds().value(u"US"_s).lastRefusal,
             u"track_update: position_geodetic.lat_deg = 123"_s);

    QTRY_COMPARE_WITH_TIMEOUT(console.state(AlertBook::kInvalidDataAlertId),
                              AlertState::ClearedUnacknowledged, kTimeoutMs);
    QCOMPARE(connection.status().refusedLastMinute, 0);
    QCOMPARE(connection.status().state, FeedState::Live);
    QCOMPARE(console.raisedCount(AlertBook::kInvalidDataAlertId), 1);
}

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_client_faults.moc"
