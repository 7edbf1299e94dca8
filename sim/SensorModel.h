#pragma once

#include "cop/sim/v1/scenario.pb.h"

#include <Eigen/Core>

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace cop::sim {

// A position fix as a track service receives it: converted to ECEF with its covariance.
struct PositionFix
{
    Eigen::Vector3d positionEcef;
    Eigen::Matrix3d covariance;
};

// One sensor's coverage and errors. A radar measures range along the line of sight and two
// angles across it; so does a stereo pair of early-warning satellites, coarsely, and only while
// a motor burns. The fix is Gaussian in that line-of-sight frame, which at these angle errors is
// what a converted-measurement tracker assumes anyway.
class SensorModel
{
public:
    explicit SensorModel(const cop::sim::v1::Sensor &config);
    // The abstract sensor of an old-style coverage entry: sees everything, isotropic noise, its
    // first look `delayS` after each launch.
    static SensorModel abstract(const std::string &name, double sigmaM, double revisitS,
                                double delayS);

    const std::string &name() const { return m_name; }
    double revisitS() const { return m_revisitS; }
    double latencyS() const { return m_latencyS; }
    double detectionProbability() const { return m_detectionProbability; }
    // Abstract sensors look relative to each launch rather than on their own clock.
    std::optional<double> firstLookAfterLaunchS() const { return m_firstLookAfterLaunchS; }

    // Whether the geometry (range, horizon, sectors) and, for infrared, a burning motor above the
    // clouds let the sensor see a target here.
    bool covers(const Eigen::Vector3d &targetEcef, bool thrusting) const;

    PositionFix measure(const Eigen::Vector3d &targetEcef, std::mt19937_64 &random) const;

private:
    SensorModel() = default;
    Eigen::Matrix3d covarianceAt(const Eigen::Vector3d &pointEcef) const;

    std::string m_name;
    bool m_infrared = false;
    bool m_abstract = false;
    Eigen::Vector3d m_position = Eigen::Vector3d::Zero();
    Eigen::Vector3d m_up = Eigen::Vector3d::UnitZ();
    Eigen::Vector3d m_east = Eigen::Vector3d::UnitY();
    Eigen::Vector3d m_north = Eigen::Vector3d::UnitX();
    double m_maxRangeM = 0.0;
    double m_minElevationSin = 0.0;
    std::vector<std::pair<double, double>> m_sectorsDeg;
    double m_revisitS = 1.0;
    double m_rangeSigmaM = 0.0;
    double m_angleSigmaRad = 0.0;
    double m_latencyS = 0.0;
    double m_detectionProbability = 1.0;
    double m_minTargetHeightM = 0.0;
    std::optional<double> m_firstLookAfterLaunchS;
};

} // namespace cop::sim
