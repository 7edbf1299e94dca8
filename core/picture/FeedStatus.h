#pragma once

#include <QString>

namespace cop {

// Connection state of one track service as the console sees it.
enum class FeedState : quint8 {
    Connecting, // no stream yet, or reconnecting after a failure
    Live,       // stream open and heartbeats on time
    Stale,      // stream open but nothing heard for two heartbeat periods
    Down        // the last attempt failed; waiting to retry
};

// A stable, untranslated name for logs and files.
inline QString feedStateId(FeedState state)
{
    switch (state) {
    case FeedState::Connecting:
        return QStringLiteral("connecting");
    case FeedState::Live:
        return QStringLiteral("live");
    case FeedState::Stale:
        return QStringLiteral("stale");
    case FeedState::Down:
        return QStringLiteral("down");
    }
    return {};
}

struct FeedCounters
{
    quint64 eventsApplied = 0;
    quint64 snapshots = 0;
    quint64 duplicates = 0; // sequenced events at or below the last one applied
    quint64 gaps = 0;       // sequence jumps that forced a resubscribe
    quint64 malformed = 0;  // events that failed validation
    quint64 reconnects = 0;
    quint64 tracksRefused = 0; // tracks beyond the per-service limit, from snapshots and updates
};

// How a feed is protected: TLS or plaintext (loopback only), and the service's certificate as
// the console verified it at the last handshake.
struct FeedSecurity
{
    bool tls = false;
    QString peerIdentity;        // the nation the certificate names, once verified
    QString peerSubject;
    qint64 peerNotAfterUtcS = 0; // when that certificate expires; 0: not known

    friend bool operator==(const FeedSecurity &, const FeedSecurity &) = default;
};

struct FeedStatus
{
    QString service;
    QString address;
    FeedState state = FeedState::Connecting;
    QString lastError;
    qint64 lastHeardUtcUs = 0;
    FeedCounters counters;
    // Messages or parts of messages the console refused (invalid data, tracks beyond the limit,
    // protocol faults) over the last minute, and why the latest was refused. Drives the
    // "sends invalid data" alert; the reason is cut to kMaxWireText characters.
    int refusedLastMinute = 0;
    QString lastRefusal;
    FeedSecurity security;
    // The classification / releasability marking the service gave for its stream, verbatim;
    // kept after the feed goes down (its data may still be shown). Empty: none received yet,
    // or refused (core/picture/ClassificationMarking).
    QString marking;
};

// The most characters of text from the wire (error messages, ids) a status carries: a service
// may send megabytes, and an operator's screen needs one line.
inline constexpr qsizetype kMaxWireText = 200;

inline QString clipWireText(const QString &text)
{
    return text.size() <= kMaxWireText ? text : text.left(kMaxWireText - 1) + QChar(0x2026);
}

} // namespace cop
