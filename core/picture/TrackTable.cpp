#include "picture/TrackTable.h"

#include <algorithm>
#include <atomic>
#include <utility>

namespace cop {

namespace {

template<typename Shards>
auto lowerBound(Shards &shards, const QString &service)
{
    return std::lower_bound(shards.begin(), shards.end(), service,
                            [](const auto &shard, const QString &name) { return shard.service < name; });
}

// The shard of service, or shards' end.
template<typename Shards>
auto shardOf(Shards &shards, const QString &service)
{
    const auto shard = lowerBound(shards, service);
    return shard != shards.end() && shard->service == service ? shard : shards.end();
}

} // namespace

TrackTable::const_iterator &TrackTable::const_iterator::operator++()
{
    ++m_it;
    skipEmptyShards();
    return *this;
}

void TrackTable::const_iterator::skipEmptyShards()
{
    while (m_shard != m_end && m_it == m_shard->tracks.cend()) {
        if (++m_shard != m_end)
            m_it = m_shard->tracks.cbegin();
    }
}

TrackTable::const_iterator TrackTable::begin() const
{
    if (m_shards.empty())
        return end();
    const_iterator it(m_shards.cbegin(), m_shards.cend(), m_shards.front().tracks.cbegin());
    it.skipEmptyShards();
    return it;
}

TrackTable::const_iterator TrackTable::constFind(const ServiceKey &key) const
{
    const auto shard = shardOf(m_shards, key.service);
    if (shard == m_shards.cend())
        return end();
    const auto it = shard->tracks.constFind(key);
    if (it == shard->tracks.cend())
        return end();
    return {shard, m_shards.cend(), it};
}

qsizetype TrackTable::size() const
{
    qsizetype n = 0;
    for (const Shard &shard : m_shards)
        n += shard.tracks.size();
    return n;
}

Track TrackTable::value(const ServiceKey &key) const
{
    const auto it = constFind(key);
    return it == cend() ? Track{} : *it;
}

QList<ServiceKey> TrackTable::keys() const
{
    QList<ServiceKey> keys;
    keys.reserve(size());
    for (const Shard &shard : m_shards)
        keys += shard.tracks.keys();
    return keys;
}

bool TrackTable::isDetached() const
{
    return std::all_of(m_shards.cbegin(), m_shards.cend(), [](const Shard &shard) { return shard.tracks.isDetached(); });
}

QStringList TrackTable::services() const
{
    QStringList services;
    for (const Shard &shard : m_shards) {
        if (!shard.tracks.isEmpty())
            services.append(shard.service);
    }
    return services;
}

bool TrackTable::sharesService(const TrackTable &other, const QString &service) const
{
    const auto mine = shardOf(m_shards, service);
    const auto theirs = shardOf(other.m_shards, service);
    return mine != m_shards.cend() && theirs != other.m_shards.cend() && mine->tracks.isSharedWith(theirs->tracks);
}

bool TrackTable::sharesTrack(const TrackTable &other, const ServiceKey &key) const
{
    const auto mine = constFind(key);
    const auto theirs = other.constFind(key);
    return mine != cend() && theirs != other.cend() && &*mine == &*theirs;
}

Track &TrackTable::renew(const ServiceKey &key)
{
    // The slot is in this table's own hash, so a count of one says that no copy holds the track
    // and none can come to (copies are made from hashes). The fence orders this thread's writes
    // after the reads of the thread that let go of the last copy.
    std::shared_ptr<Track> &track = slot(key);
    if (!track) {
        track = std::make_shared<Track>();
    } else if (track.use_count() > 1) {
        auto renewed = std::make_shared<Track>();
        renewed->trail = track->trail;
        renewed->trailHeadUtcUs = track->trailHeadUtcUs;
        track = std::move(renewed);
    } else {
        std::atomic_thread_fence(std::memory_order_acquire);
    }
    return *track;
}

void TrackTable::insert(const ServiceKey &key, const Track &track)
{
    slot(key) = std::make_shared<Track>(track);
}

bool TrackTable::remove(const ServiceKey &key)
{
    const auto shard = shardOf(m_shards, key.service);
    if (shard == m_shards.end() || !shard->tracks.remove(key))
        return false;
    if (shard->tracks.isEmpty())
        m_shards.erase(shard);
    return true;
}

void TrackTable::removeService(const QString &service)
{
    if (const auto shard = shardOf(m_shards, service); shard != m_shards.end())
        m_shards.erase(shard);
}

void TrackTable::reserve(const QString &service, qsizetype tracks)
{
    if (tracks > 0)
        tracksOf(service).reserve(tracks);
}

TrackTable::Tracks &TrackTable::tracksOf(const QString &service)
{
    auto shard = lowerBound(m_shards, service);
    if (shard == m_shards.end() || shard->service != service)
        shard = m_shards.insert(shard, Shard{service, {}});
    return shard->tracks;
}

} // namespace cop
