#include "fusion/DivergenceCheck.h"

#include "dynamics/GroundFrame.h"
#include "dynamics/ImpactEllipses.h"

#include <Eigen/Cholesky>

#include <QVarLengthArray>

#include <algorithm>

namespace cop {

namespace {

// A prediction fit to compare: the service's own, past boost, with an ellipse to weigh it.
const Prediction *comparable(const QHash<ServiceKey, Prediction> &predictions, const ServiceKey &key)
{
    const auto it = predictions.constFind(key);
    if (it == predictions.cend() || it->local || it->provisional || it->orbital || it->ellipses.empty())
        return nullptr;
    return &*it;
}

Eigen::Matrix2d impactCovariance(const Prediction &prediction)
{
    const auto widest = std::max_element(prediction.ellipses.begin(), prediction.ellipses.end(),
                                         [](const ImpactEllipse &a, const ImpactEllipse &b) {
                                             return a.confidence < b.confidence;
                                         });
    // A floor for a service reporting a degenerate ellipse: nothing lands within metres.
    constexpr double kFloorM = 100.0;
    return dynamics::covarianceOf(*widest) + Eigen::Matrix2d::Identity() * kFloorM * kFloorM;
}

} // namespace

QStringList DivergenceCheck::impactDisagreement(const FusedTrack &track,
                                                const QHash<ServiceKey, Prediction> &predictions) const
{
    // Disagreements per nation: with three nations the one at odds with both others is named,
    // with two both are.
    const auto &contributors = track.contributors;
    QVarLengthArray<const Prediction *, 4> comparables;
    for (const Contributor &contributor : contributors)
        comparables.append(comparable(predictions, contributor.key));
    if (std::count(comparables.begin(), comparables.end(), nullptr) > comparables.size() - 2)
        return {};
    QHash<QString, int> disagreements;
    for (size_t i = 0; i < contributors.size(); ++i) {
        const Prediction *a = comparables[qsizetype(i)];
        if (!a)
            continue;
        const dynamics::GroundFrame frame(a->impactPoint);
        for (size_t j = i + 1; j < contributors.size(); ++j) {
            const Prediction *b = comparables[qsizetype(j)];
            if (!b)
                continue;
            const Eigen::Vector2d offset = frame.eastNorth(b->impactPoint);
            const Eigen::Matrix2d combined = impactCovariance(*a) + impactCovariance(*b);
            if (offset.dot(combined.ldlt().solve(offset)) > kImpactGate) {
                ++disagreements[contributors[i].key.service];
                ++disagreements[contributors[j].key.service];
            }
        }
    }
    int most = 0;
    for (int count : std::as_const(disagreements))
        most = std::max(most, count);
    QStringList nations;
    for (auto it = disagreements.cbegin(); it != disagreements.cend(); ++it) {
        if (it.value() == most)
            nations.append(it.key());
    }
    nations.sort();
    return nations;
}

void DivergenceCheck::assess(FusedTrack &track, const QHash<ServiceKey, Prediction> &predictions,
                             const QSet<QString> &liveServices, qint64 nowUtcUs) const
{
    track.divergingNations = impactDisagreement(track, predictions);
    if (!track.divergingNations.isEmpty()) {
        track.divergence = Divergence::ImpactDisagrees;
        return;
    }
    const Vec3 position{track.state.x(0), track.state.x(1), track.state.x(2)};
    for (const QString &nation : liveServices) {
        if (track.seenBy.contains(nation) || !m_coverage.covers(nation, position)) {
            track.coveredSinceUtcUs.remove(nation);
            continue;
        }
        if (!track.coveredSinceUtcUs.contains(nation))
            track.coveredSinceUtcUs.insert(nation, nowUtcUs);
        if (nowUtcUs - track.coveredSinceUtcUs.value(nation) > kDetectionGraceUs)
            track.divergingNations.append(nation);
    }
    track.divergingNations.sort();
    track.divergence = track.divergingNations.isEmpty() ? Divergence::None
                                                        : Divergence::UnseenInCoverage;
}

} // namespace cop
