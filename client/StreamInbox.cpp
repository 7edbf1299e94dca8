#include "StreamInbox.h"

#include "SubscribeReactor.h"

#include <algorithm>

namespace cop {

namespace {

bool isUrgent(const StreamItem &item)
{
    const auto *sequenced = item.event ? std::get_if<SequencedEvent>(&*item.event) : nullptr;
    return sequenced && std::holds_alternative<AlertUpdate>(sequenced->event);
}

} // namespace

StreamInbox::StreamInbox(std::function<void()> wake)
    : m_wake(std::move(wake))
{}

void StreamInbox::push(StreamItem item)
{
    std::unique_lock lock(m_mutex);
    pushLocked(std::move(item), lock);
}

void StreamInbox::pushLocked(StreamItem item, std::unique_lock<std::mutex> &lock)
{
    const bool urgent = isUrgent(item);
    m_items.push_back(std::move(item));
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
    std::lock_guard lock(m_mutex);
    m_wakePending = false;
    m_urgent = false;
    m_urgentWakePosted = false;
    return std::exchange(m_items, {});
}

bool StreamInbox::hasUrgent()
{
    std::lock_guard lock(m_mutex);
    return m_urgent;
}

void StreamInbox::attach(SubscribeReactor *reactor)
{
    std::lock_guard lock(m_mutex);
    m_cancellable.push_back(reactor);
    ++m_alive;
}

void StreamInbox::finish(SubscribeReactor *reactor, StreamItem last)
{
    std::unique_lock lock(m_mutex);
    std::erase(m_cancellable, reactor);
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
    // Under the lock a reactor cannot get past finish(), so it is still alive here. gRPC runs
    // no reactions inline from TryCancel, so its OnDone cannot deadlock on this lock.
    std::lock_guard lock(m_mutex);
    for (SubscribeReactor *reactor : m_cancellable)
        reactor->cancel();
}

void StreamInbox::waitUntilReleased()
{
    std::unique_lock lock(m_mutex);
    m_releasedCondition.wait(lock, [this] { return m_alive == 0; });
}

} // namespace cop
