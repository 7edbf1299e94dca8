#pragma once

#include "InboundEvent.h"

#include <grpcpp/support/status.h>

#include <QStringList>

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace cop {

class SubscribeReactor;

// One stream message on its way from a gRPC thread to the connection's thread.
struct StreamItem
{
    quint64 streamId = 0;
    quint64 sequence = 0;              // as sent, also when the body failed to decode
    std::optional<InboundEvent> event; // nothing when the message was rejected
    QStringList errors;                // what failed to decode
    std::optional<grpc::Status> end;   // set on the stream's last item, which carries nothing else
    QByteArray raw;                    // the message as received, for the journal; empty unless kept
    quint8 bodyCase = 0;               // the message body's field number
};

// What a connection's gRPC callbacks share with the connection: the items they decoded, whether
// a drain is already posted, and the reactors that may still call back, so that the connection
// can cancel them and wait until none can. Thread-safe.
class StreamInbox
{
public:
    // Called on a gRPC thread when items arrive and no drain is pending; it must only post.
    explicit StreamInbox(std::function<void()> wake);

    // An alert update wakes the connection even while a wake is pending, and makes hasUrgent()
    // true until taken: an alert must not sit out a batch interval.
    void push(StreamItem item);

    // Whether the gRPC threads keep each message's bytes for the journal (StreamItem::raw).
    void setKeepRaw(bool keep) { m_keepRaw = keep; }
    bool keepsRaw() const { return m_keepRaw; }
    std::vector<StreamItem> takeAll();
    bool hasUrgent();

    // A reactor's life, in this order: attach() before its call starts; in OnDone, finish()
    // queues its last item, the reactor deletes itself, then released() (the other order let a
    // waiter free what the reactor still touched).
    void attach(SubscribeReactor *reactor);
    void finish(SubscribeReactor *reactor, StreamItem last);
    void released();

    void cancelAll();
    void waitUntilReleased();

private:
    void pushLocked(StreamItem item, std::unique_lock<std::mutex> &lock);

    const std::function<void()> m_wake;
    std::mutex m_mutex;
    std::condition_variable m_releasedCondition;
    std::vector<StreamItem> m_items;
    bool m_wakePending = false;
    bool m_urgent = false;          // an alert update is among m_items
    bool m_urgentWakePosted = false;
    std::vector<SubscribeReactor *> m_cancellable; // attached, not finished
    int m_alive = 0;                               // attached, not released
    std::atomic<bool> m_keepRaw = false;
};

} // namespace cop
