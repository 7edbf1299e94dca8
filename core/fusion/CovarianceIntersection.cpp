#include "fusion/CovarianceIntersection.h"

#include "fusion/Cholesky6.h"

#include <QVarLengthArray>

#include <algorithm>

namespace cop {

StateEstimate covarianceIntersection(std::span<const StateEstimate> inputs)
{
    if (inputs.size() == 1)
        return inputs.front();
    qint64 time = 0;
    for (const StateEstimate &input : inputs)
        time = std::max(time, input.timeUtcUs);

    // The fuser passes estimates it has flown to one time already: those are used as they are.
    QVarLengthArray<StateEstimate, 4> flown;
    const bool oneTime = std::all_of(inputs.begin(), inputs.end(),
                                     [time](const StateEstimate &input) { return input.timeUtcUs == time; });
    if (!oneTime) {
        flown.reserve(inputs.size());
        for (const StateEstimate &input : inputs)
            flown.append(input.extrapolatedTo(time));
    }
    const std::span<const StateEstimate> aligned = oneTime ? inputs : std::span<const StateEstimate>(flown.data(), size_t(flown.size()));
    double weightSum = 0.0;
    for (const StateEstimate &input : aligned)
        weightSum += 1.0 / input.P.trace();
    const auto best = std::min_element(aligned.begin(), aligned.end(), [](const auto &a, const auto &b) {
        return a.P.trace() < b.P.trace();
    });
    Matrix6d information = Matrix6d::Zero();
    Vector6d informationState = Vector6d::Zero();
    for (const StateEstimate &input : aligned) {
        const double weight = (1.0 / input.P.trace()) / weightSum;
        const Matrix6d inverse = Cholesky6(input.P).inverse();
        information += weight * inverse;
        informationState += weight * inverse * input.x;
    }
    StateEstimate fused;
    fused.timeUtcUs = time;
    fused.processNoise = best->processNoise;
    fused.P = Cholesky6(information).inverse();
    fused.x = fused.P * informationState;
    return best->P.trace() < fused.P.trace() ? *best : fused;
}

} // namespace cop
