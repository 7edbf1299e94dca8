#pragma once

#include "InboundEvent.h"

#include <grpcpp/support/status.h>

#include <QByteArray>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace cop {

class SubscribeReader;

// One stream message on its way from its stream's reader thread to the connection's thread.
struct StreamItem
{
    quint64 streamId = 0;
    quint64 sequence = 0;              // as sent, also when the body failed to decode
    std::optional<InboundEvent> event; // nothing when the message was rejected
    QStringList errors;                // what failed to decode
    std::optional<grpc::Status> end;   // set on the stream's last item, which carries nothing else
    QByteArray raw;                    // the message as received, for the journal; empty unless kept
    quint8 bodyCase = 0;               // the message body's field number
    qsizetype wireBytes = 0;           // the message's encoded size, for the inbox's bound
};

// What a connection's stream readers share with the connection: the items they decoded, whether
// a drain is already posted, and the readers still running, so that the connection can cancel
// them and wait until none is. Thread-safe.
//
// Bounded: a reader whose item fills the inbox to its bound reads no further until the
// connection has taken the items. The service then meets gRPC's flow control (its writes
// block once the HTTP/2 windows are full) instead of the console's memory growing without end
// while its GUI thread is busy.
class StreamInbox
{
public:
    struct Bound
    {
        qsizetype items = 0;
        qsizetype bytes = 0;
    };

    // `wake` is called on a reader thread when items arrive and no drain is pending; it must only
    // post.
    StreamInbox(std::function<void()> wake, Bound bound);

    // An alert update wakes the connection even while a wake is pending, and makes hasUrgent()
    // true until taken: an alert must not sit out a batch interval. Returns whether `reader`
    // may read on; if not, the inbox keeps it and resumes it when the items are taken (or
    // cancelled): until then the reader waits before its next read (SubscribeReader::run).
    bool push(StreamItem item, SubscribeReader *reader);

    // Whether the reader threads keep each message's bytes for the journal (StreamItem::raw).
    void setKeepRaw(bool keep) { m_keepRaw = keep; }
    bool keepsRaw() const { return m_keepRaw; }
    // Takes every item and lets the readers that the bound stopped read on.
    std::vector<StreamItem> takeAll();
    bool hasUrgent();
    // The most items the inbox has held at once.
    qsizetype peakItems();

    // A reader's life, in this order: attach() before its call starts; when the call is over,
    // finish() queues its last item, the reader deletes itself, then released() (the other
    // order let a waiter free what the reader still touched).
    void attach(SubscribeReader *reader);
    void finish(SubscribeReader *reader, StreamItem last);
    void released();

    void cancelAll();
    void waitUntilReleased();

private:
    void pushLocked(StreamItem item, std::unique_lock<std::mutex> &lock);
    static void resume(const std::vector<SubscribeReader *> &readers);

    const std::function<void()> m_wake;
    const Bound m_bound;
    std::mutex m_mutex;
    std::condition_variable m_releasedCondition;
    std::vector<StreamItem> m_items;
    qsizetype m_bytes = 0;
    qsizetype m_peakItems = 0;
    std::vector<SubscribeReader *> m_stopped; // readers the bound stopped, not reading
    bool m_wakePending = false;
    bool m_urgent = false;          // an alert update is among m_items
    bool m_urgentWakePosted = false;
    std::vector<SubscribeReader *> m_cancellable; // attached, not finished
    int m_alive = 0;                               // attached, not released
    std::atomic<bool> m_keepRaw = false;
};

} // namespace cop
