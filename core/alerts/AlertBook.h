#pragma once

#include "alerts/AlarmDelay.h"
#include "alerts/AlertLifecycle.h"
#include "journal/OperatorAction.h"
#include "picture/Picture.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace cop {

// One alert as this console knows it: the fields its service reports, and where it stands in
// the lifecycle once this console's own actions (shelving, latching, resets) are added.
struct Alert
{
    ServiceKey key;               // the service that raised it; for console alerts, the feed
    bool raisedByConsole = false; // feed health: there is no service to acknowledge it to
    AlertUpdate report;           // latest as reported (kind, severity, track, times, acks)
    AlertLifecycle lifecycle;
    qint64 shelvedUntilUtcUs = 0; // while shelved; 0 means until unshelved
    bool ackPending = false;      // sent (or queued) to the service, not yet seen acknowledged
    QString ackError;             // why the service refused the last acknowledgement
    // This console's acknowledgement never reached the service, which lost the alert (a restart
    // with a clean state). Shown until the operator dismisses it or the service raises the same
    // event again, when the acknowledgement is sent again.
    bool ackUndelivered = false;

    AlertState state() const { return lifecycle.state; }
};

// What a history line records besides the lifecycle: how this console's acknowledgements fared
// when a service lost its alerts (track_service.proto, "Restarts").
enum class AlertNote : quint8 {
    None,
    AckUndelivered, // the service lost the alert before the acknowledgement reached it
    AckResent,      // the same event came back under a new id: acknowledged again
    SameEvent,      // raised again under a new id after a restart: this row goes on
    Dismissed,      // the operator has seen that an acknowledgement was not delivered
};

// One line of an alert's history: a state change, an acknowledgement or an operator action.
struct AlertHistoryEntry
{
    ServiceKey key;
    qint64 timeUtcUs = 0;
    std::optional<AlertEvent> event; // nothing: the alert was first seen
    AlertState from = AlertState::Unknown;
    AlertState to = AlertState::Unknown;
    Severity severity = Severity::Unknown;
    QString operatorName; // empty when no person did it: the service, or the console's clock
    QString consoleId;
    AlertNote note = AlertNote::None;
};

// The alerts of the whole picture through the ISA-18.2 lifecycle (docs/alerts.md), with the
// history of every change. Service alerts follow what their service reports; shelving,
// latching and resets are console-local (the API shares acknowledgements only, see
// track_service.proto). Feeds that go stale or down raise console alerts here, so a silent
// feed never looks like a quiet one. Lives on the GUI thread next to the Picture.
class AlertBook : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // UTC microseconds

    static inline const QString kFeedAlertId = QStringLiteral("console.feed");
    static inline const QString kInvalidDataAlertId = QStringLiteral("console.feed.data");
    static inline const QString kCertificateAlertId = QStringLiteral("console.feed.certificate");
    // A feed whose classification marking is no longer the one it first sent raises this
    // advisory while the marking differs: the handling of what is on screen may have changed.
    static inline const QString kMarkingAlertId = QStringLiteral("console.feed.marking");
    // A service certificate that ends sooner than this raises an advisory, so that it is renewed
    // before the console has to refuse it (an expired one is refused: the feed goes down).
    static constexpr qint64 kCertificateWarningS = 7 * 24 * 3600;
    // A feed alert waits this long for a feed that stays stale or down (so a reconnect does not
    // raise one), and is kept until the feed has been live this long (so one outage is one
    // alert, however often the service comes back for a moment). With a failing service seen at
    // once, the critical alert comes 2 s after the failure, within the 3 s the README promises.
    static constexpr std::chrono::milliseconds kFeedLostOnDelay{2'000};
    static constexpr std::chrono::milliseconds kFeedLostDeadband{5'000};
    // More refusals than this in a minute raise "sends invalid data"; a minute with none
    // clears it.
    static constexpr int kInvalidDataRefusals = 10;

    AlertBook(Picture *picture, QString operatorName, QString consoleId,
              QObject *parent = nullptr);

    // For tests: a clock the book reads instead of the system's.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The time alerts are stamped with: the picture's clock unless a test set another.
    qint64 now() const { return m_clock(); }
    // Whether two tracks of one service with different ids are the same missile, to recognise an
    // alert a service raises again under a new id after losing its state. The same track id
    // always is.
    using SameMissile = std::function<bool(const QString &service, const QString &trackBefore,
                                           const QString &trackNow)>;
    void setSameMissile(SameMissile sameMissile) { m_sameMissile = std::move(sameMissile); }
    // A service alert that disappears (its service lost its state) waits this long for the
    // same event to come back under a new id.
    static constexpr qint64 kGoneHoldUs = 300'000'000;

    // For tests: other feed alert delays, set before the first feed is seen.
    void setFeedAlertDelays(std::chrono::milliseconds onDelay, std::chrono::milliseconds deadband);

    const QHash<ServiceKey, Alert> &alerts() const { return m_alerts; }
    const std::vector<AlertHistoryEntry> &history() const { return m_history; }
    const QString &operatorName() const { return m_operatorName; }
    const QString &consoleId() const { return m_consoleId; }

    // Operator actions by this console's operator. Each returns false, changing nothing, when
    // the action does not apply to the alert in its current state.
    // Service alerts are acknowledged by their service: the request goes out through
    // acknowledgementRequested and the alert shows ackPending until the service reports it.
    // On an undelivered acknowledgement it dismisses the notice.
    bool acknowledge(const ServiceKey &key);
    // Nothing for `duration` shelves until unshelve().
    bool shelve(const ServiceKey &key, std::optional<std::chrono::minutes> duration);
    bool unshelve(const ServiceKey &key);
    bool reset(const ServiceKey &key);

    // An alert this console raises itself (an advisory from its own analysis of the picture):
    // reported, updated and cleared like a service's, acknowledged here.
    void reportConsoleAlert(const ServiceKey &key, const AlertUpdate &update);

    // The service answered an acknowledgement with a refusal that retrying cannot change.
    void acknowledgementRefused(const ServiceKey &key, const QString &reason);

    // Unshelves what has reached its expiry; a timer calls it every second.
    void expireShelves();
    // Raises and clears the feed alerts whose delays have run out; a timer calls it when one is
    // due.
    void reviewFeeds();

signals:
    void changed();
    void acknowledgementRequested(const cop::ServiceKey &key, const QString &operatorName,
                                  const QString &consoleId);
    // Every acknowledgement, shelve and unshelve by this console's operator, for the journal.
    void operatorActed(const cop::OperatorAction &action);
    // An alert this console raises itself (feed lost, invalid data, picture stalled, nations
    // disagree) was raised or changed, for the journal: a debrief lists it with the services'.
    void consoleAlertReported(const cop::ServiceKey &key, const cop::AlertUpdate &update);

private:
    void emitOperatorAction(OperatorAction::Kind kind, const ServiceKey &key, double durationS = 0.0);
    void syncWithPicture();
    void syncFeed(const QString &service);
    bool updateFeed(const QString &service);
    bool setFeedAlert(const QString &service, const QString &id, AlertKind kind,
                      std::optional<Severity> severity);
    void scheduleFeedReview();
    void report(const ServiceKey &key, const AlertUpdate &update, bool raisedByConsole);
    void follow(Alert &alert, const AlertUpdate &update);
    bool apply(Alert &alert, AlertEvent event, const QString &operatorName,
               const QString &consoleId, qint64 timeUtcUs);
    bool operatorAction(const ServiceKey &key, AlertEvent event);
    void record(const Alert &alert, std::optional<AlertEvent> event, AlertState from,
                const QString &operatorName, const QString &consoleId, qint64 timeUtcUs);
    void note(const Alert &alert, AlertNote note);
    void withdraw(Alert alert);
    bool adoptGone(const ServiceKey &key, const AlertUpdate &update);
    bool acknowledgedHere(const Alert &alert) const;
    bool reportsOurs(const AlertUpdate &report) const;
    bool latchingFor(const Alert &alert) const;

    Picture *const m_picture;
    const QString m_operatorName;
    const QString m_consoleId;
    Clock m_clock;
    QHash<ServiceKey, Alert> m_alerts;
    // Withdrawn service alerts waiting for their event to come back, with when they went.
    std::vector<std::pair<Alert, qint64>> m_gone;
    SameMissile m_sameMissile;
    std::vector<AlertHistoryEntry> m_history;
    QTimer m_shelfTimer;
    std::chrono::milliseconds m_feedLostOnDelay = kFeedLostOnDelay;
    std::chrono::milliseconds m_feedLostDeadband = kFeedLostDeadband;
    QHash<QString, AlarmDelay> m_feedLost;
    QHash<QString, QString> m_firstMarking; // per service, the first marking it sent
    QTimer m_feedTimer;
};

} // namespace cop
