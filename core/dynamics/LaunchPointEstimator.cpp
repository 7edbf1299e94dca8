#include "dynamics/LaunchPointEstimator.h"

#include "dynamics/GroundFrame.h"
#include "dynamics/ImpactPredictor.h"
#include "dynamics/PlausibleBoosts.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <span>

namespace cop::dynamics {

namespace {

constexpr double kLongestBoostS = 300.0;
// A track first seen late, but still climbing, is flown back through its flight so far.
constexpr double kLongestFlightS = 3600.0;
constexpr double kBackPathSpacingS = 0.5;
// How closely a boost's burnout must match the backward arc: the boosts are a grid, and the
// track's velocity is itself uncertain.
constexpr double kSpeedMatchFraction = 0.04;
constexpr double kFlightPathMatchDeg = 2.5;
// What the boost model gets wrong whatever the weights: the real missile's drag, staging, Earth
// rotation and steering, and its track's own error.
constexpr double kBoostModelSigmaM = 5000.0;
constexpr double kBoostModelTimeSigmaS = 3.0;
constexpr double kDeg = std::numbers::pi / 180.0;

Eigen::Vector3d ecef(const GeoPoint &point)
{
    const Vec3 v = ecefFromGeodetic(point);
    return {v[0], v[1], v[2]};
}

GeoPoint groundBelow(const Eigen::Vector3d &p)
{
    GeoPoint point = geodeticFromEcef({p.x(), p.y(), p.z()});
    point.heightM = 0.0;
    return point;
}

Eigen::Vector3d upAt(const GeoPoint &point)
{
    const double lat = point.latDeg * std::numbers::pi / 180.0;
    const double lon = point.lonDeg * std::numbers::pi / 180.0;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

Eigen::Vector3d eastAt(const GeoPoint &point)
{
    const double lon = point.lonDeg * std::numbers::pi / 180.0;
    return {-std::sin(lon), std::cos(lon), 0.0};
}

Eigen::Vector3d northAt(const GeoPoint &point)
{
    return upAt(point).cross(eastAt(point));
}

// Flies a state backwards in time until it meets the ground: forwards with the velocity reversed,
// the Earth turning the other way (the Coriolis term changes sign, the centrifugal one does not)
// and drag pushing instead of braking (a negative 1/beta). The path's positions are the flight's
// own, at timeS minus the sample's time.
std::optional<ImpactSolution> flyBack(const EarthModel &earth, const State &state, double inverseBeta,
                                      double maxTimeS, std::vector<PathSample> *path = nullptr)
{
    EarthModel reversed = earth;
    reversed.rotationRadPerS = -earth.rotationRadPerS;
    State flipped = state;
    flipped.tail<3>() = -state.tail<3>();
    return BallisticPropagator(reversed).toImpact(flipped, -inverseBeta, maxTimeS, path, kBackPathSpacingS);
}

// A moment of the flight the boosts are matched at.
struct Moment
{
    double timeS;
    Eigen::Vector3d positionEcef;
    Eigen::Vector3d velocityEcef;
};

struct Candidate
{
    Eigen::Vector2d launchEn; // in the estimate's reference frame
    double launchTimeS;
    double chiSquare;
};

// Where a boost that passes `sample` at this moment was launched, and how well its speed and
// flight-path angle there match the moment's.
std::optional<Candidate> candidateFor(const Moment &moment, const BoostSample &sample, double velocitySigmaMps,
                                      const GroundFrame &frame)
{
    const Eigen::Vector3d &v = moment.velocityEcef;
    const double speed = v.norm();
    if (!(speed > 0.0))
        return std::nullopt;
    const GeoPoint below = groundBelow(moment.positionEcef);
    const Eigen::Vector3d up = upAt(below);
    const double flightPathDeg = std::asin(std::clamp(v.dot(up) / speed, -1.0, 1.0)) / kDeg;
    const Eigen::Vector3d horizontal = v - v.dot(up) * up;
    const Eigen::Vector3d heading = horizontal.norm() > 0.0 ? horizontal.normalized() : Eigen::Vector3d::Zero();
    const double dv = (speed - sample.speedMps) / std::hypot(kSpeedMatchFraction * sample.speedMps, velocitySigmaMps);
    const double dg = (flightPathDeg - sample.flightPathDeg) / std::hypot(kFlightPathMatchDeg, velocitySigmaMps / speed / kDeg);
    return Candidate{frame.eastNorth(ecef(below) - sample.downrangeM * heading), moment.timeS - sample.timeS,
                     dv * dv + dg * dg};
}

// The moment a backward arc (samples from the ground up, heights rising) passes a height.
std::optional<Moment> arcAt(std::span<const PathSample> ascending, std::span<const double> heights, double heightM,
                            double timeS)
{
    const auto above = std::find_if(heights.begin(), heights.end(), [&](double h) { return h >= heightM; });
    if (above == heights.begin() || above == heights.end())
        return std::nullopt;
    const size_t k = size_t(above - heights.begin());
    const PathSample &low = ascending[k - 1], &high = ascending[k];
    const double f = (heightM - heights[k - 1]) / (heights[k] - heights[k - 1]);
    // A sample's time runs backwards: the higher one is later in the flight.
    return Moment{timeS - (low.timeS + f * (high.timeS - low.timeS)),
                  low.positionEcef + f * (high.positionEcef - low.positionEcef),
                  (high.positionEcef - low.positionEcef) / (low.timeS - high.timeS)};
}

// The weighted mean and spread of the candidates, plus what the boost model gets wrong.
std::optional<LaunchEstimate> estimateFrom(const std::vector<Candidate> &candidates, const GeoPoint &reference)
{
    if (candidates.empty())
        return std::nullopt;
    const double best = std::min_element(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
                            return a.chiSquare < b.chiSquare;
                        })->chiSquare;
    double total = 0.0;
    Eigen::Vector3d mean = Eigen::Vector3d::Zero();
    Eigen::Matrix3d moment = Eigen::Matrix3d::Zero();
    for (const Candidate &c : candidates) {
        const double w = std::exp(-0.5 * (c.chiSquare - best));
        const Eigen::Vector3d x(c.launchEn.x(), c.launchEn.y(), c.launchTimeS);
        total += w;
        mean += w * x;
        moment += w * x * x.transpose();
    }
    mean /= total;
    const Eigen::Matrix3d spread = moment / total - mean * mean.transpose();
    // A missile unlike every plausible boost gets a statement widened in proportion.
    const double misfit = std::max(1.0, best / 2.0);
    LaunchEstimate estimate;
    estimate.launchTimeS = mean.z();
    estimate.point = groundBelow(ecef(reference) + mean.x() * eastAt(reference) + mean.y() * northAt(reference));
    estimate.covarianceEn = misfit * spread.topLeftCorner<2, 2>()
                            + kBoostModelSigmaM * kBoostModelSigmaM * Eigen::Matrix2d::Identity();
    estimate.timeSigmaS = std::sqrt(misfit * spread(2, 2) + kBoostModelTimeSigmaS * kBoostModelTimeSigmaS);
    return estimate;
}

} // namespace

std::optional<LaunchEstimate> backPropagateLaunch(const EarthModel &earth, double timeS,
                                                  const State &state)
{
    const auto solution = flyBack(earth.vacuum(), state, 0.0, kLongestBoostS);
    if (!solution)
        return std::nullopt;
    return LaunchEstimate{timeS - solution->timeS, groundBelow(solution->state.head<3>())};
}

std::optional<LaunchEstimate> backFitLaunch(const EarthModel &earth, double timeS, const State &state,
                                            double velocitySigmaMps)
{
    // Coming down, the state has been through apogee and perhaps the air: flown back for the
    // whole flight, its velocity's error and the unknown drag would put the launch anywhere.
    if (state.head<3>().dot(state.tail<3>()) < 0.0)
        return std::nullopt;
    std::vector<PathSample> path;
    // After burnout the air brakes a re-entry vehicle more than the booster it flew on.
    const auto solution = flyBack(earth, state, TrackEstimate::kTypicalInverseBeta, kLongestFlightS, &path);
    if (!solution || path.size() < 2)
        return std::nullopt;
    // The ascending leg: from the ground back up to the highest point of the arc.
    std::reverse(path.begin(), path.end());
    const BallisticDynamics dynamics(earth, 0.0);
    std::vector<double> heights;
    for (const PathSample &sample : path) {
        const double h = dynamics.height(sample.positionEcef);
        if (!heights.empty() && h < heights.back())
            break;
        heights.push_back(h);
    }
    const std::span<const PathSample> ascending(path.data(), heights.size());
    const GeoPoint reference = groundBelow(solution->state.head<3>());
    const GroundFrame frame(reference);
    std::vector<Candidate> candidates;
    for (const PlausibleBoost &boost : plausibleBoosts()) {
        const BoostSample &burnout = boost.back();
        if (const auto moment = arcAt(ascending, heights, burnout.heightM, timeS)) {
            if (const auto candidate = candidateFor(*moment, burnout, velocitySigmaMps, frame))
                candidates.push_back(*candidate);
        }
    }
    return estimateFrom(candidates, reference);
}

std::optional<LaunchEstimate> boostFitLaunch(double timeS, const State &state, double velocitySigmaMps)
{
    // A boost climbs.
    if (state.head<3>().dot(state.tail<3>()) <= 0.0)
        return std::nullopt;
    const Moment now{timeS, state.head<3>(), state.tail<3>()};
    const GeoPoint reference = groundBelow(now.positionEcef);
    const double heightM = geodeticFromEcef({now.positionEcef.x(), now.positionEcef.y(), now.positionEcef.z()}).heightM;
    const GroundFrame frame(reference);
    std::vector<Candidate> candidates;
    for (const PlausibleBoost &boost : plausibleBoosts()) {
        if (const auto sample = sampleAt(boost, heightM)) {
            if (const auto candidate = candidateFor(now, *sample, velocitySigmaMps, frame))
                candidates.push_back(*candidate);
        }
    }
    return estimateFrom(candidates, reference);
}

} // namespace cop::dynamics
