#include "fusion/FusedView.h"

namespace cop {

const FusedTrack *FusedView::find(const QString &fusedId) const
{
    const auto it = m_result.index.constFind(fusedId);
    return it == m_result.index.cend() ? nullptr : &m_result.tracks[size_t(*it)];
}

const Prediction *FusedView::prediction(const FusedTrack &track) const
{
    if (!track.predictionSource)
        return nullptr;
    const auto it = m_predictions.constFind(*track.predictionSource);
    return it == m_predictions.cend() ? nullptr : &*it;
}

const Launch *FusedView::launch(const FusedTrack &track) const
{
    if (!track.launchSource)
        return nullptr;
    const auto it = m_launches.constFind(*track.launchSource);
    return it == m_launches.cend() ? nullptr : &*it;
}

const Launch *FusedView::launchOf(const ServiceKey &trackKey) const
{
    if (const FusedTrack *fused = find(fusedIdOf(trackKey)))
        return launch(*fused);
    return launchOfTrack(m_launches, trackKey);
}

} // namespace cop
