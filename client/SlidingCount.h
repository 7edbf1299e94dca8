#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>

namespace cop {

// How many things happened over the last `span`, in ten buckets of a tenth of it each, so that a
// flood of millions costs ten counters and the count runs up to one bucket late.
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
