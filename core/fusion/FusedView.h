#pragma once

#include "fusion/FusionPass.h"

namespace cop {

// A fusion result read together with the launches and predictions of the picture it was fused
// from. FusedPicture answers these on the GUI thread from the live picture; the map's overlay
// answers them on its own thread from copies of both, taken together.
class FusedView
{
public:
    FusedView(const FusionResult &result, const QHash<ServiceKey, Launch> &launches,
              const QHash<ServiceKey, Prediction> &predictions)
        : m_result(result), m_launches(launches), m_predictions(predictions)
    {}

    const std::vector<FusedTrack> &tracks() const { return m_result.tracks; }
    const FusedTrack *find(const QString &fusedId) const;
    QString fusedIdOf(const ServiceKey &key) const { return m_result.assignment.value(key); }
    // The prediction to show for a fused track, or nothing.
    const Prediction *prediction(const FusedTrack &track) const;
    // The launch to show for a fused track (LaunchChoice), or nothing.
    const Launch *launch(const FusedTrack &track) const;
    // The launch to show for a service's track: its fused track's once fused, else its own.
    const Launch *launchOf(const ServiceKey &trackKey) const;

private:
    const FusionResult &m_result;
    const QHash<ServiceKey, Launch> &m_launches;
    const QHash<ServiceKey, Prediction> &m_predictions;
};

} // namespace cop
