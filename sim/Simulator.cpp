#include "Simulator.h"

#include "Clock.h"
#include "EventLog.h"
#include "geo/ImpactPredictability.h"
#include "OrbitSolver.h"
#include "ProfileSolver.h"
#include "regions/RegionGrid.h"
#include "regions/RegionMap.h"
#include "Scenario.h"
#include "Staging.h"

#include "dynamics/OsculatingOrbit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace cop::sim {

namespace {

using cop::v1::PictureEvent;

constexpr std::chrono::milliseconds kTick{50};
constexpr double kDefaultPredictionPeriodS = 5.0;
// Two fixes further apart than this do not start a track together.
constexpr double kInitiationWindowS = 30.0;
// Fixes before a track is confirmed and published.
constexpr int kConfirmationFixes = 3;
// A boosting track's launch is estimated once its filter has had this many fixes.
constexpr int kLaunchFixes = 5;
// How long a track coasts without fixes before it is dropped as lost: a boosting missile is
// unpredictable, a ballistic one follows its arc, and a lofted ICBM spends most of an hour
// above every radar's reach before it comes back down into coverage.
constexpr double kCoastPoweredS = 20.0;
constexpr double kCoastBallisticS = 3600.0;
// Sensors named as contributing: those with a fix this recent.
constexpr double kContributingS = 10.0;
// An event alert (track lost, impact occurred) returns to normal after this long.
constexpr double kEventAlertHoldS = 60.0;
constexpr double kTerminalHeightM = 100000.0;
// An orbit is reported once the vehicle has coasted a few fixes after burnout and the filter has
// settled on the velocity that sets it: 1 m/s of speed is ~3.5 km of apogee height at 500 km.
// A track that never gets there reports what it has after a minute or so.
constexpr int kOrbitFixes = 10;
constexpr double kOrbitVelocitySigmaMps = 3.0;
constexpr int kOrbitLatestFixes = 60;
// An orbit's ground track: a sample every few seconds (well under 2,000), for one revolution
// within the 2 h a prediction may span.
constexpr double kOrbitStepS = 10.0;
constexpr double kOrbitSpanS = 7000.0;
constexpr double kOrbitRepeatS = 60.0;
// What the service assumes of a separated object's drag: spent stages and fairing halves are
// far lighter for their size than a re-entry vehicle (scenario.proto, Stage and Fairing).
constexpr double kStageInverseBeta = 1.0 / 1500.0;
constexpr double kFairingInverseBeta = 1.0 / 300.0;
constexpr double kPieceInverseBetaFraction = 0.3;
// A spent stage or fairing half falls where its launch was planned to drop it: its prediction
// is refreshed less often than a missile's, which keeps a launch's half-dozen falling pieces
// from costing more than a salvo.
constexpr double kPiecePredictionPeriodS = 10.0;
// The launching state of the scenarios' named sites.
constexpr const char *kOrigin = "PRK";

// The drag the service assumes for an object of this kind.
double inverseBetaOf(cop::v1::ObjectKind kind)
{
    switch (kind) {
    case cop::v1::OBJECT_KIND_STAGE:
        return kStageInverseBeta;
    case cop::v1::OBJECT_KIND_FAIRING:
        return kFairingInverseBeta;
    default:
        return cop::dynamics::TrackEstimate::kTypicalInverseBeta;
    }
}

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

GeoPoint siteOf(const cop::sim::v1::ScriptedLaunch &launch)
{
    const auto site = launch.has_site_position() ? launch.site_position()
                                                 : namedSite(launch.site_name()).value();
    return {site.lat_deg(), site.lon_deg(), 0.0};
}

void setGeodetic(cop::v1::Geodetic *out, const GeoPoint &point)
{
    out->set_lat_deg(point.latDeg);
    out->set_lon_deg(point.lonDeg);
    out->set_height_m(point.heightM);
}

// Applies a launch's failure to its solved profile; returns when it breaks up (never: infinity).
// A launch the solver cannot fly, named by its field in the scenario: "launches[2].range_km: ...".
ScenarioError launchError(int index, const ProfileError &error, const std::string &member = {})
{
    return ScenarioError("launches[" + std::to_string(index) + "]." + error.field() + ": " + error.what() + member);
}

double applyFailure(const cop::sim::v1::Failure &failure, MissileProfile &profile)
{
    switch (failure.kind()) {
    case cop::sim::v1::Failure::KIND_ENGINE_CUTOFF:
        profile.cutoffS = std::min(profile.cutoffS, failure.time_s());
        break;
    case cop::sim::v1::Failure::KIND_NO_IGNITION:
        profile.cutoffS = std::min(profile.cutoffS,
                                   profile.ignitionS(static_cast<size_t>(failure.stage() - 1)));
        break;
    case cop::sim::v1::Failure::KIND_BREAKUP:
        return failure.time_s();
    default:
        break;
    }
    return std::numeric_limits<double>::infinity();
}

// The stage burning t seconds after launch, from 1.
int stageBurningAt(const cop::sim::v1::ScriptedLaunch &launch, double t)
{
    for (int i = 0; i < launch.stages_size(); ++i) {
        t -= launch.stages(i).burn_time_s();
        if (t < 0.0)
            return i + 1;
    }
    return launch.stages_size();
}

// The watched territories under a path, its samples joined by straight lines walked finer than
// the region grid: a narrow island chain (the Sakishima islands) fits between two samples of a
// path flown at orbital speed.
std::vector<std::string> territoriesUnder(const std::vector<GeoPoint> &path)
{
    using regions::RegionGrid;
    constexpr double kStepDeg = RegionGrid::kCellDeg / 2.0;
    // Beyond the grid lies nothing watched: most of an orbit need not be walked.
    const auto offGrid = [](const GeoPoint &p) {
        return p.latDeg < RegionGrid::kSouthDeg - 1.0 || p.latDeg > RegionGrid::kNorthDeg + 1.0
               || p.lonDeg < RegionGrid::kWestDeg - 1.0 || p.lonDeg > RegionGrid::kEastDeg + 1.0;
    };
    std::vector<GeoPoint> walked;
    for (size_t i = 0; i < path.size(); ++i) {
        walked.push_back(path[i]);
        if (i + 1 == path.size())
            break;
        const GeoPoint &a = path[i];
        const GeoPoint &b = path[i + 1];
        const double dLon = std::remainder(b.lonDeg - a.lonDeg, 360.0);
        const double spanDeg = std::max(std::abs(b.latDeg - a.latDeg), std::abs(dLon));
        if (offGrid(a) && offGrid(b) && spanDeg < 1.0)
            continue;
        const int steps = int(std::ceil(spanDeg / kStepDeg));
        for (int k = 1; k < steps; ++k) {
            const double f = double(k) / steps;
            walked.push_back({a.latDeg + f * (b.latDeg - a.latDeg),
                              std::remainder(a.lonDeg + f * dLon, 360.0), 0.0});
        }
    }
    std::vector<std::string> territories;
    regions::RegionMap::builtIn().under(walked).forEachWorstFirst([&](regions::Region region) {
        if (region.isWatchedTerritory())
            territories.emplace_back(region.id());
    });
    return territories;
}

void setEllipse(cop::v1::ImpactEllipse *wire, const ImpactEllipse &ellipse)
{
    wire->set_confidence(ellipse.confidence);
    wire->set_semi_major_m(ellipse.semiMajorM);
    wire->set_semi_minor_m(ellipse.semiMinorM);
    wire->set_orientation_deg(ellipse.orientationDeg);
}

// How a space launch failed, as the service reports it: the scenario's failure is what the
// launching state or the service's analysts would name; where the debris falls is the
// service's own prediction.
std::pair<cop::v1::FailureMode, int> failureOf(const cop::sim::v1::ScriptedLaunch &launch)
{
    const auto &failure = launch.failure();
    switch (failure.kind()) {
    case cop::sim::v1::Failure::KIND_NO_IGNITION:
        return {cop::v1::FAILURE_MODE_NO_IGNITION, failure.stage()};
    case cop::sim::v1::Failure::KIND_BREAKUP:
        return {cop::v1::FAILURE_MODE_BREAK_UP, stageBurningAt(launch, failure.time_s())};
    case cop::sim::v1::Failure::KIND_ENGINE_CUTOFF:
        return {cop::v1::FAILURE_MODE_FELL_SHORT, stageBurningAt(launch, failure.time_s())};
    default:
        return {cop::v1::FAILURE_MODE_UNSPECIFIED, 0};
    }
}

} // namespace

Simulator::Simulator(EventLog &log, cop::sim::v1::Scenario scenario, cop::v1::Nation nation,
                     uint64_t seed, double rate, std::optional<int64_t> startUtcUs)
    : m_log(log)
    , m_scenario(std::move(scenario))
    , m_nation(nation)
    , m_rate(rate)
    , m_fixedStart(startUtcUs.has_value())
    , m_startUtcUs(startUtcUs.value_or(nowUtcUs()))
    , m_alerts(log, std::string(idStyle(nation).prefix) + "A", idStyle(nation).digits)
{
    // The same seed must still give each nation its own noise.
    std::seed_seq seeds{static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32),
                        static_cast<uint32_t>(nation)};
    m_random.seed(seeds);
    plan();
    m_log.setClock([this] { return utcUsAt(m_clockS.load()); });
    schedule(0.0, Action::Cycle, 0);
}

Simulator::~Simulator()
{
    stop();
    m_log.setClock(nowUtcUs);
}

void Simulator::plan()
{
    for (const auto &sensor : m_scenario.sensors()) {
        if (sensor.nation() == m_nation) {
            m_sensors.emplace_back(sensor);
            m_latencyS = std::max(m_latencyS, sensor.latency_s());
        }
    }
    const size_t networkSensors = m_sensors.size();
    std::map<const cop::sim::v1::NationCoverage *, size_t> abstractSensors;
    const auto sensorsFor = [&](const cop::sim::v1::NationCoverage *coverage) {
        std::vector<size_t> indices(networkSensors);
        std::iota(indices.begin(), indices.end(), size_t(0));
        if (coverage->position_noise_m() > 0.0) {
            auto [it, added] = abstractSensors.emplace(coverage, m_sensors.size());
            if (added)
                m_sensors.push_back(SensorModel::abstract(
                    coverage->sensors(0), coverage->position_noise_m(),
                    coverage->report_period_s(), coverage->detection_delay_s()));
            indices.push_back(it->second);
        }
        return indices;
    };

    for (int i = 0; i < m_scenario.launches_size(); ++i) {
        const auto &launch = m_scenario.launches(i);
        const auto *coverage = coverageFor(m_nation, launch.coverage());
        if (!coverage)
            coverage = coverageFor(m_nation, m_scenario.coverage());
        if (launch.has_space_launch()) {
            planSpaceLaunch(i, launch, coverage,
                            coverage ? sensorsFor(coverage) : std::vector<size_t>());
            continue;
        }
        const int count = std::max(1, launch.salvo().count());
        for (int k = 0; k < count; ++k) {
            cop::sim::v1::ScriptedLaunch member = launch;
            member.set_azimuth_deg(std::fmod(launch.azimuth_deg()
                                                 + k * launch.salvo().azimuth_step_deg() + 360.0,
                                             360.0));
            member.set_range_km(launch.range_km() + k * launch.salvo().range_step_km());
            const GeoPoint site = siteOf(member);
            MissileProfile profile;
            try {
                profile = solveProfile(member, site);
            } catch (const ProfileError &error) {
                throw launchError(i, error, count > 1 ? " (salvo member " + std::to_string(k + 1) + ")" : std::string());
            }
            const double breakupS = applyFailure(launch.failure(), profile);
            PlannedFlight flight;
            flight.id = count > 1 ? launch.id() + "#" + std::to_string(k + 1) : launch.id();
            flight.truth = std::make_shared<const TruthFlight>(profile, site, member.azimuth_deg(),
                                                               breakupS);
            flight.offsetS = launch.launch_offset_s() + k * launch.salvo().interval_s();
            flight.exercise = launch.exercise();
            flight.coverage = coverage;
            if (coverage)
                flight.sensors = sensorsFor(coverage);
            m_plan.push_back(std::move(flight));
        }
    }
}

void Simulator::planSpaceLaunch(int index, const cop::sim::v1::ScriptedLaunch &launch,
                                const cop::sim::v1::NationCoverage *coverage,
                                const std::vector<size_t> &sensors)
{
    const GeoPoint site = siteOf(launch);
    MissileProfile profile;
    try {
        profile = solveOrbit(launch, site);
    } catch (const ProfileError &error) {
        throw launchError(index, error);
    }
    const double breakupS = applyFailure(launch.failure(), profile);
    PlannedFlight vehicle;
    vehicle.id = launch.id();
    vehicle.truth = std::make_shared<const TruthFlight>(profile, site, launch.azimuth_deg(),
                                                        breakupS);
    vehicle.offsetS = launch.launch_offset_s();
    vehicle.exercise = launch.exercise();
    vehicle.coverage = coverage;
    vehicle.sensors = sensors;
    vehicle.kind = cop::v1::OBJECT_KIND_VEHICLE;
    vehicle.spaceLaunch = &launch;
    const size_t vehicleIndex = m_plan.size();
    m_plan.push_back(vehicle);
    int halves = 0;
    for (const Separation &separation : separationsOf(launch, profile, breakupS)) {
        PlannedFlight piece = vehicle;
        piece.id = launch.id()
                   + (separation.kind == cop::v1::OBJECT_KIND_STAGE
                          ? "/stage-" + std::to_string(separation.stage)
                          : "/fairing-" + std::to_string(++halves));
        piece.truth = std::make_shared<const TruthFlight>(
            separatedState(vehicle.truth->at(separation.timeS), separation),
            separation.inverseBeta);
        piece.offsetS = vehicle.offsetS + separation.timeS;
        piece.kind = separation.kind;
        piece.stage = separation.stage;
        piece.parent = vehicleIndex;
        m_plan.push_back(std::move(piece));
    }
}

void Simulator::start(double fromS)
{
    if (!m_fixedStart)
        m_startUtcUs = nowUtcUs();
    const auto startSteady = std::chrono::steady_clock::now();
    m_thread = std::thread([this, startSteady, fromS] {
        std::unique_lock lock(m_stopMutex);
        do {
            const std::chrono::duration<double> elapsed =
                std::chrono::steady_clock::now() - startSteady;
            lock.unlock();
            advanceTo(fromS + elapsed.count() * m_rate);
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

std::optional<Simulator::Truth> Simulator::truthOf(const std::string &trackId) const
{
    const auto it = m_truths.find(trackId);
    if (it == m_truths.end())
        return std::nullopt;
    return it->second;
}

std::vector<Simulator::Truth> Simulator::plannedFlights() const
{
    std::vector<Truth> flights;
    for (const PlannedFlight &flight : m_plan)
        flights.push_back({flight.truth, flight.offsetS, flight.id});
    return flights;
}

void Simulator::schedule(double timeS, Action action, uint64_t subject, size_t sensor,
                         std::string alertId)
{
    m_queue.push({timeS, m_order++, action, subject, sensor, std::move(alertId)});
}

void Simulator::advanceTo(double scenarioTimeS)
{
    while (!m_queue.empty() && m_queue.top().timeS <= scenarioTimeS) {
        const Scheduled item = m_queue.top();
        m_queue.pop();
        m_clockS = item.timeS;
        dispatch(item);
    }
    m_clockS = scenarioTimeS;
}

void Simulator::dispatch(const Scheduled &item)
{
    switch (item.action) {
    case Action::Cycle:
        startCycle(item.subject);
        break;
    case Action::Look:
        look(item.subject, item.sensor, item.timeS - m_latencyS);
        break;
    case Action::Publish:
        publish(item.subject);
        break;
    case Action::Predict:
        predict(item.subject);
        break;
    case Action::Breakup:
        breakup(item.subject);
        break;
    case Action::ClearAlert:
        m_alerts.clearEvent(item.alertId);
        break;
    }
}

void Simulator::startCycle(uint64_t cycle)
{
    const double cycleStartS = double(cycle) * m_scenario.loop_period_s();
    std::map<size_t, uint64_t> flightOfPlan;
    for (size_t i = 0; i < m_plan.size(); ++i) {
        const PlannedFlight &planned = m_plan[i];
        const double launchS = cycleStartS + planned.offsetS;
        if (!planned.coverage || launchS + planned.truth->endS() <= 0.0)
            continue;
        const uint64_t id = m_nextFlight++;
        m_flights[id] = Flight{i, launchS, std::nullopt, 0.0, std::nullopt};
        flightOfPlan[i] = id;
        if (planned.parent) {
            if (const auto vehicle = flightOfPlan.find(*planned.parent);
                vehicle != flightOfPlan.end())
                m_flights[id].parent = vehicle->second;
        }
        // The service cannot have looked before it started.
        const double from = std::max(launchS, 0.0);
        for (size_t sensor : planned.sensors) {
            const SensorModel &model = m_sensors[sensor];
            double first;
            if (const auto delay = model.firstLookAfterLaunchS()) {
                first = launchS + *delay;
            } else {
                // Sensors keep their own clocks, staggered so they do not all look at once.
                const double phase = std::fmod(0.37 * double(sensor), model.revisitS());
                first = phase + std::ceil((from - phase) / model.revisitS()) * model.revisitS();
            }
            if (first >= from)
                schedule(first + m_latencyS, Action::Look, id, sensor);
        }
        if (planned.truth->endsInAir())
            schedule(launchS + planned.truth->endS() + m_latencyS, Action::Breakup, id);
    }
    if (m_scenario.loop_period_s() > 0.0)
        schedule(double(cycle + 1) * m_scenario.loop_period_s(), Action::Cycle, cycle + 1);
}

void Simulator::look(uint64_t flightId, size_t sensor, double lookS)
{
    const auto it = m_flights.find(flightId);
    if (it == m_flights.end())
        return;
    Flight &flight = it->second;
    const TruthFlight &truth = *m_plan[flight.plan].truth;
    const double age = lookS - flight.launchS;
    if (age > truth.endS()) {
        if (!flight.track)
            m_flights.erase(it);
        return;
    }
    const SensorModel &model = m_sensors[sensor];
    const Eigen::Vector3d target = truth.at(age).head<3>();
    if (model.covers(target, truth.thrusting(age))
        && std::uniform_real_distribution<double>()(m_random) < model.detectionProbability())
        fuse(flightId, sensor, lookS, model.measure(target, m_random));
    schedule(lookS + model.revisitS() + m_latencyS, Action::Look, flightId, sensor);
}

void Simulator::fuse(uint64_t flightId, size_t sensor, double timeS, const PositionFix &fix)
{
    Flight &flight = m_flights.at(flightId);
    if (!flight.track) {
        if (flight.firstFix && timeS > flight.firstFixS
            && timeS - flight.firstFixS <= kInitiationWindowS) {
            const uint64_t id = m_nextTrack++;
            Track track{flightId, TrackFilter(*flight.firstFix, flight.firstFixS, fix, timeS,
                                              inverseBetaOf(m_plan[flight.plan].kind))};
            track.lastFixS = timeS;
            track.sensorSeenS[m_sensors[sensor].name()] = timeS;
            m_tracks.emplace(id, std::move(track));
            flight.track = id;
        } else if (!flight.firstFix || timeS > flight.firstFixS) {
            flight.firstFix = fix;
            flight.firstFixS = timeS;
        }
        return;
    }
    Track &track = m_tracks.at(*flight.track);
    if (timeS < track.filter.timeS())
        return;
    track.filter.predictTo(timeS);
    track.filter.update(fix);
    ++track.fixes;
    track.lastFixS = timeS;
    if (track.filter.powered())
        track.coastingFixes = 0;
    else if (track.coastingFixes++ == 0)
        track.burnoutS = timeS;
    track.sensorSeenS[m_sensors[sensor].name()] = timeS;
    if (track.id.empty()) {
        if (track.fixes >= kConfirmationFixes)
            confirm(*flight.track);
    } else {
        reportLaunch(track);
    }
}

void Simulator::confirm(uint64_t trackId)
{
    Track &track = m_tracks.at(trackId);
    const PlannedFlight &planned = planOf(track);
    track.id = nextId(idStyle(m_nation).trackLetter, &m_trackCount);
    const Flight &flight = m_flights.at(track.flight);
    if (flight.parent) {
        const auto vehicle = m_flights.find(*flight.parent);
        if (vehicle != m_flights.end() && vehicle->second.track)
            track.parentTrackId = m_tracks.at(*vehicle->second.track).id;
    }
    m_truths[track.id] = {planned.truth, flight.launchS, planned.id};
    appendTrack(track, track.filter);
    track.lastPublishedFixS = track.lastFixS;
    if (planned.kind == cop::v1::OBJECT_KIND_VEHICLE) {
        // Pieces seen before the vehicle itself learn where they came from now.
        for (auto &[id, piece] : m_tracks) {
            const auto pieceFlight = m_flights.find(piece.flight);
            if (pieceFlight != m_flights.end() && pieceFlight->second.parent == track.flight)
                piece.parentTrackId = track.id;
        }
    }
    if (planned.parent) {
        // A piece of a vehicle: its launch is the vehicle's; its fall has alerts of its own.
        track.launchReported = true;
        predict(trackId);
    } else {
        // Raised even when no impact can be predicted yet (a first estimate still underground).
        m_alerts.launchDetected(track.id, predict(trackId).value_or(ImpactOutlook()),
                                planned.exercise);
        reportLaunch(track);
    }
    schedule(m_clockS + planned.coverage->report_period_s(), Action::Publish, trackId);
}

void Simulator::reportLaunch(Track &track)
{
    if (track.launchReported)
        return;
    // Neither estimate knows the missile: each allows for every plausible boost.
    const double velocitySigmaMps = std::sqrt(track.filter.covariance().bottomRightCorner<3, 3>().trace() / 3.0);
    std::optional<cop::dynamics::LaunchEstimate> estimate;
    if (track.filter.thrustEvident() && track.fixes >= kLaunchFixes) {
        estimate = cop::dynamics::boostFitLaunch(track.filter.timeS(), track.filter.state(), velocitySigmaMps);
    } else if (!track.filter.powered()) {
        // First seen after burnout: all that is left is flying the track back.
        estimate = cop::dynamics::backFitLaunch(cop::dynamics::EarthModel::wgs84(), track.filter.timeS(),
                                                track.filter.state(), velocitySigmaMps);
    } else {
        return; // until the thrust shows, or burnout is declared
    }
    track.launchReported = true;
    if (!estimate)
        return;
    PictureEvent event;
    cop::v1::Launch *launch = event.mutable_launch();
    launch->set_launch_id(nextId("L", &m_launchCount));
    launch->set_track_id(track.id);
    launch->set_launch_time_utc_us(utcUsAt(estimate->launchTimeS));
    setGeodetic(launch->mutable_point(), {estimate->point.latDeg, estimate->point.lonDeg, 0.0});
    const Eigen::Matrix2d &p = estimate->covarianceEn;
    for (const double value : {p(0, 0), p(0, 1), p(1, 1)})
        launch->add_point_covariance_en(value);
    launch->set_launch_time_sigma_s(estimate->timeSigmaS);
    launch->set_exercise(planOf(track).exercise);
    if (planOf(track).spaceLaunch) {
        // Declared: North Korea notifies its satellite launches' window and drop zones to the
        // IMO and Japan's coast guard beforehand, so the service knows what it sees from the
        // first report (docs/flight-dynamics.md).
        launch->set_kind(cop::v1::LAUNCH_KIND_SPACE_LAUNCH);
        launch->set_origin(kOrigin);
        track.launch = *launch;
    }
    m_log.append(std::move(event));
}

void Simulator::publish(uint64_t trackId)
{
    const auto it = m_tracks.find(trackId);
    if (it == m_tracks.end())
        return;
    Track &track = it->second;
    // What the service knows of now: the fixes its latency has let through.
    const double knownS = m_clockS - m_latencyS;
    if (track.impactS && knownS >= *track.impactS) {
        drop(trackId, cop::v1::DROP_REASON_IMPACTED, *track.impactS);
        return;
    }
    const double coastLimit = track.filter.powered() ? kCoastPoweredS : kCoastBallisticS;
    if (knownS - track.lastFixS > coastLimit) {
        drop(trackId, cop::v1::DROP_REASON_LOST, knownS);
        return;
    }
    // Only fixes make reports: a track without them ages on the consoles, as it should, while
    // its prediction keeps showing where it is going.
    if (track.lastFixS > track.lastPublishedFixS) {
        appendTrack(track, track.filter);
        track.lastPublishedFixS = track.lastFixS;
    }
    schedule(m_clockS + planOf(track).coverage->report_period_s(), Action::Publish, trackId);
}

void Simulator::appendTrack(const Track &track, const TrackFilter &state)
{
    const PlannedFlight &planned = planOf(track);
    const cop::dynamics::State x = state.state();
    const Eigen::Matrix<double, 6, 6> p = state.covariance();
    PictureEvent event;
    cop::v1::TrackUpdate *update = event.mutable_track_update();
    update->set_track_id(track.id);
    update->set_time_utc_us(utcUsAt(state.timeS()));
    update->mutable_position_ecef()->set_x(x(0));
    update->mutable_position_ecef()->set_y(x(1));
    update->mutable_position_ecef()->set_z(x(2));
    update->mutable_velocity_ecef()->set_x(x(3) * m_rate);
    update->mutable_velocity_ecef()->set_y(x(4) * m_rate);
    update->mutable_velocity_ecef()->set_z(x(5) * m_rate);
    for (int row = 0; row < 6; ++row) {
        for (int col = row; col < 6; ++col)
            update->add_covariance_upper(p(row, col) * (row >= 3 ? m_rate : 1.0)
                                         * (col >= 3 ? m_rate : 1.0));
    }
    if (state.powered())
        update->set_phase(cop::v1::TRACK_PHASE_BOOST);
    else if (state.descending() && state.heightM() < kTerminalHeightM)
        update->set_phase(cop::v1::TRACK_PHASE_TERMINAL);
    else
        update->set_phase(cop::v1::TRACK_PHASE_MIDCOURSE);
    update->set_affiliation(cop::v1::AFFILIATION_HOSTILE);
    // 1 for a track good to ~100 m, 0.5 at 1 km, falling as it coasts.
    const double sigmaM = std::sqrt(p.topLeftCorner<3, 3>().trace() / 3.0);
    update->set_quality(static_cast<float>(1.0 / (1.0 + sigmaM / 1000.0)));
    for (const auto &[sensor, seenS] : track.sensorSeenS) {
        if (seenS >= track.lastFixS - kContributingS)
            update->add_contributing_sensors(sensor);
    }
    update->set_exercise(planned.exercise);
    if (planned.kind != cop::v1::OBJECT_KIND_UNSPECIFIED) {
        update->set_object_kind(planned.kind);
        update->set_parent_track_id(track.parentTrackId);
        update->set_stage(static_cast<uint32_t>(planned.stage));
        if (planned.parent)
            update->set_separated_utc_us(utcUsAt(m_flights.at(track.flight).launchS));
    }
    m_log.append(std::move(event));
}

std::optional<ImpactOutlook> Simulator::predict(uint64_t trackId)
{
    const auto it = m_tracks.find(trackId);
    if (it == m_tracks.end())
        return std::nullopt;
    Track &track = it->second;
    const PlannedFlight &planned = planOf(track);
    const cop::sim::v1::NationCoverage &coverage = *planned.coverage;
    const double periodS = coverage.prediction_period_s() > 0.0 ? coverage.prediction_period_s()
                                                                : kDefaultPredictionPeriodS;
    schedule(m_clockS + (planned.parent ? std::max(periodS, kPiecePredictionPeriodS) : periodS),
             Action::Predict, trackId);

    // A prediction from the same fixes as the last one would only repeat it; an orbit's, once
    // reported, changes little from one to the next.
    if (track.lastFixS <= track.lastPredictedFixS
        || (vehicleOrbits(track) && track.lastFixS - track.lastPredictedFixS < kOrbitRepeatS))
        return std::nullopt;
    track.lastPredictedFixS = track.lastFixS;
    cop::dynamics::TrackEstimate estimate;
    estimate.state = track.filter.state();
    estimate.covariance = track.filter.covariance();
    estimate.boosting = track.filter.powered();
    if (planned.kind == cop::v1::OBJECT_KIND_VEHICLE
        && cop::dynamics::OsculatingOrbit::of(estimate.state).orbital())
        return predictOrbit(track);
    if (planned.parent) {
        estimate.inverseBeta = inverseBetaOf(planned.kind);
        estimate.inverseBetaSigma = kPieceInverseBetaFraction * estimate.inverseBeta;
    }
    if (!m_predictor.predict(estimate, m_prediction))
        return std::nullopt;
    const double fromS = track.filter.timeS();
    const auto &out = m_prediction;

    PictureEvent event;
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->set_track_id(track.id);
    prediction->set_issued_utc_us(utcUsAt(fromS));
    for (const auto &sample : out.trajectory) {
        cop::v1::TrajectorySample *wire = prediction->add_trajectory();
        wire->set_time_utc_us(utcUsAt(fromS + sample.timeS));
        setGeodetic(wire->mutable_point(), sample.point);
    }
    setGeodetic(prediction->mutable_apogee(), out.apogee.point);
    setGeodetic(prediction->mutable_impact_point(), out.impact.point);
    prediction->set_impact_time_utc_us(utcUsAt(fromS + out.impact.timeS));
    prediction->set_impact_time_sigma_s(out.impactTimeSigmaS / m_rate);
    for (const ImpactEllipse &ellipse : out.ellipses)
        setEllipse(prediction->add_ellipses(), ellipse);
    prediction->set_provisional(out.provisional);
    prediction->set_exercise(planned.exercise);

    ImpactOutlook outlook;
    outlook.region = regions::RegionMap::builtIn().at(out.impact.point).id();
    outlook.overflown = out.regionsOverflown;
    outlook.impactUtcUs = prediction->impact_time_utc_us();
    outlook.meaningful = impactAreaMeaningful(out.provisional, out.ellipses);
    if (planned.kind == cop::v1::OBJECT_KIND_VEHICLE) {
        outlook.pathFirm = true;
        std::vector<GeoPoint> path;
        for (const auto &sample : out.trajectory)
            path.push_back(sample.point);
        outlook.overflown = territoriesUnder(path);
    }
    if (!coverage.withhold_predictions())
        m_log.append(std::move(event));
    if (!out.provisional) {
        track.impactS = fromS + out.impact.timeS;
        track.impactRegion = outlook.region;
    }
    if (!planned.parent)
        m_alerts.predicted(track.id, outlook, planned.exercise);
    else if (!vehicleInOrbit(track))
        m_alerts.stageFalling(track.id, outlook, planned.exercise);
    // A space launch vehicle that coasts down has failed. Coasting alone is not enough: an
    // upper stage's low thrust can hide in a noisy track's estimate for a while, but such a
    // stage climbs on towards its orbit.
    if (planned.kind == cop::v1::OBJECT_KIND_VEHICLE && !out.provisional && outlook.meaningful
        && track.filter.descending())
        reportFailure(track, out, fromS, outlook.region);
    return outlook;
}

ImpactOutlook Simulator::predictOrbit(Track &track)
{
    const PlannedFlight &planned = planOf(track);
    const double fromS = track.filter.timeS();
    cop::dynamics::State state = track.filter.state();
    const double spanS = std::min(revolutionS(state), kOrbitSpanS);
    // An impact predicted while the upper stage's thrust hid in the noise is void: the track
    // must not be taken for impacted at that time.
    track.impactS.reset();
    PictureEvent event;
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->set_track_id(track.id);
    prediction->set_issued_utc_us(utcUsAt(fromS));
    // Above a few hundred km drag hardly matters within a revolution; the propagator has it.
    const cop::dynamics::BallisticPropagator propagator(cop::dynamics::EarthModel::wgs84());
    std::vector<GeoPoint> ground;
    for (int i = 0;; ++i) {
        const double t = std::min(i * kOrbitStepS, spanS);
        const GeoPoint point = geodeticFromEcef({state(0), state(1), state(2)});
        ground.push_back(point);
        cop::v1::TrajectorySample *wire = prediction->add_trajectory();
        wire->set_time_utc_us(utcUsAt(fromS + t));
        setGeodetic(wire->mutable_point(), point);
        if (t >= spanS)
            break;
        state = propagator.propagate(state, cop::dynamics::TrackEstimate::kTypicalInverseBeta,
                                     std::min(kOrbitStepS, spanS - t));
    }
    prediction->set_provisional(track.filter.powered());
    prediction->set_exercise(planned.exercise);
    prediction->set_orbital(true);
    if (!planned.coverage->withhold_predictions())
        m_log.append(std::move(event));

    ImpactOutlook outlook;
    outlook.pathFirm = true;
    outlook.overflown = territoriesUnder(ground);
    m_alerts.predicted(track.id, outlook, planned.exercise);
    const double velocitySigmaMps =
        std::sqrt(track.filter.covariance().bottomRightCorner<3, 3>().trace() / 3.0);
    if (!track.filter.powered() && track.coastingFixes >= kOrbitFixes
        && (velocitySigmaMps < kOrbitVelocitySigmaMps || track.coastingFixes >= kOrbitLatestFixes))
        reportOrbit(track);
    return outlook;
}

void Simulator::reportOrbit(Track &track)
{
    if (track.outcomeReported)
        return;
    track.outcomeReported = true;
    Flight &flight = m_flights.at(track.flight);
    flight.orbitReached = true;
    const auto orbit = cop::dynamics::OsculatingOrbit::of(track.filter.state());
    if (track.launch) {
        cop::v1::Launch launch = *track.launch;
        cop::v1::Orbit *wire = launch.mutable_orbit();
        wire->set_perigee_height_m(orbit.perigeeAltitudeM);
        wire->set_apogee_height_m(orbit.apogeeAltitudeM);
        wire->set_inclination_deg(orbit.inclinationDeg);
        launch.set_outcome_utc_us(utcUsAt(track.burnoutS));
        appendOutcome(track, launch);
    }
    std::vector<std::string> pieces;
    for (const auto &[id, other] : m_tracks) {
        const auto piece = m_flights.find(other.flight);
        if (!other.id.empty() && piece != m_flights.end() && piece->second.parent == track.flight)
            pieces.push_back(other.id);
    }
    const std::string alert = m_alerts.orbitReached(track.id, pieces, planOf(track).exercise);
    schedule(m_clockS + kEventAlertHoldS, Action::ClearAlert, 0, 0, alert);
}

void Simulator::reportFailure(Track &track, const cop::dynamics::ImpactPrediction &prediction,
                              double fromS, const std::string &region)
{
    if (track.outcomeReported)
        return;
    track.outcomeReported = true;
    const PlannedFlight &planned = planOf(track);
    // The debris comes down over the spread of its impact time: two sigma either side.
    const double fallS = fromS + prediction.impact.timeS;
    const double spreadS = 2.0 * prediction.impactTimeSigmaS;
    const int64_t untilUtcUs = utcUsAt(fallS + spreadS);
    if (track.launch) {
        cop::v1::Launch launch = failedLaunch(track, prediction.impact.point, track.burnoutS);
        cop::v1::LaunchFailure *failure = launch.mutable_failure();
        for (const ImpactEllipse &ellipse : prediction.ellipses)
            setEllipse(failure->add_debris_ellipses(), ellipse);
        failure->set_debris_from_utc_us(utcUsAt(std::max(fallS - spreadS, track.burnoutS)));
        failure->set_debris_until_utc_us(untilUtcUs);
        appendOutcome(track, launch);
    }
    m_alerts.debrisFalling(track.id, region, untilUtcUs, planned.exercise);
}

cop::v1::Launch Simulator::failedLaunch(const Track &track, const GeoPoint &debrisPoint, double outcomeS) const
{
    cop::v1::Launch launch = *track.launch;
    cop::v1::LaunchFailure *failure = launch.mutable_failure();
    const auto [mode, stage] = failureOf(*planOf(track).spaceLaunch);
    failure->set_mode(mode);
    failure->set_stage(static_cast<uint32_t>(stage));
    setGeodetic(failure->mutable_debris_point(), debrisPoint);
    launch.set_outcome_utc_us(utcUsAt(outcomeS));
    return launch;
}

void Simulator::appendOutcome(Track &track, const cop::v1::Launch &launch)
{
    track.launch = launch;
    PictureEvent event;
    *event.mutable_launch() = launch;
    m_log.append(std::move(event));
}

void Simulator::breakup(uint64_t flightId)
{
    const auto it = m_flights.find(flightId);
    if (it == m_flights.end() || !it->second.track)
        return;
    const Flight &flight = it->second;
    const PlannedFlight &planned = m_plan[flight.plan];
    const double endS = flight.launchS + planned.truth->endS();
    const Eigen::Vector3d where = planned.truth->at(planned.truth->endS()).head<3>();
    // A sensor watching at that moment sees the missile come apart; otherwise the track just
    // stops getting fixes and is lost in time.
    const bool seen = std::any_of(planned.sensors.begin(), planned.sensors.end(), [&](size_t s) {
        return m_sensors[s].covers(where, planned.truth->thrusting(planned.truth->endS() - 1e-3));
    });
    Track &track = m_tracks.at(*flight.track);
    if (!seen || track.id.empty())
        return;
    if (planned.kind == cop::v1::OBJECT_KIND_VEHICLE)
        reportBreakup(track, endS);
    drop(*flight.track, cop::v1::DROP_REASON_ENDED, endS);
}

void Simulator::reportBreakup(Track &track, double timeS)
{
    if (track.outcomeReported)
        return;
    track.outcomeReported = true;
    const PlannedFlight &planned = planOf(track);
    // Where the pieces come down and when is not known at once: the ground below the break-up.
    const cop::dynamics::State state = track.filter.state();
    GeoPoint below = geodeticFromEcef({state(0), state(1), state(2)});
    below.heightM = 0.0;
    if (track.launch)
        appendOutcome(track, failedLaunch(track, below, timeS));
    m_alerts.debrisFalling(track.id, std::string(regions::RegionMap::builtIn().at(below).id()), 0,
                           planned.exercise);
}

void Simulator::drop(uint64_t trackId, cop::v1::DropReason reason, double timeS)
{
    Track &track = m_tracks.at(trackId);
    const PlannedFlight &planned = planOf(track);
    PictureEvent event;
    cop::v1::TrackDrop *drop = event.mutable_track_drop();
    drop->set_track_id(track.id);
    drop->set_time_utc_us(utcUsAt(timeS));
    drop->set_reason(reason);
    drop->set_exercise(planned.exercise);
    m_log.append(std::move(event));

    const int64_t impactUtcUs = track.impactS ? utcUsAt(*track.impactS) : 0;
    const std::string eventAlert = m_alerts.trackEnded(track.id, reason, track.impactRegion,
                                                       impactUtcUs, planned.exercise);
    if (!eventAlert.empty())
        schedule(m_clockS + kEventAlertHoldS, Action::ClearAlert, 0, 0, eventAlert);

    // A lost missile seen again starts a new track.
    const auto flight = m_flights.find(track.flight);
    flight->second.track.reset();
    flight->second.firstFix.reset();
    if (m_clockS - m_latencyS > flight->second.launchS + planned.truth->endS())
        m_flights.erase(flight);
    m_tracks.erase(trackId);
}

bool Simulator::vehicleInOrbit(const Track &piece) const
{
    const auto &parent = m_flights.at(piece.flight).parent;
    const auto vehicle = parent ? m_flights.find(*parent) : m_flights.end();
    return vehicle != m_flights.end() && vehicle->second.orbitReached;
}

bool Simulator::vehicleOrbits(const Track &track) const
{
    return m_flights.at(track.flight).orbitReached;
}

const Simulator::PlannedFlight &Simulator::planOf(const Track &track) const
{
    return m_plan[m_flights.at(track.flight).plan];
}

std::string Simulator::nextId(const char *kind, int *counter) const
{
    const IdStyle style = idStyle(m_nation);
    char number[16];
    std::snprintf(number, sizeof number, "%0*d", style.digits, ++*counter);
    return std::string(style.prefix) + kind + number;
}

} // namespace cop::sim
