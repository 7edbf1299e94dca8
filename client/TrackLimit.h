#pragma once

#include "picture/PictureEvents.h"

#include <QSet>

namespace cop {

// Holds one service's tracks in the picture to a number, so that a service gone wrong cannot
// take the console's memory and the operator's picture with it. Knows which of the service's
// tracks the picture holds: a snapshot replaces them, updates add, drops remove.
class TrackLimit
{
public:
    explicit TrackLimit(int limit);

    // Keeps the `limit` newest tracks (by their time stamps) and the predictions of those kept;
    // returns how many tracks it removed.
    qsizetype admit(Snapshot &snapshot);
    // Keeps a snapshot still arriving within twice the limit, by the same rule: a service that
    // sends millions of tracks costs the console no more than that while the rest comes.
    // Predictions wait for admit(): their tracks may be in a chunk still to come. Returns how
    // many tracks it removed.
    qsizetype bound(Snapshot &partial) const;
    // Whether the event may enter the picture: not an update or prediction of a new track once
    // the service has `limit` of them.
    bool admit(const PictureEvent &event);

    int limit() const { return m_limit; }

private:
    bool admitTrack(const QString &trackId);

    const int m_limit;
    QSet<QString> m_tracks;
};

} // namespace cop
