#pragma once

#include "alerts/AlertBook.h"

#include <QHash>
#include <QList>

namespace cop {

class FusedPicture;

// The alert list's top-level rows: one per missile, holding every alert any nation raised about
// it (each kind, each nation), and one for each alert about no missile (a feed, the console's own
// health). A missile is its fused track (core/fusion). An alert keeps the missile it was last
// seen with after its track has gone (dropped, lost, impacted, or re-initiated under a new id),
// so the story of one missile stays in one row however its tracks come and go. A space launch's
// spent stages and fairing are tracks of their own, but their alerts (where each falls) join the
// row of the vehicle they came off: one launch, one row.
class AlertGroups
{
public:
    struct Group
    {
        QString missileId;      // the fused id; empty for an alert about no missile
        QString label;          // what the track column shows: the fused id, else the track id
        QList<ServiceKey> keys; // most pressing first

        friend bool operator==(const Group &, const Group &) = default;
    };

    // `sorted` most pressing first; each group lists its alerts in that order, and the groups
    // come in the order of their most pressing alert.
    QList<Group> group(const QList<const Alert *> &sorted, const FusedPicture *fusion);

private:
    struct Missile
    {
        QString id; // empty: the alert is about no missile
        QString label;
    };
    Missile missileOf(const Alert &alert, const FusedPicture *fusion);

    QHash<ServiceKey, QString> m_remembered; // alert -> the fused id it was last seen with
};

} // namespace cop
