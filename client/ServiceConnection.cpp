#include "ServiceConnection.h"

#include "DrainTurn.h"
#include "Loopback.h"
#include "SubscribeReader.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace cop {

using namespace Qt::StringLiterals;
using Verdict = SequenceTracker::Verdict;

Q_LOGGING_CATEGORY(lcClient, "cop.client")

namespace {

// Past this many per drain a flood of bad data would drown the log; the counter still sees all.
constexpr int kMalformedLogLimit = 5;

// A heartbeat period below this is taken as this: the staleness timer must not spin.
constexpr std::chrono::milliseconds kMinHeartbeatPeriod{50};

// What a refusal names: the kinds of event TrackLimit counts.
QString kindOf(const PictureEvent &event)
{
    if (std::holds_alternative<TrackUpdate>(event))
        return u"track"_s;
    if (std::holds_alternative<Prediction>(event))
        return u"prediction"_s;
    if (std::holds_alternative<Launch>(event))
        return u"launch"_s;
    return u"alert"_s;
}

qint64 nowUtcUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

std::shared_ptr<grpc::Channel> makeChannel(const QString &address,
                                          std::shared_ptr<grpc::ChannelCredentials> credentials)
{
    grpc::ChannelArguments args;
    // Finds a dead peer on a quiet connection within ~15 s; the service must permit the pings.
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 10'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 5'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    // A subscriber sends no data after its request; by default it would stop pinging after two.
    args.SetInt(GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
    // The connection paces its own retries (ReconnectBackoff); the channel's reconnect backoff
    // must stay below it, or a retry would find the channel still waiting and fail at once.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1'000);
    return grpc::CreateCustomChannel(address.toStdString(), credentials, args);
}

// Plaintext is never chosen for want of TLS settings: to a remote address, such a connection
// gets no credentials, which gRPC makes a channel that fails every call (the feed says why; see
// start()).
std::shared_ptr<grpc::ChannelCredentials> credentialsFor(const QString &service, const QString &address,
                                                         const ChannelSecurity &security,
                                                         std::shared_ptr<PeerCheck> check)
{
    if (security.tls)
        return tlsChannelCredentials(service, *security.tls, std::move(check));
    if (security::isLoopbackAddress(address.toStdString()))
        return grpc::InsecureChannelCredentials();
    return nullptr;
}

QString describe(const grpc::Status &status)
{
    if (status.ok())
        return u"the service ended the stream"_s;
    const QString message = QString::fromStdString(status.error_message());
    return message.isEmpty() ? u"gRPC status %1"_s.arg(int(status.error_code())) : message;
}

} // namespace

ServiceConnection::ServiceConnection(QString service, QString address, QString consoleId,
                                     const ConnectionLimits &limits, QObject *parent,
                                     const ChannelSecurity &security)
    : QObject(parent)
    , m_consoleId(std::move(consoleId))
    , m_limits(limits)
    , m_securityRefusal(security.tls || security::isLoopbackAddress(address.toStdString())
                            ? QString()
                            : u"plaintext refused: %1 is not a loopback address and no TLS is configured"_s
                                  .arg(address))
    , m_channel(makeChannel(address, credentialsFor(service, address, security, m_peerCheck)))
    , m_stub(v1::TrackService::NewStub(m_channel))
    , m_inbox([this] { QMetaObject::invokeMethod(this, &ServiceConnection::drain, Qt::QueuedConnection); },
              {limits.inboxItems, limits.inboxBytes})
    , m_trackLimit(limits.tracksPerService)
    , m_refusals(limits.refusalWindow)
{
    m_status.service = std::move(service);
    m_status.address = std::move(address);
    m_status.security.tls = security.tls.has_value();
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_drainTimer, &QTimer::timeout, this, &ServiceConnection::drain);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        ++m_status.counters.reconnects;
        m_statusDirty = true;
        subscribe();
    });
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] {
        // Silent for two heartbeat periods: stale. For ten: the stream is given up and
        // subscribed again (resuming where it was), since a service can keep a silent stream
        // open for ever; a short hiccup of the network is not worth a new stream.
        if (m_status.state == FeedState::Live) {
            setState(FeedState::Stale, {});
            m_staleTimer.start(4 * m_staleAfter);
        } else if (m_status.state == FeedState::Stale) {
            abandonStream(u"no message for %1 ms"_s.arg((5 * m_staleAfter).count()));
        }
    });
    m_openTimer.setSingleShot(true);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        const QString reason = u"no stream_opened within %1 ms"_s.arg(m_limits.openDeadline.count());
        refuse(1, reason);
        abandonStream(reason);
    });
    // Why the backoff does not start over when a stream opens: a service that opens and then
    // fails, or that forces a resubscribe on every gap, would be called every 250 ms for ever.
    // Only a stream that has stayed live without a protocol fault earns quick retries again.
    m_healthyTimer.setSingleShot(true);
    connect(&m_healthyTimer, &QTimer::timeout, this, [this] { m_backoff.reset(); });
    m_refusalTimer.setInterval(m_refusals.bucketLength());
    connect(&m_refusalTimer, &QTimer::timeout, this, [this] {
        countRefusals();
        flush(nowUtcUs());
    });
}

ServiceConnection::~ServiceConnection()
{
    // No signals from here: the receivers may be gone already.
    m_running = false;
    cancelAndWait();
}

void ServiceConnection::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_securityRefusal.isEmpty()) {
        setState(FeedState::Down, m_securityRefusal);
        return;
    }
    m_backoff.reset();
    subscribe();
}

void ServiceConnection::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    cancelAndWait();
    const qint64 receivedUtcUs = nowUtcUs();
    for (StreamItem &item : m_inbox.takeAll())
        ingest(item, receivedUtcUs);
    flush(receivedUtcUs);
    setState(FeedState::Down, u"stopped"_s);
}

void ServiceConnection::cancelAndWait()
{
    m_inbox.cancelAll();
    m_inbox.waitUntilReleased();
}

void ServiceConnection::subscribe()
{
    v1::SubscribeRequest request;
    request.set_console_id(m_consoleId.toStdString());
    request.set_epoch(m_tracker.epoch().toStdString());
    request.set_resume_after_sequence(m_tracker.lastApplied());
    SubscribeReader::start(*m_stub, request, ++m_streamId, m_inbox);
    m_openTimer.start(m_limits.openDeadline);
    setState(FeedState::Connecting, m_status.lastError);
}

void ServiceConnection::drain()
{
    // The inbox posts no further drain until this one takes its items, so deferring here is
    // what holds batches to kBatchInterval however fast the service sends. Alerts go at once:
    // they are rare, and the operator must see them within 50 ms (issue 6).
    const qint64 waitMs = m_sinceBatch.isValid()
                              ? kBatchInterval.count() - m_sinceBatch.elapsed()
                              : 0;
    if (waitMs > 0 && !m_inbox.hasUrgent()) {
        if (!m_drainTimer.isActive())
            m_drainTimer.start(int(waitMs));
        return;
    }
    if (!DrainTurn::take()) {
        QMetaObject::invokeMethod(this, &ServiceConnection::drain, Qt::QueuedConnection);
        return;
    }
    m_malformedLogged = 0;
    // One time for the whole drain: its batch and its journal records carry the same, which is
    // how a replay regroups the records into the batches the console applied.
    const qint64 receivedUtcUs = nowUtcUs();
    for (StreamItem &item : m_inbox.takeAll())
        ingest(item, receivedUtcUs);
    if (m_malformedLogged > kMalformedLogLimit) {
        qCWarning(lcClient).noquote() << u"[%1] %2 more malformed messages not logged"_s
                                             .arg(m_status.service)
                                             .arg(m_malformedLogged - kMalformedLogLimit);
    }
    flush(receivedUtcUs);
}

void ServiceConnection::ingest(StreamItem &item, qint64 receivedUtcUs)
{
    if (item.streamId != m_streamId)
        return; // from a stream stop() gave up on
    if (item.end) {
        streamEnded(*item.end);
        return;
    }
    heard();
    const bool continues = item.event && std::holds_alternative<SnapshotChunk>(*item.event)
                           && !std::get<SnapshotChunk>(*item.event).last;
    const bool applied = route(item);
    if (item.raw.isEmpty())
        return;
    JournalRecord record;
    record.subkind = item.bodyCase;
    record.flags = quint8((applied ? JournalRecord::kApplied : 0)
                          | (continues ? JournalRecord::kSnapshotContinues : 0));
    record.timeUtcUs = receivedUtcUs;
    record.sequence = item.sequence;
    record.service = m_status.service;
    record.payload = std::move(item.raw);
    emit eventReceived(record);
}

// Returns whether the console used the message.
bool ServiceConnection::route(StreamItem &item)
{
    const bool sequenced =
        item.sequence != 0 && (!item.event || std::holds_alternative<SequencedEvent>(*item.event));
    if (sequenced) {
        // A malformed event still uses up its sequence number: skipping it must not look like
        // a gap, or the service would resend it forever.
        auto *event = item.event ? &std::get<SequencedEvent>(*item.event) : nullptr;
        return applySequenced(item.sequence, event, item.errors);
    }
    reportMalformed(item.errors);
    if (!item.event)
        return false;
    if (auto *opened = std::get_if<StreamOpened>(&*item.event))
        return applyOpened(*opened);
    if (auto *chunk = std::get_if<SnapshotChunk>(&*item.event))
        return applySnapshotChunk(*chunk);
    if (std::holds_alternative<Heartbeat>(*item.event)
        && m_tracker.heartbeat() == Verdict::OutOfOrder) {
        abandonStream(Verdict::OutOfOrder, u"heartbeat"_s);
        return false;
    }
    return true;
}

bool ServiceConnection::applyOpened(const StreamOpened &opened)
{
    m_openTimer.stop();
    takePeerReport();
    const Verdict verdict = m_tracker.opened(opened);
    if (verdict == Verdict::OutOfOrder) {
        abandonStream(verdict, u"stream_opened for epoch %1 (resumed: %2)"_s.arg(
                                   opened.epoch, opened.resumed ? u"yes"_s : u"no"_s));
    }
    if (verdict != Verdict::Apply)
        return false;
    // In 64 bits and clamped: the period is whatever the wire said, up to 2^32 - 1 ms.
    const auto period = std::clamp(std::chrono::milliseconds(opened.heartbeatPeriodMs),
                                   kMinHeartbeatPeriod,
                                   std::max(m_limits.maxHeartbeatPeriod, kMinHeartbeatPeriod));
    m_staleAfter = 2 * period;
    m_staleTimer.start(m_staleAfter);
    m_snapshotRemoved = {}; // of a snapshot an earlier stream left unfinished
    m_status.marking = opened.marking;
    setState(FeedState::Live, {});
    return true;
}

bool ServiceConnection::applySnapshotChunk(SnapshotChunk &chunk)
{
    Snapshot snapshot;
    const Verdict verdict = m_tracker.snapshotChunk(std::move(chunk), &snapshot);
    if (verdict == Verdict::OutOfOrder) {
        abandonStream(verdict, u"snapshot"_s);
    } else if (verdict == Verdict::Pending) {
        m_snapshotRemoved += m_trackLimit.bound(*m_tracker.partialSnapshot());
    } else if (verdict == Verdict::Apply) {
        TrackLimit::Removed removed = std::exchange(m_snapshotRemoved, {});
        removed += m_trackLimit.admit(snapshot);
        if (removed.tracks > 0) {
            m_status.counters.tracksRefused += quint64(removed.tracks);
            refuse(removed.tracks, u"snapshot of %1 tracks: only the newest %2 kept"_s
                                       .arg(qsizetype(snapshot.tracks.size()) + removed.tracks)
                                       .arg(m_trackLimit.limit()));
        }
        if (removed.others > 0) {
            refuse(removed.others, u"snapshot: %1 predictions, launches or alerts beyond %2 of each "
                                   "(or of tracks not kept) left out"_s
                                       .arg(removed.others)
                                       .arg(m_trackLimit.limit()));
        }
        // The snapshot replaces everything before it, including events not yet delivered.
        m_pending.events.clear();
        m_pending.snapshot = std::move(snapshot);
        ++m_status.counters.snapshots;
        m_statusDirty = true;
    }
    return verdict == Verdict::Apply || verdict == Verdict::Pending;
}

bool ServiceConnection::applySequenced(quint64 sequence, SequencedEvent *event,
                                       const QStringList &errors)
{
    const quint64 last = m_tracker.lastApplied();
    const Verdict verdict = m_tracker.event(sequence);
    bool applied = false;
    switch (verdict) {
    case Verdict::Apply:
        reportMalformed(errors); // a kept event may have lost a part (a covariance) too
        if (event && !m_trackLimit.admit(event->event)) {
            if (std::holds_alternative<TrackUpdate>(event->event))
                ++m_status.counters.tracksRefused;
            refuse(1, u"event %1: a new %2 beyond the limit of %3"_s.arg(sequence)
                          .arg(kindOf(event->event))
                          .arg(m_trackLimit.limit()));
        } else if (event) {
            m_pending.events.push_back(std::move(*event));
            ++m_status.counters.eventsApplied;
            applied = true;
        }
        break;
    case Verdict::Duplicate:
        ++m_status.counters.duplicates;
        break;
    case Verdict::Gap:
        abandonStream(verdict, u"event %1 after %2"_s.arg(sequence).arg(last));
        return false;
    case Verdict::OutOfOrder:
        abandonStream(verdict, u"event %1"_s.arg(sequence));
        return false;
    case Verdict::Pending:
    case Verdict::Discard:
        return false;
    }
    m_statusDirty = true;
    return applied;
}

void ServiceConnection::abandonStream(Verdict verdict, const QString &what)
{
    const bool gap = verdict == Verdict::Gap;
    ++(gap ? m_status.counters.gaps : m_status.counters.malformed);
    const QString reason = (gap ? u"sequence gap: %1"_s : u"out of order: %1"_s).arg(what);
    refuse(1, reason);
    qCWarning(lcClient).noquote() << u"[%1] %2; resubscribing after %3"_s.arg(
        m_status.service, reason, QString::number(m_tracker.lastApplied()));
    abandonStream(reason);
}

void ServiceConnection::abandonStream(const QString &reason)
{
    m_healthyTimer.stop();
    m_abandonReason = reason;
    m_inbox.cancelAll();
}

void ServiceConnection::reportMalformed(const QStringList &errors)
{
    if (errors.isEmpty())
        return;
    m_status.counters.malformed += errors.size();
    refuse(errors.size(), errors.constLast());
    for (const QString &error : errors) {
        if (m_malformedLogged++ < kMalformedLogLimit)
            qCWarning(lcClient).noquote() << u"[%1] malformed %2"_s.arg(m_status.service, error);
    }
}

void ServiceConnection::refuse(qint64 count, const QString &reason)
{
    m_refusals.add(count);
    m_status.lastRefusal = clipWireText(reason);
    m_statusDirty = true;
    countRefusals();
}

void ServiceConnection::countRefusals()
{
    const int count = m_refusals.count();
    if (count != m_status.refusedLastMinute) {
        m_status.refusedLastMinute = count;
        m_statusDirty = true;
    }
    if (count == 0)
        m_refusalTimer.stop();
    else if (!m_refusalTimer.isActive())
        m_refusalTimer.start();
}

void ServiceConnection::streamEnded(const grpc::Status &status)
{
    m_tracker.streamEnded();
    m_staleTimer.stop();
    m_openTimer.stop();
    QString reason = m_abandonReason.isEmpty() ? clipWireText(describe(status))
                                               : std::exchange(m_abandonReason, {});
    if (const QString refusal = handshakeRefusal(); !refusal.isEmpty())
        reason = refusal;
    if (!m_running)
        return;
    const ReconnectBackoff::Duration delay = m_backoff.next();
    qCInfo(lcClient).noquote() << u"[%1] stream ended (%2); retrying in %3 ms"_s.arg(
        m_status.service, reason, QString::number(delay.count()));
    setState(FeedState::Down, reason);
    m_retryTimer.start(delay);
}

// The service's certificate as verified for the stream now open.
void ServiceConnection::takePeerReport()
{
    const PeerReport report = m_peerCheck->last();
    if (!m_status.security.tls || report.handshake == m_handshakeSeen || !report.accepted)
        return;
    m_handshakeSeen = report.handshake;
    m_status.security.peerIdentity = report.identity;
    m_status.security.peerSubject = report.subject;
    m_status.security.peerNotAfterUtcS = report.notAfterUtcS;
    m_statusDirty = true;
}

// Why the service was refused at a handshake since the last look, if it was: gRPC itself only
// says that the connection failed.
QString ServiceConnection::handshakeRefusal()
{
    const PeerReport report = m_peerCheck->last();
    if (report.handshake == m_handshakeSeen || report.accepted)
        return {};
    m_handshakeSeen = report.handshake;
    m_status.security.peerIdentity.clear();
    m_status.security.peerSubject = report.subject;
    m_status.security.peerNotAfterUtcS = report.notAfterUtcS;
    return clipWireText(report.refusal);
}

void ServiceConnection::heard()
{
    m_status.lastHeardUtcUs = nowUtcUs();
    m_statusDirty = true;
    if (m_status.state == FeedState::Stale)
        setState(FeedState::Live, {});
    if (m_status.state == FeedState::Live)
        m_staleTimer.start(m_staleAfter);
}

void ServiceConnection::flush(qint64 receivedUtcUs)
{
    if (!m_pending.isEmpty()) {
        m_pending.service = m_status.service;
        m_pending.receivedUtcUs = receivedUtcUs;
        m_sinceBatch.start();
        emit batchReady(std::exchange(m_pending, {}));
    }
    if (m_statusDirty) {
        m_statusDirty = false;
        emit statusChanged(m_status);
    }
}

void ServiceConnection::setState(FeedState state, const QString &error)
{
    if (state != FeedState::Live)
        m_healthyTimer.stop();
    else if (!m_healthyTimer.isActive())
        m_healthyTimer.start(m_limits.healthyAfter);
    if (m_status.state == state && m_status.lastError == error)
        return;
    m_status.state = state;
    m_status.lastError = error;
    m_statusDirty = false;
    emit statusChanged(m_status);
}

} // namespace cop
