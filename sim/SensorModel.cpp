#include "SensorModel.h"

#include "geo/GeoPoint.h"

#include <Eigen/Geometry>

#include <cmath>
#include <numbers>

namespace cop::sim {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

double heightOf(const Eigen::Vector3d &ecef)
{
    return geodeticFromEcef({ecef.x(), ecef.y(), ecef.z()}).heightM;
}

Eigen::Vector3d upAt(const Eigen::Vector3d &ecef)
{
    const GeoPoint p = geodeticFromEcef({ecef.x(), ecef.y(), ecef.z()});
    const double lat = p.latDeg * kDeg;
    const double lon = p.lonDeg * kDeg;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

bool inSector(double azimuthDeg, const std::pair<double, double> &sector)
{
    const double span = std::fmod(sector.second - sector.first + 360.0, 360.0);
    return std::fmod(azimuthDeg - sector.first + 720.0, 360.0) <= span;
}

// Two unit vectors across a line of sight.
std::pair<Eigen::Vector3d, Eigen::Vector3d> across(const Eigen::Vector3d &lineOfSight)
{
    const Eigen::Vector3d helper = std::abs(lineOfSight.z()) < 0.9 ? Eigen::Vector3d::UnitZ()
                                                                   : Eigen::Vector3d::UnitX();
    const Eigen::Vector3d first = lineOfSight.cross(helper).normalized();
    return {first, lineOfSight.cross(first)};
}

} // namespace

SensorModel::SensorModel(const cop::sim::v1::Sensor &config)
    : m_name(config.name())
    , m_infrared(config.kind() == cop::sim::v1::Sensor::KIND_SPACE_INFRARED)
    , m_maxRangeM(config.max_range_km() * 1000.0)
    , m_minElevationSin(std::sin(config.min_elevation_deg() * kDeg))
    , m_revisitS(config.revisit_s())
    , m_rangeSigmaM(config.range_sigma_m())
    , m_angleSigmaRad(config.angle_sigma_mrad() / 1000.0)
    , m_latencyS(config.latency_s())
    , m_detectionProbability(config.detection_probability() > 0.0 ? config.detection_probability()
                                                                  : 1.0)
    , m_minTargetHeightM(config.min_target_height_km() * 1000.0)
{
    const Vec3 p = ecefFromGeodetic(
        {config.position().lat_deg(), config.position().lon_deg(), config.height_m()});
    m_position = {p[0], p[1], p[2]};
    const double lat = config.position().lat_deg() * kDeg;
    const double lon = config.position().lon_deg() * kDeg;
    m_up = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
    m_east = {-std::sin(lon), std::cos(lon), 0.0};
    m_north = m_up.cross(m_east);
    for (const auto &sector : config.sectors())
        m_sectorsDeg.emplace_back(sector.from_deg(), sector.to_deg());
}

SensorModel SensorModel::abstract(const std::string &name, double sigmaM, double revisitS,
                                  double delayS)
{
    SensorModel sensor;
    sensor.m_name = name;
    sensor.m_abstract = true;
    sensor.m_rangeSigmaM = sigmaM;
    sensor.m_revisitS = revisitS;
    sensor.m_firstLookAfterLaunchS = delayS;
    return sensor;
}

bool SensorModel::covers(const Eigen::Vector3d &target, bool thrusting) const
{
    if (m_abstract)
        return true;
    const Eigen::Vector3d toTarget = target - m_position;
    const double range = toTarget.norm();
    if (m_maxRangeM > 0.0 && range > m_maxRangeM)
        return false;
    if (m_infrared) {
        // The plume must burn above the clouds, and the satellite must stand above the target's
        // horizon: otherwise the Earth is in the way.
        return thrusting && heightOf(target) >= m_minTargetHeightM
               && -toTarget.dot(upAt(target)) / range >= m_minElevationSin;
    }
    if (toTarget.dot(m_up) / range < m_minElevationSin)
        return false;
    if (m_sectorsDeg.empty())
        return true;
    const double azimuth = std::atan2(toTarget.dot(m_east), toTarget.dot(m_north)) / kDeg;
    for (const auto &sector : m_sectorsDeg) {
        if (inSector(azimuth, sector))
            return true;
    }
    return false;
}

Eigen::Matrix3d SensorModel::covarianceAt(const Eigen::Vector3d &point) const
{
    if (m_abstract)
        return Eigen::Matrix3d::Identity() * (m_rangeSigmaM * m_rangeSigmaM);
    const Eigen::Vector3d lineOfSight = (point - m_position).normalized();
    const auto [first, second] = across(lineOfSight);
    const double crossSigma = (point - m_position).norm() * m_angleSigmaRad;
    return m_rangeSigmaM * m_rangeSigmaM * lineOfSight * lineOfSight.transpose()
           + crossSigma * crossSigma * (first * first.transpose() + second * second.transpose());
}

PositionFix SensorModel::measure(const Eigen::Vector3d &target, std::mt19937_64 &random) const
{
    std::normal_distribution<double> normal;
    Eigen::Vector3d error;
    if (m_abstract) {
        error = m_rangeSigmaM * Eigen::Vector3d(normal(random), normal(random), normal(random));
    } else {
        const Eigen::Vector3d lineOfSight = (target - m_position).normalized();
        const auto [first, second] = across(lineOfSight);
        const double crossSigma = (target - m_position).norm() * m_angleSigmaRad;
        error = m_rangeSigmaM * normal(random) * lineOfSight
                + crossSigma * (normal(random) * first + normal(random) * second);
    }
    const Eigen::Vector3d measured = target + error;
    // The service knows only the measurement, so that is where the covariance is taken.
    return {measured, covarianceAt(measured)};
}

} // namespace cop::sim
