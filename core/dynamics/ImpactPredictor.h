#pragma once

#include "dynamics/BallisticPropagator.h"
#include "geo/ImpactEllipse.h"
#include "regions/RegionMap.h"

#include <array>
#include <string>
#include <vector>

namespace cop::dynamics {

// The uncertain start of a prediction: a track's state and covariance, plus the drag parameter
// 1/beta, which no radar measures directly and which is therefore carried with a wide prior.
struct TrackEstimate
{
    // A re-entry vehicle's beta = m / (Cd A) is typically a few thousand kg/m^2; the prior
    // covers roughly 3,000 to 15,000 kg/m^2.
    static constexpr double kTypicalInverseBeta = 1.0 / 5000.0;
    static constexpr double kTypicalInverseBetaSigma = 0.3 / 5000.0;

    State state = State::Zero();                                       // ECEF, Earth-fixed velocity
    Eigen::Matrix<double, 6, 6> covariance = Eigen::Matrix<double, 6, 6>::Zero(); // of state
    double inverseBeta = kTypicalInverseBeta;                          // m^2/kg
    double inverseBetaSigma = kTypicalInverseBetaSigma;
    // Powered flight: the prediction is the vacuum instantaneous impact point and provisional.
    bool boosting = false;
};

struct TimedPoint
{
    double timeS = 0.0; // after the estimate's time of validity
    GeoPoint point;
};

struct ImpactPrediction
{
    std::vector<TimedPoint> trajectory; // nominal, decimated for drawing, ends at impact
    TimedPoint apogee;
    TimedPoint impact; // mean over the uncertainty, on the ellipsoid
    double impactTimeSigmaS = 0.0;
    // East/north covariance of the impact point (m^2) at its own impact time, so it includes
    // the spread of the impact time along the ground track.
    Eigen::Matrix2d groundCovarianceEn = Eigen::Matrix2d::Zero();
    std::array<ImpactEllipse, 2> ellipses;           // 50 % and 95 %
    std::array<std::vector<GeoPoint>, 2> outlines;   // the same ellipses as polygons to draw
    std::vector<std::string> regionsOverflown;       // ids of the watched territories under the path
    regions::RegionMask regionsTouched;              // by the 95 % ellipse
    bool provisional = false;
};

// Impact predictions by the unscented transform over (position, velocity, 1/beta): 15 sigma
// points, each flown to its own impact with DOPRI5. const and thread-safe: one instance can
// serve a worker pool. An output reused across calls keeps its buffers, so steady-state
// predictions allocate next to nothing.
class ImpactPredictor
{
public:
    static constexpr std::array<double, 2> kConfidences{0.5, 0.95};
    static constexpr int kOutlinePoints = 72;

    explicit ImpactPredictor(const EarthModel &earth = EarthModel::wgs84(), Tolerances tolerances = {});

    // False when the nominal or a sigma point does not come down within the time limit, and at
    // once for a state on an orbital trajectory (OsculatingOrbit::orbital): none has an impact.
    bool predict(const TrackEstimate &estimate, ImpactPrediction &out) const;

    // For a state predict() declines as orbital: its ground track through its first revolution
    // (an escaping one for as long as a prediction spans), decimated for drawing, in vacuum:
    // above the air that brings orbits down, drag does not move a revolution's track. False for
    // a state that is not orbital.
    bool groundTrack(const State &state, std::vector<TimedPoint> &out) const;

    // One trajectory from one state, with the model a prediction for `boosting` uses.
    std::optional<ImpactSolution> fly(const State &state, double inverseBeta, bool boosting,
                                      std::vector<PathSample> *path = nullptr) const;

private:
    EarthModel m_earth;
    BallisticPropagator m_propagator;
    BallisticPropagator m_vacuum;
};

} // namespace cop::dynamics
