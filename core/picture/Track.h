#pragma once

#include "picture/PictureEvents.h"
#include "picture/Trail.h"

#include <QHash>
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
    Trail trail;
    qint64 trailHeadUtcUs = 0;  // time of the newest trail point
};

} // namespace cop
