#pragma once

#include "fusion/FusedTrack.h"
#include "fusion/NationCoverage.h"

#include <QHash>
#include <QSet>

namespace cop {

// Whether the nations contributing to a fused track tell conflicting stories about it.
class DivergenceCheck
{
public:
    // Chi-square, 2 degrees of freedom, 99.99 %: two honest predictions of one impact differ
    // by more than this once in ten thousand comparisons.
    static constexpr double kImpactGate = 18.42;
    // How long a missile others report may be inside a nation's coverage before that nation's
    // silence counts: detection, track confirmation and the service's latency take ~10 s.
    static constexpr qint64 kDetectionGraceUs = 60'000'000;

    explicit DivergenceCheck(NationCoverage coverage) : m_coverage(std::move(coverage)) {}

    // Sets track.divergence and track.divergingNations, and keeps track.coveredSinceUtcUs.
    // `liveServices` are the services whose feed is up: a nation whose feed is down says
    // nothing by its silence. `nowUtcUs` is the data time.
    void assess(FusedTrack &track, const QHash<ServiceKey, Prediction> &predictions,
                const QSet<QString> &liveServices, qint64 nowUtcUs) const;

private:
    QStringList impactDisagreement(const FusedTrack &track,
                                   const QHash<ServiceKey, Prediction> &predictions) const;

    NationCoverage m_coverage;
};

} // namespace cop
