#include "LaunchPointEstimator.h"

#include <Eigen/QR>

#include <cmath>
#include <numbers>

namespace cop::dynamics {

namespace {

constexpr double kLongestBoostS = 300.0;
constexpr double kCoarseStepS = 1.0;
// Weight of the "launch point on the ground" row against metre-sized residuals: a hard
// constraint in practice.
constexpr double kGroundWeight = 1e3;

struct Fit
{
    Eigen::Vector3d launch;
    double residual;
};

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

// Least squares for L, A, J at a given launch time, with n . L = n . ground.
Fit fitAt(std::span<const TimedPosition> points, double t0, const Eigen::Vector3d &ground,
          const Eigen::Vector3d &up)
{
    const Eigen::Index rows = Eigen::Index(3 * points.size() + 1);
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(rows, 9);
    Eigen::VectorXd b(rows);
    for (size_t i = 0; i < points.size(); ++i) {
        const double tau = points[i].timeS - t0;
        for (int k = 0; k < 3; ++k) {
            const Eigen::Index row = Eigen::Index(3 * i + k);
            a(row, k) = 1.0;
            a(row, 3 + k) = tau * tau / 2.0;
            a(row, 6 + k) = tau * tau * tau / 6.0;
            b(row) = points[i].positionEcef(k);
        }
    }
    a.block<1, 3>(rows - 1, 0) = kGroundWeight * up.transpose();
    b(rows - 1) = kGroundWeight * up.dot(ground);
    const Eigen::VectorXd x = a.colPivHouseholderQr().solve(b);
    return {x.head<3>(), (a * x - b).squaredNorm()};
}

} // namespace

LaunchEstimate estimateLaunch(std::span<const TimedPosition> earliest)
{
    const double first = earliest.front().timeS;
    GeoPoint below = groundBelow(earliest.front().positionEcef);
    double best = first;
    // Twice: the second pass puts the ground plane under the first estimate, where the tangent
    // plane is a good stand-in for the curved ground.
    for (int pass = 0; pass < 2; ++pass) {
        const Eigen::Vector3d ground = ecef(below);
        const Eigen::Vector3d up = upAt(below);
        const auto residual = [&](double t0) { return fitAt(earliest, t0, ground, up).residual; };
        double bestResidual = INFINITY;
        for (double t0 = first - kCoarseStepS; t0 > first - kLongestBoostS; t0 -= kCoarseStepS) {
            const double r = residual(t0);
            if (r < bestResidual) {
                bestResidual = r;
                best = t0;
            }
        }
        // Golden-section refinement within a coarse step either side.
        constexpr double kGolden = 0.6180339887498949;
        double lo = best - kCoarseStepS;
        double hi = std::min(best + kCoarseStepS, first - 1e-3);
        while (hi - lo > 1e-3) {
            const double m1 = hi - kGolden * (hi - lo);
            const double m2 = lo + kGolden * (hi - lo);
            if (residual(m1) < residual(m2))
                hi = m2;
            else
                lo = m1;
        }
        best = (lo + hi) / 2.0;
        below = groundBelow(fitAt(earliest, best, ground, up).launch);
    }
    return {best, below};
}

std::optional<LaunchEstimate> backPropagateLaunch(const EarthModel &earth, double timeS,
                                                  const State &state)
{
    // Backwards in time is forwards with the velocity reversed and the Earth turning the other
    // way (the Coriolis term changes sign, the centrifugal one does not).
    EarthModel reversed = earth.vacuum();
    reversed.rotationRadPerS = -earth.rotationRadPerS;
    State flipped = state;
    flipped.tail<3>() = -state.tail<3>();
    const auto solution = BallisticPropagator(reversed).toImpact(flipped, 0.0, kLongestBoostS);
    if (!solution)
        return std::nullopt;
    return LaunchEstimate{timeS - solution->timeS, groundBelow(solution->state.head<3>())};
}

} // namespace cop::dynamics
