#pragma once

#include "picture/PictureEvents.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cop {

struct ServiceKey
{
    QString service;
    QString id;

    friend bool operator==(const ServiceKey &, const ServiceKey &) = default;
    friend size_t qHash(const ServiceKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.service, key.id);
    }
};

struct Track
{
    QString service;
    TrackUpdate state;
    qint64 receivedUtcUs = 0;
    // Oldest first, bounded by Picture::kTrailPoints. Implicitly shared, and free when empty:
    // the picture pipeline and the overlay copy tracks by the thousand.
    QList<GeoPoint> trail;
    qint64 trailHeadUtcUs = 0;  // time of the newest trail point
};

} // namespace cop
