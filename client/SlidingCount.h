#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>

namespace cop {

// How many things happened over the last `span`, in buckets of a tenth of it each, so that a
// flood of millions costs a few counters. A thing is forgotten between `span` and 1.1 `span`
// after it happened, never earlier.
class SlidingCount
{
public:
    using Clock = std::chrono::steady_clock;

    explicit SlidingCount(std::chrono::milliseconds span);

    void add(qint64 count, Clock::time_point now = Clock::now());
    int count(Clock::time_point now = Clock::now());
    // How often count() can change on its own.
    std::chrono::milliseconds bucketLength() const { return m_bucket; }

private:
    struct Bucket
    {
        Clock::time_point start;
        qint64 count = 0;
    };

    void expire(Clock::time_point now);

    const std::chrono::milliseconds m_span;
    const std::chrono::milliseconds m_bucket;
    std::deque<Bucket> m_buckets; // oldest first
};

} // namespace cop
