#pragma once

#include "fusion/TrackFuser.h"

#include <QHash>

#include <vector>

namespace cop {

// How spread out a launch point estimate is: the trace of its east-north covariance (m^2); one
// sent without an uncertainty counts as the least precise.
double launchSpread(const Launch &launch);

// The one launch every view shows for a fused track (the selected-track dock, alert rows, the
// map): its most precise contributor's, by launchSpread(). Kept while its service still reports
// it (and its track is not another fused track's) unless another is clearly better, so an
// outage, a track ending before the others, or nations' estimates of nearly the same quality
// do not make the launch time hop from one to the other.
class LaunchChoice
{
public:
    // A launch replaces the one shown only when its spread is this fraction of it or less.
    static constexpr double kClearlyBetter = 0.8;

    // Sets FusedTrack::launchSource of every track from the picture's launches. The choice for
    // a fused id the fuser no longer has (not even coasting) is forgotten.
    void choose(std::vector<FusedTrack> &tracks, const QHash<ServiceKey, Launch> &launches,
                const TrackFuser &fuser);

private:
    QHash<QString, ServiceKey> m_shown; // launch key by fused id
};

} // namespace cop
