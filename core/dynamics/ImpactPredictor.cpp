#include "dynamics/ImpactPredictor.h"

#include "dynamics/GroundFrame.h"
#include "geo/ImpactEllipseOutline.h"
#include "dynamics/ImpactEllipses.h"
#include "dynamics/OsculatingOrbit.h"
#include "dynamics/TrajectoryDecimation.h"

#include <Eigen/Cholesky>

#include <cmath>
#include <numbers>

namespace cop::dynamics {

namespace {

constexpr int kDimension = 7; // position, velocity, 1/beta
constexpr int kSigmaPoints = 2 * kDimension + 1;
constexpr double kMaxFlightS = 7200.0;
// A revolution drawn as a point every 20 s before decimation: under 300 for a low orbit.
constexpr double kGroundTrackSpacingS = 20.0;
// Scaled unscented transform with alpha = 1, kappa = 0: the sigma points lie sqrt(n) sigma out
// and the centre carries no weight in the mean; beta = 2 is optimal for Gaussian priors and
// gives the centre weight 2 in the covariance.
constexpr double kSpread = 2.6457513110645907; // sqrt(kDimension)
constexpr double kOuterWeight = 1.0 / (2.0 * kDimension);
constexpr double kCentreCovarianceWeight = 2.0;

using Vector7 = Eigen::Matrix<double, kDimension, 1>;
using Matrix7 = Eigen::Matrix<double, kDimension, kDimension>;

Matrix7 squareRoot(const TrackEstimate &estimate)
{
    Matrix7 p = Matrix7::Zero();
    p.topLeftCorner<6, 6>() = estimate.covariance;
    p(6, 6) = estimate.inverseBetaSigma * estimate.inverseBetaSigma;
    const Eigen::LLT<Matrix7> llt(p);
    if (llt.info() == Eigen::Success)
        return llt.matrixL();
    // A covariance that is not positive definite (rounded, or all zero) still has a usable
    // diagonal.
    return p.diagonal().cwiseMax(0.0).cwiseSqrt().asDiagonal();
}

GeoPoint geodetic(const Eigen::Vector3d &ecef)
{
    return geodeticFromEcef({ecef.x(), ecef.y(), ecef.z()});
}

} // namespace

ImpactPredictor::ImpactPredictor(const EarthModel &earth, Tolerances tolerances)
    : m_earth(earth), m_propagator(earth, tolerances), m_vacuum(earth.vacuum(), tolerances)
{}

std::optional<ImpactSolution> ImpactPredictor::fly(const State &state, double inverseBeta,
                                                   bool boosting,
                                                   std::vector<PathSample> *path) const
{
    return (boosting ? m_vacuum : m_propagator)
        .toImpact(state, std::max(inverseBeta, 0.0), kMaxFlightS, path);
}

bool ImpactPredictor::predict(const TrackEstimate &estimate, ImpactPrediction &out) const
{
    // Flying an orbit for two hours to find no impact would be a worker's time for nothing.
    if (OsculatingOrbit::of(estimate.state, m_earth).orbital())
        return false;
    thread_local std::vector<PathSample> path;
    path.clear();
    const std::optional<ImpactSolution> nominal =
        fly(estimate.state, estimate.inverseBeta, estimate.boosting, &path);
    if (!nominal)
        return false;

    std::array<Eigen::Vector3d, kSigmaPoints> impacts;
    std::array<double, kSigmaPoints> times;
    impacts[0] = nominal->state.head<3>();
    times[0] = nominal->timeS;
    const Matrix7 root = kSpread * squareRoot(estimate);
    Vector7 mean;
    mean << estimate.state, estimate.inverseBeta;
    for (int i = 0; i < kDimension; ++i) {
        for (int sign : {1, -1}) {
            const Vector7 x = mean + sign * root.col(i);
            const auto solution = fly(x.head<6>(), x(6), estimate.boosting);
            if (!solution)
                return false;
            const int index = 1 + 2 * i + (sign > 0 ? 0 : 1);
            impacts[index] = solution->state.head<3>();
            times[index] = solution->timeS;
        }
    }

    // The centre has no weight in the means (alpha = 1, kappa = 0).
    Eigen::Vector3d meanEcef = Eigen::Vector3d::Zero();
    double meanTime = 0.0;
    for (int i = 1; i < kSigmaPoints; ++i) {
        meanEcef += kOuterWeight * impacts[i];
        meanTime += kOuterWeight * times[i];
    }
    GeoPoint centre = geodetic(meanEcef);
    centre.heightM = 0.0;
    const GroundFrame frame(centre);
    std::array<Eigen::Vector2d, kSigmaPoints> offsets;
    Eigen::Vector2d meanOffset = Eigen::Vector2d::Zero();
    for (int i = 0; i < kSigmaPoints; ++i) {
        offsets[i] = frame.eastNorth(impacts[i]);
        if (i > 0)
            meanOffset += kOuterWeight * offsets[i];
    }
    Eigen::Matrix2d covariance = Eigen::Matrix2d::Zero();
    double timeVariance = 0.0;
    for (int i = 0; i < kSigmaPoints; ++i) {
        const double weight = i == 0 ? kCentreCovarianceWeight : kOuterWeight;
        const Eigen::Vector2d d = offsets[i] - meanOffset;
        covariance += weight * d * d.transpose();
        timeVariance += weight * (times[i] - meanTime) * (times[i] - meanTime);
    }

    out.provisional = estimate.boosting;
    out.impact = {meanTime, centre};
    out.impactTimeSigmaS = std::sqrt(timeVariance);
    out.groundCovarianceEn = covariance;
    out.apogee = {nominal->apogeeTimeS, geodetic(nominal->apogeeEcef)};
    for (size_t i = 0; i < kConfidences.size(); ++i) {
        out.ellipses[i] = impactEllipse(covariance, kConfidences[i]);
        out.outlines[i] = impactEllipseOutline(centre, out.ellipses[i], kOutlinePoints);
    }

    // Overflight is judged on the full path, so a narrow strip of land is not skipped between
    // two drawing samples.
    thread_local std::vector<GeoPoint> ground;
    ground.clear();
    for (const PathSample &sample : path)
        ground.push_back(geodetic(sample.positionEcef));
    const regions::RegionMap &map = regions::RegionMap::builtIn();
    out.regionsOverflown.clear();
    map.under(ground).forEachWorstFirst([&out](regions::Region region) {
        if (region.isWatchedTerritory())
            out.regionsOverflown.emplace_back(region.id());
    });
    out.regionsTouched = map.touchedBy(out.outlines[1]);

    decimateByCurvature(path);
    out.trajectory.clear();
    for (const PathSample &sample : path)
        out.trajectory.push_back({sample.timeS, geodetic(sample.positionEcef)});
    return true;
}

bool ImpactPredictor::groundTrack(const State &state, std::vector<TimedPoint> &out) const
{
    const OsculatingOrbit orbit = OsculatingOrbit::of(state, m_earth);
    if (!orbit.orbital())
        return false;
    double durationS = kMaxFlightS;
    if (orbit.bound()) {
        const double semiMajorAxisM = -m_earth.mu / (2.0 * orbit.specificEnergy);
        durationS = std::min(durationS, 2.0 * std::numbers::pi * std::sqrt(std::pow(semiMajorAxisM, 3) / m_earth.mu));
    }
    thread_local std::vector<PathSample> path;
    path.clear();
    // An orbital state does not come down within the revolution: only the path is wanted.
    static_cast<void>(m_vacuum.toImpact(state, 0.0, durationS, &path, kGroundTrackSpacingS));
    decimateByCurvature(path);
    out.clear();
    for (const PathSample &sample : path)
        out.push_back({sample.timeS, geodetic(sample.positionEcef)});
    return out.size() >= 2;
}

} // namespace cop::dynamics
