#include "SlidingCount.h"

#include <algorithm>
#include <limits>

namespace cop {

SlidingCount::SlidingCount(std::chrono::milliseconds span)
    : m_span(span)
    , m_bucket(std::max(span / 10, std::chrono::milliseconds(1)))
{}

void SlidingCount::add(qint64 count, Clock::time_point now)
{
    expire(now);
    if (m_buckets.empty() || now - m_buckets.back().start >= m_bucket)
        m_buckets.push_back({now, 0});
    m_buckets.back().count += count;
}

int SlidingCount::count(Clock::time_point now)
{
    expire(now);
    qint64 total = 0;
    for (const Bucket &bucket : m_buckets)
        total += bucket.count;
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

void SlidingCount::expire(Clock::time_point now)
{
    // A bucket holds things from its start to one bucket length later.
    while (!m_buckets.empty() && now - m_buckets.front().start >= m_span + m_bucket)
        m_buckets.pop_front();
}

} // namespace cop
