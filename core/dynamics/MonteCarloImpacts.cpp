#include "dynamics/MonteCarloImpacts.h"

#include <Eigen/Cholesky>

#include <random>

namespace cop::dynamics {

std::vector<TimedPoint> monteCarloImpacts(const ImpactPredictor &predictor,
                                          const TrackEstimate &estimate, int samples,
                                          std::uint64_t seed)
{
    const Eigen::Matrix<double, 6, 6> root =
        estimate.covariance.llt().matrixL().toDenseMatrix();
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    std::vector<TimedPoint> impacts;
    impacts.reserve(samples);
    for (int i = 0; i < samples; ++i) {
        Eigen::Matrix<double, 6, 1> z;
        for (int k = 0; k < 6; ++k)
            z(k) = normal(random);
        const State state = estimate.state + root * z;
        const double inverseBeta = estimate.inverseBeta + estimate.inverseBetaSigma * normal(random);
        if (const auto solution = predictor.fly(state, inverseBeta, estimate.boosting)) {
            const Eigen::Vector3d p = solution->state.head<3>();
            GeoPoint point = geodeticFromEcef({p.x(), p.y(), p.z()});
            point.heightM = 0.0;
            impacts.push_back({solution->timeS, point});
        }
    }
    return impacts;
}

} // namespace cop::dynamics
