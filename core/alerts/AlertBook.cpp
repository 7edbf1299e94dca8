#include "alerts/AlertBook.h"

#include <QDateTime>

#include <algorithm>

namespace cop {

namespace {

qint64 systemNowUtcUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// What a service's reported state says about the condition and about acknowledgement.
bool reportsConditionActive(AlertState state)
{
    return state == AlertState::ActiveUnacknowledged || state == AlertState::ActiveAcknowledged;
}

bool reportsAcknowledged(AlertState state)
{
    return state == AlertState::ActiveAcknowledged || state == AlertState::Cleared;
}

// Acknowledgements in `now` that `before` did not have, oldest first.
std::vector<Acknowledgement> newAcknowledgements(const AlertUpdate &before, const AlertUpdate &now)
{
    std::vector<Acknowledgement> fresh;
    for (const Acknowledgement &ack : now.acknowledgements) {
        const bool known = std::any_of(
            before.acknowledgements.begin(), before.acknowledgements.end(),
            [&](const Acknowledgement &old) {
                return old.operatorName == ack.operatorName && old.consoleId == ack.consoleId;
            });
        if (!known)
            fresh.push_back(ack);
    }
    std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) {
        return a.timeUtcUs < b.timeUtcUs;
    });
    return fresh;
}

} // namespace

AlertBook::AlertBook(Picture *picture, QString operatorName, QString consoleId, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_operatorName(std::move(operatorName))
    , m_consoleId(std::move(consoleId))
    , m_clock(systemNowUtcUs)
{
    connect(picture, &Picture::changed, this, &AlertBook::syncWithPicture);
    connect(picture, &Picture::feedChanged, this, &AlertBook::syncFeed);
    m_shelfTimer.setInterval(1000);
    connect(&m_shelfTimer, &QTimer::timeout, this, &AlertBook::expireShelves);
    m_shelfTimer.start();
    m_feedTimer.setSingleShot(true);
    connect(&m_feedTimer, &QTimer::timeout, this, &AlertBook::reviewFeeds);
    syncWithPicture();
    for (const QString &service : picture->feeds().keys())
        syncFeed(service);
}

void AlertBook::syncWithPicture()
{
    bool anyChange = false;
    const QHash<ServiceKey, AlertUpdate> &reported = m_picture->alerts();
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        const auto known = m_alerts.constFind(it.key());
        if (known != m_alerts.cend() && known->report == it.value())
            continue;
        report(it.key(), it.value(), false);
        anyChange = true;
    }
    // A service that lost its state (new epoch) no longer reports these; their history stays,
    // and they wait for their event to come back under a new id.
    std::vector<ServiceKey> withdrawn;
    for (auto it = m_alerts.cbegin(); it != m_alerts.cend(); ++it) {
        if (!it->raisedByConsole && !it->ackUndelivered && !reported.contains(it.key()))
            withdrawn.push_back(it.key());
    }
    for (const ServiceKey &key : withdrawn)
        withdraw(m_alerts.take(key));
    const qint64 now = m_clock();
    std::erase_if(m_gone, [now](const auto &gone) { return now - gone.second > kGoneHoldUs; });
    if (anyChange || !withdrawn.empty())
        emit changed();
}

void AlertBook::withdraw(Alert alert)
{
    // An acknowledgement queued, in flight or refused for want of the alert never reached it.
    if (alert.ackPending || !alert.ackError.isEmpty()) {
        alert.ackPending = false;
        alert.ackError.clear();
        alert.ackUndelivered = true;
        note(alert, AlertNote::AckUndelivered);
        m_alerts.insert(alert.key, alert);
    }
    m_gone.emplace_back(std::move(alert), m_clock());
}

bool AlertBook::acknowledgedHere(const Alert &alert) const
{
    return alert.ackPending || alert.ackUndelivered || reportsOurs(alert.report);
}

bool AlertBook::reportsOurs(const AlertUpdate &report) const
{
    return std::any_of(report.acknowledgements.begin(), report.acknowledgements.end(),
                       [this](const Acknowledgement &ack) {
                           return ack.operatorName == m_operatorName && ack.consoleId == m_consoleId;
                       });
}

// A new alert of a service that lost its state, for an event this console already shows: the
// old row goes on under the new id, and what this console acknowledged is acknowledged again.
bool AlertBook::adoptGone(const ServiceKey &key, const AlertUpdate &update)
{
    const auto same = std::find_if(m_gone.begin(), m_gone.end(), [&](const auto &gone) {
        const AlertUpdate &before = gone.first.report;
        return gone.first.key.service == key.service && before.kind == update.kind
               && (before.trackId == update.trackId
                   || (m_sameMissile && m_sameMissile(key.service, before.trackId, update.trackId)));
    });
    if (same == m_gone.end())
        return false;
    Alert alert = std::move(same->first);
    m_gone.erase(same);
    const ServiceKey oldKey = alert.key;
    m_alerts.remove(oldKey);
    for (AlertHistoryEntry &entry : m_history) {
        if (entry.key == oldKey)
            entry.key = key;
    }
    const bool resend = acknowledgedHere(alert) && !reportsAcknowledged(update.state);
    alert.key = key;
    alert.ackUndelivered = false;
    alert.ackPending = false;
    alert.ackError.clear();
    // Lifecycle changes are the new report's own: the new id's first state and acknowledgement
    // list are no escalation.
    alert.report.alertId = update.alertId;
    alert.report.trackId = update.trackId;
    alert.report.state = update.state;
    alert.report.acknowledgements = update.acknowledgements;
    note(alert, AlertNote::SameEvent);
    follow(alert, update);
    if (resend) {
        alert.ackPending = true;
        note(alert, AlertNote::AckResent);
        emit acknowledgementRequested(key, m_operatorName, m_consoleId);
    }
    m_alerts.insert(key, std::move(alert));
    return true;
}

void AlertBook::setFeedAlertDelays(std::chrono::milliseconds onDelay,
                                   std::chrono::milliseconds deadband)
{
    m_feedLostOnDelay = onDelay;
    m_feedLostDeadband = deadband;
}

void AlertBook::syncFeed(const QString &service)
{
    const bool anyChange = updateFeed(service);
    scheduleFeedReview();
    if (anyChange)
        emit changed();
}

void AlertBook::reviewFeeds()
{
    bool anyChange = false;
    for (const QString &service : m_feedLost.keys())
        anyChange = updateFeed(service) || anyChange;
    scheduleFeedReview();
    if (anyChange)
        emit changed();
}

bool AlertBook::updateFeed(const QString &service)
{
    const FeedStatus feed = m_picture->feeds().value(service);
    const qint64 now = m_clock();
    auto lost = m_feedLost.find(service);
    if (lost == m_feedLost.end())
        lost = m_feedLost.insert(service, AlarmDelay(m_feedLostOnDelay, m_feedLostDeadband));
    // Connecting between retries says nothing new: only Live ends the condition.
    if (feed.state == FeedState::Stale || feed.state == FeedState::Down)
        lost->observe(true, now);
    else if (feed.state == FeedState::Live)
        lost->observe(false, now);
    std::optional<Severity> lostSeverity;
    if (lost->update(now)) {
        // Connecting here is a retry after a failure; Live within the deadband lowers nothing.
        const bool down = feed.state == FeedState::Down || feed.state == FeedState::Connecting;
        lostSeverity = down ? Severity::Critical : Severity::Warning;
    }

    // The refusal count falls to zero a minute after the last refusal: that is the deadband.
    const auto invalid = m_alerts.constFind({service, kInvalidDataAlertId});
    const bool invalidRaised = invalid != m_alerts.cend() && invalid->lifecycle.conditionActive;
    std::optional<Severity> invalidSeverity;
    if (feed.refusedLastMinute > kInvalidDataRefusals
        || (invalidRaised && feed.refusedLastMinute > 0))
        invalidSeverity = Severity::Warning;

    const qint64 expiresUtcS = feed.security.peerNotAfterUtcS;
    const bool expiring = expiresUtcS > 0 && expiresUtcS - now / 1'000'000 < kCertificateWarningS;
    const bool certificateChanged =
        setFeedAlert(service, kCertificateAlertId, AlertKind::FeedCertificateExpiring,
                     expiring ? std::optional(Severity::Advisory) : std::nullopt);
    QString &firstMarking = m_firstMarking[service];
    if (firstMarking.isEmpty())
        firstMarking = feed.marking;
    const bool markingDiffers = !feed.marking.isEmpty() && feed.marking != firstMarking;
    const bool markingChanged =
        setFeedAlert(service, kMarkingAlertId, AlertKind::FeedMarkingChanged,
                     markingDiffers ? std::optional(Severity::Advisory) : std::nullopt);
    const bool lostChanged = setFeedAlert(service, kFeedAlertId, AlertKind::FeedLost, lostSeverity);
    return setFeedAlert(service, kInvalidDataAlertId, AlertKind::FeedInvalid, invalidSeverity)
           || lostChanged || certificateChanged || markingChanged;
}

// Raises or escalates the alert while `severity` says the condition holds, and returns it to
// normal when not. Returns whether anything changed.
bool AlertBook::setFeedAlert(const QString &service, const QString &id, AlertKind kind,
                             std::optional<Severity> severity)
{
    const ServiceKey key{service, id};
    const auto known = m_alerts.constFind(key);
    const bool raised = known != m_alerts.cend() && known->lifecycle.conditionActive;
    AlertUpdate update;
    if (known != m_alerts.cend()) {
        update = known->report;
    } else {
        update.alertId = id;
        update.kind = kind;
    }
    if (severity) {
        if (raised && update.severity >= *severity)
            return false;
        if (!raised)
            update.raisedUtcUs = m_clock();
        update.state = AlertState::ActiveUnacknowledged;
        update.severity = *severity;
    } else if (raised) {
        update.state = AlertState::Cleared;
    } else {
        return false;
    }
    report(key, update, true);
    return true;
}

void AlertBook::scheduleFeedReview()
{
    std::optional<qint64> next;
    for (const AlarmDelay &lost : std::as_const(m_feedLost)) {
        if (const std::optional<qint64> due = lost.dueUs(); due && (!next || *due < *next))
            next = due;
    }
    if (!next) {
        m_feedTimer.stop();
        return;
    }
    // The clock is the replay's when replaying: it may stand still, and the timer must not spin.
    constexpr qint64 kMinWaitMs = 10;
    const qint64 waitMs = std::max(kMinWaitMs, (*next - m_clock() + 999) / 1000);
    m_feedTimer.start(std::chrono::milliseconds(waitMs));
}

void AlertBook::reportConsoleAlert(const ServiceKey &key, const AlertUpdate &update)
{
    report(key, update, true);
    emit changed();
}

void AlertBook::report(const ServiceKey &key, const AlertUpdate &update, bool raisedByConsole)
{
    const auto it = m_alerts.find(key);
    if (raisedByConsole && (it == m_alerts.end() || it->report != update))
        emit consoleAlertReported(key, update);
    if (it != m_alerts.end()) {
        follow(*it, update);
        return;
    }
    if (!raisedByConsole && adoptGone(key, update))
        return;
    Alert alert{key, raisedByConsole, update, {}, 0, false, {}, false};
    alert.lifecycle = initialLifecycle(update.state, latchingFor(alert));
    record(alert, std::nullopt, AlertState::Unknown, {}, {},
           update.raisedUtcUs > 0 ? update.raisedUtcUs : m_clock());
    for (const Acknowledgement &ack : newAcknowledgements({}, update))
        record(alert, AlertEvent::Acknowledge, alert.state(), ack.operatorName, ack.consoleId,
               ack.timeUtcUs);
    m_alerts.insert(key, std::move(alert));
}

// Turns the difference between two reports of one alert into lifecycle events.
void AlertBook::follow(Alert &alert, const AlertUpdate &update)
{
    const AlertUpdate before = std::exchange(alert.report, update);
    const qint64 now = m_clock();
    alert.lifecycle.latching = latchingFor(alert);

    const bool escalated = update.severity > before.severity
                           || (before.state == AlertState::ActiveAcknowledged
                               && update.state == AlertState::ActiveUnacknowledged);
    if (escalated)
        apply(alert, AlertEvent::Escalate, {}, {}, now);

    if (!alert.raisedByConsole) {
        const bool acknowledged = reportsAcknowledged(update.state);
        std::vector<Acknowledgement> fresh = newAcknowledgements(before, update);
        // The same operator acknowledging again (after an escalation) adds no new record; a
        // service may also report the state without saying who.
        if (fresh.empty() && acknowledged && (escalated || !reportsAcknowledged(before.state))) {
            Acknowledgement again = update.acknowledgements.empty()
                                        ? Acknowledgement{}
                                        : update.acknowledgements.back();
            again.timeUtcUs = now;
            fresh.push_back(again);
        }
        for (const Acknowledgement &ack : fresh) {
            // Acknowledged elsewhere while shelved or latched here, or after an escalation
            // the service still wants acknowledged: on record, but not a state change.
            if (!acknowledged
                || !apply(alert, AlertEvent::Acknowledge, ack.operatorName, ack.consoleId,
                          ack.timeUtcUs)) {
                record(alert, AlertEvent::Acknowledge, alert.state(), ack.operatorName,
                       ack.consoleId, ack.timeUtcUs);
            }
        }
        if (acknowledged && !escalated) {
            alert.ackPending = false;
            alert.ackError.clear();
        }
        // A service never forgets an acknowledgement it answered (track_service.proto,
        // "Restarts"): ours gone from the alert means it lost its state and raised the same
        // event again under the same id. Sent again, and said so.
        if (!acknowledged && !alert.ackPending && reportsOurs(before) && !reportsOurs(update)) {
            alert.ackPending = true;
            note(alert, AlertNote::AckResent);
            emit acknowledgementRequested(alert.key, m_operatorName, m_consoleId);
        }
    }

    const bool active = reportsConditionActive(update.state);
    if (active != alert.lifecycle.conditionActive)
        apply(alert, active ? AlertEvent::Activate : AlertEvent::Clear, {}, {}, now);
}

bool AlertBook::apply(Alert &alert, AlertEvent event, const QString &operatorName,
                      const QString &consoleId, qint64 timeUtcUs)
{
    const std::optional<AlertLifecycle> next = transition(alert.lifecycle, event);
    if (!next)
        return false;
    const AlertState from = alert.state();
    alert.lifecycle = *next;
    if (alert.state() != AlertState::Shelved)
        alert.shelvedUntilUtcUs = 0;
    const bool conditionReport = event == AlertEvent::Activate || event == AlertEvent::Clear;
    if (from != alert.state() || !conditionReport)
        record(alert, event, from, operatorName, consoleId, timeUtcUs);
    return true;
}

void AlertBook::record(const Alert &alert, std::optional<AlertEvent> event, AlertState from,
                       const QString &operatorName, const QString &consoleId, qint64 timeUtcUs)
{
    m_history.push_back({alert.key, timeUtcUs, event, from, alert.state(),
                         alert.report.severity, operatorName, consoleId});
}

void AlertBook::note(const Alert &alert, AlertNote note)
{
    const bool byOperator = note != AlertNote::SameEvent;
    m_history.push_back({alert.key, m_clock(), std::nullopt, alert.state(), alert.state(),
                         alert.report.severity, byOperator ? m_operatorName : QString(),
                         byOperator ? m_consoleId : QString(), note});
}

bool AlertBook::latchingFor(const Alert &alert) const
{
    // A critical condition can be over within a minute (an overflight); latching keeps it in
    // front of the operator until someone has seen it and reset it. Feed alerts need no
    // latch: a feed that is back is visibly back.
    return !alert.raisedByConsole && alert.report.severity == Severity::Critical;
}

bool AlertBook::acknowledge(const ServiceKey &key)
{
    const auto it = m_alerts.find(key);
    if (it != m_alerts.end() && it->ackUndelivered) {
        note(*it, AlertNote::Dismissed);
        m_alerts.erase(it);
        emit changed();
        return true;
    }
    if (it == m_alerts.end() || !transition(it->lifecycle, AlertEvent::Acknowledge))
        return false;
    if (it->raisedByConsole) {
        apply(*it, AlertEvent::Acknowledge, m_operatorName, m_consoleId, m_clock());
    } else if (!it->ackPending) {
        it->ackPending = true;
        it->ackError.clear();
        emit acknowledgementRequested(key, m_operatorName, m_consoleId);
    }
    emitOperatorAction(OperatorAction::Kind::Acknowledge, key);
    emit changed();
    return true;
}

void AlertBook::emitOperatorAction(OperatorAction::Kind kind, const ServiceKey &key, double durationS)
{
    OperatorAction action;
    action.kind = kind;
    action.operatorName = m_operatorName;
    action.consoleId = m_consoleId;
    action.service = key.service;
    action.alertId = key.id;
    action.durationS = durationS;
    action.timeUtcUs = m_clock();
    emit operatorActed(action);
}

bool AlertBook::operatorAction(const ServiceKey &key, AlertEvent event)
{
    const auto it = m_alerts.find(key);
    if (it == m_alerts.end() || !apply(*it, event, m_operatorName, m_consoleId, m_clock()))
        return false;
    emit changed();
    return true;
}

bool AlertBook::shelve(const ServiceKey &key, std::optional<std::chrono::minutes> duration)
{
    const auto it = m_alerts.find(key);
    const qint64 now = m_clock();
    if (it == m_alerts.end() || !apply(*it, AlertEvent::Shelve, m_operatorName, m_consoleId, now))
        return false;
    it->shelvedUntilUtcUs =
        duration ? now + std::chrono::duration_cast<std::chrono::microseconds>(*duration).count()
                 : 0;
    emitOperatorAction(OperatorAction::Kind::Shelve, key,
                       duration ? std::chrono::duration<double>(*duration).count() : 0.0);
    emit changed();
    return true;
}

bool AlertBook::unshelve(const ServiceKey &key)
{
    if (!operatorAction(key, AlertEvent::Unshelve))
        return false;
    emitOperatorAction(OperatorAction::Kind::Unshelve, key);
    return true;
}

bool AlertBook::reset(const ServiceKey &key)
{
    return operatorAction(key, AlertEvent::Reset);
}

void AlertBook::acknowledgementRefused(const ServiceKey &key, const QString &reason)
{
    const auto it = m_alerts.find(key);
    if (it == m_alerts.end() || it->ackUndelivered)
        return;
    it->ackPending = false;
    it->ackError = reason;
    emit changed();
}

void AlertBook::expireShelves()
{
    const qint64 now = m_clock();
    bool anyChange = false;
    for (Alert &alert : m_alerts) {
        if (alert.state() == AlertState::Shelved && alert.shelvedUntilUtcUs > 0
            && alert.shelvedUntilUtcUs <= now)
            anyChange |= apply(alert, AlertEvent::ShelfExpired, {}, {}, now);
    }
    if (anyChange)
        emit changed();
}

} // namespace cop
