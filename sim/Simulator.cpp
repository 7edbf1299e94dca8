#include "Simulator.h"

#include "Clock.h"
#include "EventLog.h"
#include "Regions.h"

#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace cop::sim {

namespace {

using cop::v1::PictureEvent;

constexpr std::chrono::milliseconds kTick{50};
constexpr double kDefaultPredictionPeriodS = 5.0;
constexpr int kTrajectorySamples = 40;
// Same-axis correlation of position and velocity errors in the covariance: a tracking filter's
// errors are correlated, and a covariance without any would look synthetic.
constexpr double kPositionVelocityCorrelation = 0.5;
// Semi-axis per standard deviation for a 2-D Gaussian ellipse holding p: sqrt(-2 ln(1 - p)).
constexpr double kSigmaScale50 = 1.17741;
constexpr double kSigmaScale95 = 2.44775;

struct IdStyle
{
    const char *prefix;
    const char *trackLetter;
    int digits;
};

// Each nation numbers its own tracks its own way, as real services do.
IdStyle idStyle(cop::v1::Nation nation)
{
    switch (nation) {
    case cop::v1::NATION_JP:
        return {"JP-", "T", 4};
    case cop::v1::NATION_KR:
        return {"KR-", "", 3};
    default:
        return {"US-", "", 4};
    }
}

const cop::sim::v1::NationCoverage *
coverageFor(cop::v1::Nation nation,
            const google::protobuf::RepeatedPtrField<cop::sim::v1::NationCoverage> &list)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const auto &entry) { return entry.nation() == nation; });
    return it == list.end() ? nullptr : &*it;
}

cop::v1::Severity launchSeverity(const std::string &impactRegion)
{
    return impactRegion == kRegionJapanTerritory ? cop::v1::SEVERITY_CRITICAL
                                                 : cop::v1::SEVERITY_WARNING;
}

double predictionPeriodOf(const cop::sim::v1::NationCoverage &coverage)
{
    return coverage.prediction_period_s() > 0.0 ? coverage.prediction_period_s()
                                                : kDefaultPredictionPeriodS;
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// The point `eastM` and `northM` away from (lat, lon) along the geodesic.
std::pair<double, double> offsetPoint(double latDeg, double lonDeg, double eastM, double northM)
{
    double lat = latDeg;
    double lon = lonDeg;
    const double distance = std::hypot(eastM, northM);
    if (distance > 0.0) {
        const double azimuth = std::atan2(eastM, northM) * 180.0 / std::numbers::pi;
        GeographicLib::Geodesic::WGS84().Direct(latDeg, lonDeg, azimuth, distance, lat, lon);
    }
    return {lat, lon};
}

} // namespace

Simulator::Simulator(EventLog &log, cop::sim::v1::Scenario scenario, cop::v1::Nation nation,
                     uint64_t seed, double rate)
    : m_log(log)
    , m_scenario(std::move(scenario))
    , m_nation(nation)
    , m_rate(rate)
    , m_startUtcUs(nowUtcUs())
{
    // The same seed must still give each nation its own noise.
    std::seed_seq seeds{static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32),
                        static_cast<uint32_t>(nation)};
    m_random.seed(seeds);
}

Simulator::~Simulator()
{
    stop();
}

void Simulator::start()
{
    m_startUtcUs = nowUtcUs();
    const auto startSteady = std::chrono::steady_clock::now();
    m_thread = std::thread([this, startSteady] {
        std::unique_lock lock(m_stopMutex);
        do {
            const std::chrono::duration<double> elapsed =
                std::chrono::steady_clock::now() - startSteady;
            lock.unlock();
            advanceTo(elapsed.count() * m_rate);
            lock.lock();
        } while (!m_stopRequested.wait_for(lock, kTick, [this] { return m_stopping; }));
    });
}

void Simulator::stop()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopRequested.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int64_t Simulator::utcUsAt(double scenarioTimeS) const
{
    return m_startUtcUs + static_cast<int64_t>(std::llround(scenarioTimeS / m_rate * 1e6));
}

void Simulator::advanceTo(double scenarioTimeS)
{
    const double loop = m_scenario.loop_period_s();
    while ((m_cyclesStarted == 0 || loop > 0.0) && m_cyclesStarted * loop <= scenarioTimeS) {
        startCycle(m_cyclesStarted * loop);
        ++m_cyclesStarted;
    }
    std::erase_if(m_flights, [&](Flight &flight) { return playUntil(flight, scenarioTimeS); });
}

void Simulator::startCycle(double cycleStartS)
{
    for (const auto &launch : m_scenario.launches()) {
        const auto *coverage = coverageFor(m_nation, launch.coverage());
        if (!coverage)
            coverage = coverageFor(m_nation, m_scenario.coverage());
        if (!coverage)
            continue;
        const double launchTimeS = cycleStartS + launch.launch_offset_s();
        m_flights.push_back(Flight{ScriptedFlight(launch), &launch, *coverage, launchTimeS,
                                   launchTimeS + coverage->detection_delay_s(), 0.0, 0.0});
    }
}

bool Simulator::playUntil(Flight &flight, double untilS)
{
    const double impactS = flight.impactTimeS();
    if (!flight.detected) {
        // A flight this nation sees too late to report is over for it without a word.
        if (flight.detectionTimeS >= impactS)
            return impactS <= untilS;
        if (flight.detectionTimeS > untilS)
            return false;
        detect(flight);
    }
    for (;;) {
        const double next = std::min({flight.nextReportS, flight.nextPredictionS, impactS});
        if (next > untilS)
            return false;
        if (next == impactS) {
            impact(flight);
            return true;
        }
        if (next == flight.nextReportS) {
            report(flight, next);
            flight.nextReportS += flight.coverage.report_period_s();
        } else {
            reassessImpact(flight, publishPrediction(flight, next));
        }
    }
}

void Simulator::detect(Flight &flight)
{
    const IdStyle style = idStyle(m_nation);
    const double timeS = flight.detectionTimeS;
    flight.detected = true;
    flight.trackId = nextId(style.trackLetter, &m_trackCount);

    // The launch point is estimated from the first detections: a few times the track noise.
    const double pointSigma = 2.0 * flight.coverage.position_noise_m();
    const auto [lat, lon] = offsetPoint(flight.truth.site().lat_deg(), flight.truth.site().lon_deg(),
                                        gaussian(pointSigma), gaussian(pointSigma));
    PictureEvent launchEvent;
    cop::v1::Launch *launch = launchEvent.mutable_launch();
    launch->set_launch_id(nextId("L", &m_launchCount));
    launch->set_track_id(flight.trackId);
    launch->set_launch_time_utc_us(utcUsAt(flight.launchTimeS + gaussian(1.0)));
    launch->mutable_point()->set_lat_deg(lat);
    launch->mutable_point()->set_lon_deg(lon);
    for (const double value : {pointSigma * pointSigma, 0.0, pointSigma * pointSigma})
        launch->add_point_covariance_en(value);
    launch->set_exercise(flight.launch->exercise());
    m_log.append(std::move(launchEvent));

    report(flight, timeS);
    flight.nextReportS = timeS + flight.coverage.report_period_s();

    raiseAlerts(flight, publishPrediction(flight, timeS), timeS);
}

void Simulator::report(Flight &flight, double timeS)
{
    const FlightState truth = flight.truth.at(timeS - flight.launchTimeS);
    const double sigma = flight.coverage.position_noise_m();
    // Velocity from two noisy fixes one report apart.
    const double sigmaV = sigma * std::numbers::sqrt2 / flight.coverage.report_period_s();

    PictureEvent event;
    cop::v1::TrackUpdate *update = event.mutable_track_update();
    update->set_track_id(flight.trackId);
    update->set_time_utc_us(utcUsAt(timeS));
    update->mutable_position_ecef()->set_x(truth.positionEcef[0] + gaussian(sigma));
    update->mutable_position_ecef()->set_y(truth.positionEcef[1] + gaussian(sigma));
    update->mutable_position_ecef()->set_z(truth.positionEcef[2] + gaussian(sigma));
    update->mutable_velocity_ecef()->set_x((truth.velocityEcef[0] + gaussian(sigmaV)) * m_rate);
    update->mutable_velocity_ecef()->set_y((truth.velocityEcef[1] + gaussian(sigmaV)) * m_rate);
    update->mutable_velocity_ecef()->set_z((truth.velocityEcef[2] + gaussian(sigmaV)) * m_rate);

    const double varP = sigma * sigma;
    const double varV = sigmaV * sigmaV * m_rate * m_rate;
    const double covPV = kPositionVelocityCorrelation * sigma * sigmaV * m_rate;
    for (int row = 0; row < 6; ++row) {
        for (int col = row; col < 6; ++col) {
            double value = 0.0;
            if (col == row)
                value = row < 3 ? varP : varV;
            else if (col == row + 3)
                value = covPV;
            update->add_covariance_upper(value);
        }
    }

    update->set_phase(truth.phase);
    update->set_affiliation(cop::v1::AFFILIATION_HOSTILE);
    // Confidence grows as the track matures.
    update->set_quality(static_cast<float>(std::min(0.95, 0.5 + 0.05 * flight.reports)));
    for (const std::string &sensor : flight.coverage.sensors())
        update->add_contributing_sensors(sensor);
    update->set_exercise(flight.launch->exercise());
    m_log.append(std::move(event));
    ++flight.reports;
}

cop::v1::Prediction Simulator::predict(const Flight &flight, double timeS)
{
    const ScriptedFlight &truth = flight.truth;
    const double flightTime = truth.flightTimeS();
    const double elapsed = std::clamp(timeS - flight.launchTimeS, 0.0, flightTime);
    const double remaining = flightTime - elapsed;
    const bool boosting = elapsed < truth.boostDurationS();

    // The error shrinks as less flight remains to be extrapolated; boost is worse still.
    const double sigma = flight.coverage.position_noise_m();
    const double rangeM = flight.launch->range_km() * 1000.0;
    const double sigmaAlong = std::max(3.0 * sigma + 100.0, 0.03 * rangeM * remaining / flightTime)
                              * (boosting ? 2.0 : 1.0);
    const double sigmaCross = 0.4 * sigmaAlong;
    const double sigmaTimeS = 0.5 + 0.02 * remaining;

    const double azimuth = truth.impactAzimuthDeg();
    const double along = gaussian(sigmaAlong);
    const double cross = gaussian(sigmaCross);
    const FlightState impactTruth = truth.at(flightTime);
    const auto [impactLat, impactLon] = offsetPoint(
        impactTruth.latDeg, impactTruth.lonDeg,
        along * std::sin(radians(azimuth)) + cross * std::cos(radians(azimuth)),
        along * std::cos(radians(azimuth)) - cross * std::sin(radians(azimuth)));

    cop::v1::Prediction prediction;
    prediction.set_track_id(flight.trackId);
    prediction.set_issued_utc_us(utcUsAt(timeS));
    // The drawn trajectory bends smoothly from the track towards the predicted impact point.
    for (int i = 0; i <= kTrajectorySamples; ++i) {
        const double fraction = static_cast<double>(i) / kTrajectorySamples;
        const double t = elapsed + fraction * remaining;
        const FlightState state = truth.at(t);
        cop::v1::TrajectorySample *sample = prediction.add_trajectory();
        sample->set_time_utc_us(utcUsAt(flight.launchTimeS + t));
        sample->mutable_point()->set_lat_deg(state.latDeg
                                             + fraction * (impactLat - impactTruth.latDeg));
        sample->mutable_point()->set_lon_deg(state.lonDeg
                                             + fraction * (impactLon - impactTruth.lonDeg));
        sample->mutable_point()->set_height_m(state.heightM);
    }
    const FlightState apogee = truth.at(flightTime / 2.0);
    prediction.mutable_apogee()->set_lat_deg(apogee.latDeg);
    prediction.mutable_apogee()->set_lon_deg(apogee.lonDeg);
    prediction.mutable_apogee()->set_height_m(apogee.heightM);
    prediction.mutable_impact_point()->set_lat_deg(impactLat);
    prediction.mutable_impact_point()->set_lon_deg(impactLon);
    prediction.set_impact_time_utc_us(
        utcUsAt(flight.impactTimeS() + gaussian(sigmaTimeS)));
    prediction.set_impact_time_sigma_s(sigmaTimeS / m_rate);
    for (const auto &[confidence, scale] : {std::pair{0.5, kSigmaScale50},
                                           std::pair{0.95, kSigmaScale95}}) {
        cop::v1::ImpactEllipse *ellipse = prediction.add_ellipses();
        ellipse->set_confidence(confidence);
        ellipse->set_semi_major_m(scale * sigmaAlong);
        ellipse->set_semi_minor_m(scale * sigmaCross);
        ellipse->set_orientation_deg(std::fmod(azimuth + 360.0, 180.0));
    }
    prediction.set_provisional(boosting);
    prediction.set_exercise(flight.launch->exercise());
    return prediction;
}

cop::v1::Prediction Simulator::publishPrediction(Flight &flight, double timeS)
{
    cop::v1::Prediction prediction = predict(flight, timeS);
    if (!flight.coverage.withhold_predictions()) {
        PictureEvent event;
        *event.mutable_prediction() = prediction;
        m_log.append(std::move(event));
    }
    flight.nextPredictionS = timeS + predictionPeriodOf(flight.coverage);
    return prediction;
}

void Simulator::raiseAlerts(Flight &flight, const cop::v1::Prediction &prediction, double timeS)
{
    const std::string impactRegion =
        regionAt(prediction.impact_point().lat_deg(), prediction.impact_point().lon_deg());
    const auto raise = [&](cop::v1::AlertKind kind, cop::v1::Severity severity,
                           const std::string &region) {
        PictureEvent event;
        cop::v1::AlertUpdate *alert = event.mutable_alert_update();
        alert->set_alert_id(nextId("A", &m_alertCount));
        alert->set_kind(kind);
        alert->set_severity(severity);
        alert->set_track_id(flight.trackId);
        alert->set_region_id(region);
        alert->set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        alert->set_raised_utc_us(utcUsAt(timeS));
        alert->set_predicted_impact_utc_us(prediction.impact_time_utc_us());
        alert->set_exercise(flight.launch->exercise());
        flight.alertIds.push_back(alert->alert_id());
        m_log.append(std::move(event));
    };

    flight.impactRegion = impactRegion;
    raise(cop::v1::ALERT_KIND_LAUNCH_DETECTED, launchSeverity(impactRegion), impactRegion);

    const auto &path = prediction.trajectory();
    const bool overflies =
        impactRegion != kRegionJapanTerritory
        && std::any_of(path.begin(), path.end(), [](const cop::v1::TrajectorySample &sample) {
               return regionAt(sample.point().lat_deg(), sample.point().lon_deg())
                      == kRegionJapanTerritory;
           });
    if (overflies)
        raise(cop::v1::ALERT_KIND_OVERFLIGHT, cop::v1::SEVERITY_CRITICAL, kRegionJapanTerritory);
}

void Simulator::reassessImpact(Flight &flight, const cop::v1::Prediction &prediction)
{
    // Early predictions are rough: an impact region can change as the track matures, and the
    // launch alert follows it instead of standing on the first guess. Two predictions in a row
    // must agree before it moves, so noise near a boundary does not make the alert chatter.
    const std::string region =
        regionAt(prediction.impact_point().lat_deg(), prediction.impact_point().lon_deg());
    const bool confirmed = region == flight.candidateRegion;
    flight.candidateRegion = region == flight.impactRegion ? std::string() : region;
    if (!confirmed || region == flight.impactRegion)
        return;
    flight.impactRegion = region;
    flight.candidateRegion.clear();
    m_log.updateAlert(flight.alertIds.front(), [&](cop::v1::AlertUpdate &alert) {
        const cop::v1::Severity severity = launchSeverity(region);
        // A worse outlook must be acknowledged again; a milder one needs no new attention.
        if (severity > alert.severity()
            && alert.state() == cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED)
            alert.set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        alert.set_severity(severity);
        alert.set_region_id(region);
        alert.set_predicted_impact_utc_us(prediction.impact_time_utc_us());
        return true;
    });
}

void Simulator::impact(Flight &flight)
{
    PictureEvent event;
    cop::v1::TrackDrop *drop = event.mutable_track_drop();
    drop->set_track_id(flight.trackId);
    drop->set_time_utc_us(utcUsAt(flight.impactTimeS()));
    drop->set_reason(cop::v1::DROP_REASON_IMPACTED);
    drop->set_exercise(flight.launch->exercise());
    m_log.append(std::move(event));

    // The condition has returned to normal; what an operator has not acknowledged yet stays
    // visible as cleared-unacknowledged (ISA-18.2).
    for (const std::string &alertId : flight.alertIds) {
        m_log.updateAlert(alertId, [](cop::v1::AlertUpdate &alert) {
            switch (alert.state()) {
            case cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED:
                alert.set_state(cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
                return true;
            case cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED:
                alert.set_state(cop::v1::ALERT_STATE_CLEARED);
                return true;
            default:
                return false;
            }
        });
    }
}

std::string Simulator::nextId(const char *kind, int *counter) const
{
    const IdStyle style = idStyle(m_nation);
    char number[16];
    std::snprintf(number, sizeof number, "%0*d", style.digits, ++*counter);
    return std::string(style.prefix) + kind + number;
}

double Simulator::gaussian(double sigma)
{
    if (sigma <= 0.0)
        return 0.0;
    return std::normal_distribution<double>(0.0, sigma)(m_random);
}


} // namespace cop::sim
