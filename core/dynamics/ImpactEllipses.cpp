#include "dynamics/ImpactEllipses.h"

#include <Eigen/Eigenvalues>

#include <cmath>
#include <numbers>

namespace cop::dynamics {

double ellipseScale(double confidence)
{
    return std::sqrt(-2.0 * std::log(1.0 - confidence));
}

ImpactEllipse impactEllipse(const Eigen::Matrix2d &covarianceEn, double confidence)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(covarianceEn);
    const double k = ellipseScale(confidence);
    // Eigenvalues come in increasing order: the second belongs to the major axis.
    const Eigen::Vector2d major = eigen.eigenvectors().col(1);
    double azimuth = std::atan2(major.x(), major.y()) * 180.0 / std::numbers::pi;
    azimuth = std::fmod(azimuth + 360.0, 180.0);
    return {confidence, k * std::sqrt(std::max(eigen.eigenvalues()(1), 0.0)),
            k * std::sqrt(std::max(eigen.eigenvalues()(0), 0.0)), azimuth};
}

Eigen::Matrix2d covarianceOf(const ImpactEllipse &ellipse)
{
    const double k = ellipseScale(ellipse.confidence);
    const double azimuth = ellipse.orientationDeg * std::numbers::pi / 180.0;
    const Eigen::Vector2d major(std::sin(azimuth), std::cos(azimuth)); // east, north
    const Eigen::Vector2d minor(major.y(), -major.x());
    const double a = ellipse.semiMajorM / k;
    const double b = ellipse.semiMinorM / k;
    return a * a * major * major.transpose() + b * b * minor * minor.transpose();
}

bool insideEllipse(const Eigen::Matrix2d &covarianceEn, double confidence,
                   const Eigen::Vector2d &offsetEn)
{
    const double k = ellipseScale(confidence);
    return offsetEn.dot(covarianceEn.ldlt().solve(offsetEn)) <= k * k;
}

} // namespace cop::dynamics
