// The console's alert book: service reports through the lifecycle, console-local actions,
// feed-health alerts, and the history of every change.
#include "alerts/AlertBook.h"
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

    // The service comes back having lost its state: a new epoch's empty snapshot.
    void restartWithCleanState()
    {
        cop::ServiceBatch batch;
        batch.service = u"US"_s;
        batch.snapshot = cop::Snapshot{};
        batch.receivedUtcUs = now;
        picture.applyBatch(batch);
    }

    void feed(cop::FeedState state, int refusedLastMinute = 0, const QString &marking = {})
    {
        cop::FeedStatus status;
        status.service = u"JP"_s;
        status.state = state;
        status.refusedLastMinute = refusedLastMinute;
        status.marking = marking;
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

    void anAcknowledgementTheRestartedServiceLostIsShownAndSentAgainWhenTheEventReturns()
    {
        Fixture f;
        QSignalSpy requested(&f.book, &cop::AlertBook::acknowledgementRequested);
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QVERIFY(f.book.acknowledge({u"US"_s, u"USA0001"_s})); // while the feed is down
        const std::size_t historyBefore = f.book.history().size();

        f.now += kMinuteUs;
        f.restartWithCleanState();
        const cop::Alert &gone = f.alert();
        QVERIFY(gone.ackUndelivered);
        QVERIFY(!gone.ackPending);
        QCOMPARE(f.book.history().back().note, cop::AlertNote::AckUndelivered);
        // A late refusal of the queued request (no such alert) does not hide it.
        f.book.acknowledgementRefused({u"US"_s, u"USA0001"_s}, u"no alert USA0001"_s);
        QVERIFY(f.alert().ackUndelivered);

        // The same event (same missile, same kind) comes back under a new id.
        cop::AlertUpdate again = cop::testing::alertReport(
            u"USA0007"_s, Severity::Warning, AlertState::ActiveUnacknowledged, f.now);
        again.trackId = u"T-USA0001"_s;
        f.report(again);
        QCOMPARE(f.book.alerts().size(), 1); // one row, not two
        const cop::Alert &back = f.alert(u"US"_s, u"USA0007"_s);
        QVERIFY(back.ackPending);
        QVERIFY(!back.ackUndelivered);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).value<cop::ServiceKey>().id, u"USA0007"_s);
        // The row keeps its history, now under the new id, and says what happened.
        std::vector<cop::AlertNote> notes;
        for (const cop::AlertHistoryEntry &entry : f.book.history()) {
            QCOMPARE(entry.key.id, u"USA0007"_s);
            if (entry.note != cop::AlertNote::None)
                notes.push_back(entry.note);
        }
        QVERIFY(f.book.history().size() > historyBefore);
        QCOMPARE(notes, (std::vector{cop::AlertNote::AckUndelivered, cop::AlertNote::SameEvent,
                                     cop::AlertNote::AckResent}));

        f.report(acknowledgedBy(again, u"Kim"_s, u"seoul-1"_s));
        f.report([&] {
            auto acknowledged = acknowledgedBy(again, u"Kim"_s, u"seoul-1"_s);
            acknowledged.state = AlertState::ActiveAcknowledged;
            return acknowledged;
        }());
        QVERIFY(!f.alert(u"US"_s, u"USA0007"_s).ackPending);
        QCOMPARE(int(f.alert(u"US"_s, u"USA0007"_s).state()), int(AlertState::ActiveAcknowledged));
    }

    void anAcknowledgementLostUnderTheSameIdIsSentAgain()
    {
        // A service restarted with a clean state that raises the event again under the id it
        // had (cop-sim plays its scenario again): our acknowledgement is gone from it.
        Fixture f;
        QSignalSpy requested(&f.book, &cop::AlertBook::acknowledgementRequested);
        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Kim"_s, u"seoul-1"_s));
        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Lee"_s, u"seoul-2"_s));
        QCOMPARE(requested.size(), 0); // still acknowledged, by another console: nothing to send
        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Kim"_s, u"seoul-1"_s));
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QCOMPARE(requested.size(), 1);
        QVERIFY(f.alert().ackPending);
        QCOMPARE(f.book.history().back().note, cop::AlertNote::AckResent);
        f.report(alertUpdate(AlertState::ActiveUnacknowledged)); // pending: not sent twice
        QCOMPARE(requested.size(), 1);
        f.report(acknowledgedBy(alertUpdate(AlertState::ActiveAcknowledged), u"Kim"_s, u"seoul-1"_s));
        QVERIFY(!f.alert().ackPending);
        QCOMPARE(int(f.alert().state()), int(AlertState::ActiveAcknowledged));
    }

    void anUndeliveredAcknowledgementStaysUntilDismissed()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        QVERIFY(f.book.acknowledge({u"US"_s, u"USA0001"_s}));
        f.restartWithCleanState();
        f.now += 2 * cop::AlertBook::kGoneHoldUs;
        f.restartWithCleanState();
        QVERIFY(f.alert().ackUndelivered);
        QVERIFY(f.book.acknowledge({u"US"_s, u"USA0001"_s})); // dismisses
        QVERIFY(f.book.alerts().isEmpty());
        QCOMPARE(f.book.history().back().note, cop::AlertNote::Dismissed);
    }

    void anAlertWithdrawnWithoutActionIsForgottenUnlessItsEventReturns()
    {
        Fixture f;
        f.report(alertUpdate(AlertState::ActiveUnacknowledged));
        f.restartWithCleanState();
        QVERIFY(f.book.alerts().isEmpty());
        cop::AlertUpdate other = cop::testing::alertReport(
            u"USA0002"_s, Severity::Warning, AlertState::ActiveUnacknowledged, f.now);
        f.report(other); // another missile: a row of its own
        QCOMPARE(f.book.alerts().size(), 1);
        QCOMPARE(f.book.history().back().key.id, u"USA0002"_s);
        QVERIFY(f.book.history().front().key.id == u"USA0001"_s);
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

    void aFeedWhoseMarkingChangesRaisesAnAdvisoryWhileItDiffers()
    {
        Fixture f;
        const QString id = cop::AlertBook::kMarkingAlertId;
        const QString secret = u"SECRET // REL TO USA, JPN, KOR"_s;
        f.feed(cop::FeedState::Live, 0, u"UNCLASSIFIED // SIMULATED DATA // JP"_s);
        f.feed(cop::FeedState::Down, 0, u"UNCLASSIFIED // SIMULATED DATA // JP"_s);
        QVERIFY(!f.book.alerts().contains({u"JP"_s, id}));

        f.feed(cop::FeedState::Live, 0, secret); // restarted with another marking
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::ActiveUnacknowledged));
        QCOMPARE(int(f.alert(u"JP"_s, id).report.kind), int(cop::AlertKind::FeedMarkingChanged));
        QCOMPARE(int(f.alert(u"JP"_s, id).report.severity), int(Severity::Advisory));
        QVERIFY(f.book.acknowledge({u"JP"_s, id}));
        f.feed(cop::FeedState::Live, 0, secret);
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::ActiveAcknowledged));

        f.feed(cop::FeedState::Live, 0, u"UNCLASSIFIED // SIMULATED DATA // JP"_s);
        QCOMPARE(int(f.alert(u"JP"_s, id).state()), int(AlertState::Cleared));
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
