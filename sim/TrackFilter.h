#pragma once

#include "SensorModel.h"

#include "dynamics/BallisticDynamics.h"
#include "dynamics/ImpactPredictor.h"

#include <Eigen/Core>

namespace cop::sim {

// The extended Kalman filter of one track: position, Earth-fixed velocity and, while the motor
// burns, its thrust acceleration, in ECEF. Between fixes the state flies the flight-dynamics
// core's equations of motion (gravity with J2, Earth rotation, drag at a typical re-entry
// vehicle's ballistic coefficient) plus the thrust estimate. Process noise covers what the model
// does not know: the thrust's changes (random-walk jerk) while powered, the drag of the real
// vehicle in the air.
//
// A track starts powered, since it usually starts in boost. Once the thrust estimate has been
// insignificant for a few fixes in a row the filter declares burnout and drops it: from then on
// it is ballistic, and predictions from it stop being provisional.
class TrackFilter
{
public:
    using Vector9 = Eigen::Matrix<double, 9, 1>;
    using Matrix9 = Eigen::Matrix<double, 9, 9>;

    // Two fixes start a track: position from the second, velocity from the difference. The
    // drag it models is that of an object with this 1/beta (m^2/kg).
    TrackFilter(const PositionFix &first, double firstS, const PositionFix &second,
                double secondS,
                double inverseBeta = cop::dynamics::TrackEstimate::kTypicalInverseBeta);

    double timeS() const { return m_timeS; }
    bool powered() const { return m_powered; }
    // Powered, and a forward thrust stands out of the estimate's noise: not merely a new track
    // that has not yet declared burnout (a missile first seen coasting starts powered too).
    bool thrustEvident() const;
    cop::dynamics::State state() const { return m_x.head<6>(); }
    Eigen::Matrix<double, 6, 6> covariance() const { return m_p.topLeftCorner<6, 6>(); }
    double heightM() const;
    // Climbing or falling, relative to the ellipsoid.
    bool descending() const;

    // Flies the estimate to a later time.
    void predictTo(double timeS);
    // Fuses a fix of the track's time (predict first).
    void update(const PositionFix &fix);

private:
    void predictStep(double stepS);
    // Squared Mahalanobis length of the thrust estimate.
    double thrustSignificance() const;
    void checkForBurnout();
    void reignite();

    Vector9 m_x = Vector9::Zero();
    Matrix9 m_p = Matrix9::Zero();
    double m_timeS = 0.0;
    double m_lastFixS = 0.0;
    bool m_powered = true;
    int m_fixes = 0;
    int m_quietFixes = 0;
    int m_surprises = 0;
    cop::dynamics::BallisticDynamics m_dynamics;
};

} // namespace cop::sim
