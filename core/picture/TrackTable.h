#pragma once

#include "picture/Track.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>
#include <vector>

namespace cop {

// The services' tracks, keyed by service and track id, held as one implicitly shared hash per
// service. A copy costs O(services). A change copies only the changed service's tracks when a
// copy shares them: the picture pipeline takes a copy for each fusion pass, and a service's
// batch then copies that service's tracks on the GUI thread, not every nation's (and a
// service's snapshot, which replaces its tracks, copies none).
//
// Iterated service by service, in the order of their names; within a service in its hash's order.
class TrackTable
{
    struct Shard
    {
        QString service;
        QHash<ServiceKey, Track> tracks;
    };
    using Shards = std::vector<Shard>;

public:
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
        const Track &value() const { return m_it.value(); }
        const Track &operator*() const { return m_it.value(); }
        const Track *operator->() const { return &m_it.value(); }
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
                       QHash<ServiceKey, Track>::const_iterator it)
            : m_shard(shard), m_end(end), m_it(it)
        {}
        void skipEmptyShards();

        Shards::const_iterator m_shard;
        Shards::const_iterator m_end;
        QHash<ServiceKey, Track>::const_iterator m_it;
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
    // Whether no copy shares any service's tracks.
    bool isDetached() const;
    // One service's tracks, or nothing.
    const QHash<ServiceKey, Track> *ofService(const QString &service) const;

    // The track under key, made empty when it was not there.
    Track &operator[](const ServiceKey &key);
    void insert(const ServiceKey &key, const Track &track) { (*this)[key] = track; }
    bool remove(const ServiceKey &key);
    void removeService(const QString &service);
    // Room for a service's tracks at once, as its snapshot brings them.
    void reserve(const QString &service, qsizetype tracks);
    void clear() { m_shards.clear(); }

private:
    QHash<ServiceKey, Track> &tracksOf(const QString &service);

    Shards m_shards; // by service name
};

} // namespace cop
