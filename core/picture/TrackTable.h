#pragma once

#include "picture/Track.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>
#include <memory>
#include <vector>

namespace cop {

// The services' tracks, keyed by service and track id, held as one implicitly shared hash per
// service, of tracks each held by a shared pointer. A copy costs O(services). A change copies
// only the changed service's hash when a copy shares it, and then only its pointers, and the
// changed track itself: the picture pipeline takes a copy for each fusion pass, and a service's
// batch then copies that service's pointers on the GUI thread, not every nation's and not the
// tracks (and a service's snapshot, which replaces its tracks, copies none). Copying the tracks
// themselves cost the GUI thread a third of its time at 3 x 10,000 tracks.
//
// Iterated service by service, in the order of their names; within a service in its hash's order.
class TrackTable
{
    // Only a table whose hash holds the sole pointer to a track may change it.
    using Tracks = QHash<ServiceKey, std::shared_ptr<Track>>;
    struct Shard
    {
        QString service;
        Tracks tracks;
    };
    using Shards = std::vector<Shard>;

public:
    using value_type = Track;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Track;
        using difference_type = qptrdiff;
        using pointer = const Track *;
        using reference = const Track &;

        const_iterator() = default;

        const ServiceKey &key() const { return m_it.key(); }
        const Track &value() const { return *m_it.value(); }
        const Track &operator*() const { return *m_it.value(); }
        const Track *operator->() const { return m_it.value().get(); }
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }

        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_shard == b.m_shard && (a.m_shard == a.m_end || a.m_it == b.m_it);
        }

    private:
        friend class TrackTable;
        const_iterator(Shards::const_iterator shard, Shards::const_iterator end,
                       Tracks::const_iterator it)
            : m_shard(shard), m_end(end), m_it(it)
        {}
        void skipEmptyShards();

        Shards::const_iterator m_shard;
        Shards::const_iterator m_end;
        Tracks::const_iterator m_it;
    };

    const_iterator begin() const;
    const_iterator end() const { return {m_shards.cend(), m_shards.cend(), {}}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    const_iterator constFind(const ServiceKey &key) const;

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    bool contains(const ServiceKey &key) const { return constFind(key) != cend(); }
    Track value(const ServiceKey &key) const;
    QList<ServiceKey> keys() const;
    // The services with tracks, by name.
    QStringList services() const;
    // Whether no copy shares any service's hash.
    bool isDetached() const;
    // Whether this table and other share the service's hash, or its track under key.
    bool sharesService(const TrackTable &other, const QString &service) const;
    bool sharesTrack(const TrackTable &other, const ServiceKey &key) const;

    // The track under key to be written whole but for its trail, which an update adds to rather
    // than replaces: made empty when it was not there; when a copy of the table shares it, a
    // track of its own with only the trail taken over (the rest would be overwritten).
    Track &renew(const ServiceKey &key);
    void insert(const ServiceKey &key, const Track &track);
    bool remove(const ServiceKey &key);
    void removeService(const QString &service);
    // Room for a service's tracks at once, as its snapshot brings them.
    void reserve(const QString &service, qsizetype tracks);
    void clear() { m_shards.clear(); }

private:
    Tracks &tracksOf(const QString &service);
    // The pointer under key in a hash no copy shares, null when the key was not there.
    std::shared_ptr<Track> &slot(const ServiceKey &key) { return tracksOf(key.service)[key]; }

    Shards m_shards; // by service name
};

} // namespace cop
