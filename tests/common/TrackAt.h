#pragma once

// One service's report of one track at a point, 50 km up: what overlay tests draw.

#include "geo/GeoPoint.h"
#include "picture/Picture.h"

inline cop::ServiceBatch trackAt(const QString &service, const QString &id, double lat, double lon,
                                 qint64 timeUs = 1'000'000, quint64 sequence = 1)
{
    cop::ServiceBatch batch;
    batch.service = service;
    batch.receivedUtcUs = timeUs;
    cop::TrackUpdate track;
    track.trackId = id;
    track.timeUtcUs = timeUs;
    track.position = {lat, lon, 50'000.0};
    track.positionEcef = cop::ecefFromGeodetic(track.position);
    batch.events.push_back({sequence, track});
    return batch;
}
