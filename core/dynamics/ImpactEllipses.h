#pragma once

#include "geo/ImpactEllipse.h"

#include <Eigen/Core>

namespace cop::dynamics {

// Semi-axis per standard deviation of the 2-D Gaussian ellipse holding probability p:
// sqrt(-2 ln(1 - p)), 1.17741 for 50 %, 2.44775 for 95 %.
double ellipseScale(double confidence);

// The ellipse holding `confidence` of a Gaussian with this east/north covariance (m^2).
ImpactEllipse impactEllipse(const Eigen::Matrix2d &covarianceEn, double confidence);

// The east/north covariance (m^2) whose `ellipse.confidence` ellipse is `ellipse`: the inverse
// of impactEllipse().
Eigen::Matrix2d covarianceOf(const ImpactEllipse &ellipse);

// Whether an east/north offset from the centre lies inside that ellipse.
bool insideEllipse(const Eigen::Matrix2d &covarianceEn, double confidence,
                   const Eigen::Vector2d &offsetEn);

} // namespace cop::dynamics
