// The console's alert book: service reports through the lifecycle, console-local actions,
// feed-health alerts, and the history of every change.
#include "AlertBook.h"
#include "AlertReports.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cop::AlertEvent;
using cop::AlertState;
using cop::Severity;

namespace {

constexpr qint64 kStartUs = 1'700'000'000'000'000;
constexpr qint64 kMinuteUs = 60'000'000;

cop::AlertUpdate alertUpdate(AlertState state, Severity severity = Severity::Warning)
{
    return cop::testing::alertReport(u"USA0001"_s, severity, state, kStartUs);
}

cop::AlertUpdate acknowledgedBy(cop::AlertUpdate alert, const QString &name, const QString &console)
{
    alert.acknowledgements.push_back({name, console, kStartUs + 5'000'000});
    return alert;
}

class Fixture
{
public:
    Fixture()
        : book(&picture, u"Kim"_s, u"seoul-1"_s)
    {
        book.setClock([this] { return now; });
    }

    void report(const cop::AlertUpdate &alert)
    {
        picture.applyBatch(cop::testing::alertBatch(u"US"_s, ++sequence, alert));
    }

    void feed(cop::FeedState state, int refusedLastMinute = 0)
    {
        cop::FeedStatus status;
        status.service = u"JP"_s;
        status.state = state;
        status.refusedLastMinute = refusedLastMinute;
        picture.updateFeed(status);
    }

    // The state the feed alert's history went through, from the first record on.
    std::vector<AlertState> feedHistory(const QString &id) const
    {
        std::vector<AlertState> states;
        for (const cop::AlertHistoryEntry &entry : book.history()) {
            if (entry.key.id == id)
                states.push_back(entry.to);
        }
        return states;
    }

    const cop::Alert &alert(const QString &service = u"US"_s, const QString &id = u"USA0001"_s)
    {
        return *book.alerts().constFind({service, id});
    }

    cop::Picture picture;
    cop::AlertBook book;
    qint64 now = kStartUs;
    quint64 sequence = 0;
};

} // namespace

class AlertBookTest : public QObject
{
    Q_OBJECT

private slots:
    void followsServiceReportsAndRecordsWhoAcknowledged()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveUnacknowledged));

        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Tanaka"_s, u"tokyo-2"_s));
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveAcknowledged));
        const cop::AlertHistoryEntry &ack = f.book.history().back();
        QCOMPARE(ack.event, std::optional(AlertEvent::Acknowledge));
        QCOMPARE(ack.operatorName, u"Tanaka"_s);
        QCOMPARE(ack.consoleId, u"tokyo-2"_s);
        QCOMPARE(ack.timeUtcUs, kStartUs + 5'000'000);
        QCOMPARE(int(ack.from), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(int(ack.to), int(AlertState::ActiveAcknowledged));

        f.report(acknowledgedBy(alertUpdate(AlertState::Cleared), u"Tanaka"_s, u"tokyo-2"_s));
        QCOMPARE(int(f.alert().state()), int(AlertState::Cleared));
        QVERIFY(!cop::isOnActiveList(f.alert().state()));
        QCOMPARE(f.book.history().size(), 3u); // first seen, acknowledged, cleared
    }

    void latchesCriticalAlertUntilAnOperatorResetsIt()
    {
        Fixture f;
        const auto acked = acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged, Severity::Critical),
                                          u"Tanaka"_s, u"tokyo-2"_s);
        f.report(acked);
        auto cleared = acked;
        cleared.state = AlertState::Cleared;
        f.report(cleared);
        QCOMPARE(int(f.alert().state()), int(AlertState::Latched));

        f.now += kMinuteUs;
        QVERIFY(f.book.reset({u"US"_s, u"USA0001"_s}));
        QCOMPARE(int(f.alert().state()), int(AlertState::Cleared));
        const cop::AlertHistoryEntry &reset = f.book.history().back();
        QCOMPARE(reset.event, std::optional(AlertEvent::Reset));
        QCOMPARE(reset.operatorName, u"Kim"_s);
        QCOMPARE(reset.consoleId, u"seoul-1"_s);
        QCOMPARE(reset.timeUtcUs, kStartUs + kMinuteUs);
        QVERIFY(!f.book.reset({u"US"_s, u"USA0001"_s}));
    }

    void unshelvesByItselfWhenTheShelfExpires()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QVERIFY(f.book.shelve({u"US"_s, u"USA0001"_s}, 5min));
        QCOMPARE(int(f.alert().state()), int(AlertState::Shelved));
        QCOMPARE(f.alert().shelvedUntilUtcUs, kStartUs + 5 * kMinuteUs);

        f.now = kStartUs + 5 * kMinuteUs - 1;
        f.book.expireShelves();
        QCOMPARE(int(f.alert().state()), int(AlertState::Shelved));

        f.now = kStartUs + 5 * kMinuteUs;
        f.book.expireShelves();
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(f.book.history().back().event, std::optional(AlertEvent::ShelfExpired));
        QVERIFY(f.book.history().back().operatorName.isEmpty());
    }

    void shelfUntilUnshelvedNeverExpires()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QVERIFY(f.book.shelve({u"US"_s, u"USA0001"_s}, std::nullopt));
        f.now += 24 * 60 * kMinuteUs;
        f.book.expireShelves();
        QCOMPARE(int(f.alert().state()), int(AlertState::Shelved));
        // The condition clears while shelved: unshelving finds it cleared.
        f.report(alertUpdate(AlertState::ClearedUnacknowledged));
        QVERIFY(f.book.unshelve({u"US"_s, u"USA0001"_s}));
        QCOMPARE(int(f.alert().state()), int(AlertState::Cleared));
    }

    void worseOutlookBreaksThroughTheShelf()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged, Severity::Warning));
        QVERIFY(f.book.shelve({u"US"_s, u"USA0001"_s}, 15min));
        f.report(alertUpdate(AlertState::ActiveUnacknowledged, Severity::Critical));
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(f.alert().shelvedUntilUtcUs, 0);
    }

    void acknowledgementGoesToTheServiceAndIsPendingUntilReported()
    {
        Fixture f;
        QSignalSpy requested(&f.book, &cop::AlertBook::acknowledgementRequested);
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QVERIFY(f.book.acknowledge({u"US"_s, u"USA0001"_s}));
        QVERIFY(f.book.acknowledge({u"US"_s, u"USA0001"_s})); // idempotent: one request
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(1).toString(), u"Kim"_s);
        QCOMPARE(requested.at(0).at(2).toString(), u"seoul-1"_s);
        QVERIFY(f.alert().ackPending);
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveUnacknowledged));

        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Kim"_s, u"seoul-1"_s));
        QVERIFY(!f.alert().ackPending);
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveAcknowledged));
        QVERIFY(!f.book.acknowledge({u"US"_s, u"USA0001"_s}));
        QCOMPARE(requested.size(), 1);
    }

    void refusedAcknowledgementIsShownNotDropped()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QVERIFY(f.book.acknowledge({u"US"_s, u"USA0001"_s}));
        f.book.acknowledgementRefused({u"US"_s, u"USA0001"_s}, u"no alert USA0001"_s);
        QVERIFY(!f.alert().ackPending);
        QCOMPARE(f.alert().ackError, u"no alert USA0001"_s);
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveUnacknowledged));
    }

    void escalationAfterAcknowledgementNeedsANewOne()
    {
        Fixture f;
        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Kim"_s, u"seoul-1"_s));
        auto worse = acknowledgedBy(alertUpdate(AlertState::ActiveUnacknowledged, Severity::Critical),
                                    u"Kim"_s, u"seoul-1"_s);
        f.report(worse);
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveUnacknowledged));
        // The same operator acknowledges again: no new record on the service, a new state here.
        worse.state = AlertState::ActiveAcknowledged;
        f.report(worse);
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveAcknowledged));
        QCOMPARE(f.book.history().back().operatorName, u"Kim"_s);
    }

    void silentFeedRaisesItsOwnAlert()
    {
        Fixture f;
        f.book.setFeedAlertDelays({}, {}); // the delays have their own test
        const cop::ServiceKey key{u"JP"_s, cop::AlertBook::kFeedAlertId};
        f.feed(cop::FeedState::Live);
        QVERIFY(!f.book.alerts().contains(key));

        f.feed(cop::FeedState::Stale);
        QCOMPARE(int(f.alert(u"JP"_s, key.id).state()), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(int(f.alert(u"JP"_s, key.id).report.severity), int(Severity::Warning));
        QCOMPARE(int(f.alert(u"JP"_s, key.id).report.kind), int(cop::AlertKind::FeedLost));

        QVERIFY(f.book.acknowledge(key)); // nobody else to ask: acknowledged here
        QCOMPARE(int(f.alert(u"JP"_s, key.id).state()), int(AlertState::ActiveAcknowledged));
        QCOMPARE(f.book.history().back().operatorName, u"Kim"_s);

        f.feed(cop::FeedState::Down);
        QCOMPARE(int(f.alert(u"JP"_s, key.id).report.severity), int(Severity::Critical));
        QCOMPARE(int(f.alert(u"JP"_s, key.id).state()), int(AlertState::ActiveUnacknowledged));

        f.feed(cop::FeedState::Connecting); // retrying: still no data
        QCOMPARE(int(f.alert(u"JP"_s, key.id).state()), int(AlertState::ActiveUnacknowledged));

        f.feed(cop::FeedState::Live);
        QCOMPARE(int(f.alert(u"JP"_s, key.id).state()), int(AlertState::ClearedUnacknowledged));
    }

    void feedAlertWaitsForAnOutageAndKeepsOneRowPerOutage()
    {
        Fixture f;
        const QString id = cop::AlertBook::kFeedAlertId;
        const qint64 onDelayUs = 2'000'000; // AlertBook::kFeedLostOnDelay
        const qint64 deadbandUs = 5'000'000; // AlertBook::kFeedLostDeadband
        f.feed(cop::FeedState::Live);
        f.feed(cop::FeedState::Down); // a reconnect that works within the on-delay
        f.now += onDelayUs - 1;
        f.book.reviewFeeds();
        f.feed(cop::FeedState::Connecting);
        f.feed(cop::FeedState::Live);
        f.now += 2 * onDelayUs;
        f.book.reviewFeeds();
        QVERIFY(!f.book.alerts().contains({u"JP"_s, id}));

        f.feed(cop::FeedState::Down);
        f.now += onDelayUs - 1;
        f.feed(cop::FeedState::Connecting); // retrying: the outage goes on
        f.book.reviewFeeds();
        QVERIFY(!f.book.alerts().contains({u"JP"_s, id}));
        f.now += 1;
        f.book.reviewFeeds();
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(int(f.alert(u"JP"_s, id).report.severity), int(Severity::Critical));

        for (int reconnect = 0; reconnect < 5; ++reconnect) { // back for moments only
            f.feed(cop::FeedState::Live);
            f.now += deadbandUs - 1;
            f.book.reviewFeeds();
            f.feed(cop::FeedState::Down);
            f.now += onDelayUs;
            f.book.reviewFeeds();
        }
        f.feed(cop::FeedState::Live);
        f.now += deadbandUs;
        f.book.reviewFeeds();
        QCOMPARE(f.feedHistory(id), (std::vector<AlertState>{AlertState::ActiveUnacknowledged,
                                                             AlertState::ClearedUnacknowledged}));
    }

    void invalidDataRaisesAboveTenRefusalsAMinuteUntilThereAreNone()
    {
        Fixture f;
        const QString id = cop::AlertBook::kInvalidDataAlertId;
        f.feed(cop::FeedState::Live, 10);
        QVERIFY(!f.book.alerts().contains({u"JP"_s, id}));
        f.feed(cop::FeedState::Live, 11);
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(int(f.alert(u"JP"_s, id).report.kind), int(cop::AlertKind::FeedInvalid));
        QCOMPARE(int(f.alert(u"JP"_s, id).report.severity), int(Severity::Warning));
        f.feed(cop::FeedState::Live, 1); // fewer, but not none yet
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::ActiveUnacknowledged));
        f.feed(cop::FeedState::Live, 0);
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::ClearedUnacknowledged));
    }
};

QTEST_GUILESS_MAIN(AlertBookTest)
#include "tst_alert_book.moc"
