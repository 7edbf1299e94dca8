#pragma once

#include "fusion/DivergenceCheck.h"
#include "fusion/LaunchChoice.h"
#include "fusion/TrackFuser.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace cop {

// What one fusion pass reads: the services' tracks, their predictions without trajectories,
// their launches, and which feeds are up. Cheap to make on the GUI thread, and a copy the picture
// pipeline thread owns, so the Picture can change meanwhile.
struct FusionInput
{
    TrackTable tracks;
    QHash<ServiceKey, Prediction> predictions;
    QHash<ServiceKey, Launch> launches;
    QSet<QString> liveServices;

    static FusionInput of(const Picture &picture);
};

// What one pass produces, handed whole to the GUI thread.
struct FusionResult
{
    std::vector<FusedTrack> tracks; // in order of creation
    QHash<QString, qsizetype> index;
    QHash<ServiceKey, QString> assignment;
    QHash<ServiceKey, QString> formerAssignment; // tracks that have gone: see TrackFuser
    QHash<QString, QString> joinedInto;
    qint64 dataTimeUtcUs = 0;
    qsizetype outOfTime = 0; // tracks left out for being too far from the data time
    // The services' tracks it was fused from, as the picture held them then: what a view draws
    // a fused track with (its best contributor's trail) without a copy of the live picture's.
    TrackTable sources;
};

// Association, fusion, prediction and launch choice, and divergence for one batch: the work whose cost
// grows with what the services send, so it runs on the picture pipeline thread. Keeps the
// fuser's state from pass to pass; one pass at a time.
class FusionPass
{
public:
    explicit FusionPass(NationCoverage coverage) : m_divergence(std::move(coverage)) {}

    FusionResult run(const FusionInput &input);

private:
    bool sameTracksAsIndexed(const std::vector<FusedTrack *> &tracks) const;

    TrackFuser m_fuser;
    DivergenceCheck m_divergence;
    LaunchChoice m_launches;
    // The last result's index and assignment, and the fused tracks and fuser membership they
    // were made from: shared by the next result while neither changes (the steady state), which
    // spares it 40,000 insertions at 3 x 10,000 tracks.
    QHash<QString, qsizetype> m_index;
    QHash<ServiceKey, QString> m_assignment;
    std::vector<QString> m_indexedIds;
    quint64 m_indexedMembership = 0;
};

} // namespace cop
