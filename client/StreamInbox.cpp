#include "StreamInbox.h"

#include "SubscribeReader.h"

#include <algorithm>

namespace cop {

namespace {

bool isUrgent(const StreamItem &item)
{
    const auto *sequenced = item.event ? std::get_if<SequencedEvent>(&*item.event) : nullptr;
    return sequenced && std::holds_alternative<AlertUpdate>(sequenced->event);
}

} // namespace

StreamInbox::StreamInbox(std::function<void()> wake, Bound bound)
    : m_wake(std::move(wake))
    , m_bound(bound)
{}

bool StreamInbox::push(StreamItem item, SubscribeReader *reader)
{
    std::unique_lock lock(m_mutex);
    const bool full = qsizetype(m_items.size()) + 1 >= m_bound.items
                      || m_bytes + item.wireBytes >= m_bound.bytes;
    if (full)
        m_stopped.push_back(reader);
    pushLocked(std::move(item), lock);
    return !full;
}

void StreamInbox::pushLocked(StreamItem item, std::unique_lock<std::mutex> &lock)
{
    const bool urgent = isUrgent(item);
    m_bytes += item.wireBytes;
    m_items.push_back(std::move(item));
    m_peakItems = std::max(m_peakItems, qsizetype(m_items.size()));
    bool wake = !std::exchange(m_wakePending, true);
    if (urgent) {
        m_urgent = true;
        wake = !std::exchange(m_urgentWakePosted, true) || wake;
    }
    lock.unlock();
    if (wake)
        m_wake();
}

std::vector<StreamItem> StreamInbox::takeAll()
{
    std::unique_lock lock(m_mutex);
    m_wakePending = false;
    m_urgent = false;
    m_urgentWakePosted = false;
    m_bytes = 0;
    std::vector<StreamItem> items = std::exchange(m_items, {});
    const std::vector<SubscribeReader *> stopped = std::exchange(m_stopped, {});
    lock.unlock();
    resume(stopped);
    return items;
}

qsizetype StreamInbox::peakItems()
{
    std::lock_guard lock(m_mutex);
    return m_peakItems;
}

// Outside the lock, which a resumed reader soon wants. A stopped reader is alive until resumed:
// it waits before its next read.
void StreamInbox::resume(const std::vector<SubscribeReader *> &readers)
{
    for (SubscribeReader *reader : readers)
        reader->resume();
}

bool StreamInbox::hasUrgent()
{
    std::lock_guard lock(m_mutex);
    return m_urgent;
}

void StreamInbox::attach(SubscribeReader *reader)
{
    std::lock_guard lock(m_mutex);
    m_cancellable.push_back(reader);
    ++m_alive;
}

void StreamInbox::finish(SubscribeReader *reader, StreamItem last)
{
    std::unique_lock lock(m_mutex);
    std::erase(m_cancellable, reader);
    pushLocked(std::move(last), lock);
}

void StreamInbox::released()
{
    {
        std::lock_guard lock(m_mutex);
        --m_alive;
    }
    m_releasedCondition.notify_all();
}

void StreamInbox::cancelAll()
{
    // Under the lock a reader cannot get past finish(), so it is still alive here; cancelling
    // only fails its read, on its own thread, so nothing waits on this lock here.
    std::unique_lock lock(m_mutex);
    for (SubscribeReader *reader : m_cancellable)
        reader->cancel();
    // A stopped reader has no read that the cancellation could fail, and ends only after one.
    const std::vector<SubscribeReader *> stopped = std::exchange(m_stopped, {});
    lock.unlock();
    resume(stopped);
}

void StreamInbox::waitUntilReleased()
{
    std::unique_lock lock(m_mutex);
    m_releasedCondition.wait(lock, [this] { return m_alive == 0; });
}

} // namespace cop
