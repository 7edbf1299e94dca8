#pragma once

#include "picture/PictureEvents.h"

#include <QSet>

namespace cop {

// Holds what one service puts in the picture to a number of each kind: tracks, predictions,
// launches and alerts. A service gone wrong, or hostile, then cannot take the console's memory
// and the operator's picture with it, whatever ids it makes up. Knows which of each the picture
// holds: a snapshot replaces them, events add, a track's drop removes it and its prediction.
class TrackLimit
{
public:
    explicit TrackLimit(int limit);

    // What a snapshot lost to the limit: tracks, and predictions, launches and alerts together.
    struct Removed
    {
        qsizetype tracks = 0;
        qsizetype others = 0;

        Removed &operator+=(const Removed &more)
        {
            tracks += more.tracks;
            others += more.others;
            return *this;
        }
    };

    // Keeps the `limit` newest tracks (by their time stamps) and the predictions of those kept,
    // and of predictions, launches and alerts the `limit` newest each.
    Removed admit(Snapshot &snapshot);
    // Keeps a snapshot still arriving within twice the limit of each kind, newest first: a
    // service that sends millions costs the console no more than that while the rest comes.
    // Predictions of tracks not kept wait for admit(): their tracks may be in a chunk to come.
    Removed bound(Snapshot &partial) const;
    // Whether the event may enter the picture: not a new track, prediction, launch or alert once
    // the service has `limit` of them, nor a prediction of a new track once it has `limit` tracks.
    bool admit(const PictureEvent &event);

    int limit() const { return m_limit; }

private:
    bool admitId(QSet<QString> &held, const QString &id);

    const int m_limit;
    QSet<QString> m_tracks;
    QSet<QString> m_predictions; // by track id, as the picture keeps them
    QSet<QString> m_launches;
    QSet<QString> m_alerts;
};

} // namespace cop
