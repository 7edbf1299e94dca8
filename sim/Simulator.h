#pragma once

#include "ServiceAlertBook.h"
#include "SensorModel.h"
#include "TrackFilter.h"
#include "TruthFlight.h"

#include "dynamics/ImpactPredictor.h"
#include "dynamics/LaunchPointEstimator.h"

#include "cop/sim/v1/scenario.pb.h"
#include "cop/v1/picture.pb.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace cop::sim {

class EventLog;

// One nation's track service over a scenario. The launches fly from physics (TruthFlight); the
// nation's sensors look at them on their own revisit clocks, within their coverage, with their
// noise; the service fuses the fixes that reach it, after its reporting latency, into tracks
// with one extended Kalman filter each (TrackFilter), publishes them, predicts their impacts
// with the flight-dynamics core and raises alerts from what it predicts (ServiceAlertBook).
// Association is perfect (a fix knows its missile) and there is no clutter: the tracker's
// job here is honest states and covariances, not data association.
//
// Everything happens at a scenario time on one ordered queue, so the same seed gives the same
// event stream however the clock slices it; with a fixed start time the stream is identical
// byte for byte.
//
// Time acceleration: scenario time runs `rate` times faster than the wall clock, and every
// timestamp is the time at which that scenario moment is played, so countdowns and staleness
// work on a console's own clock. Velocities (and their covariance) are scaled by the same rate
// so that positions, times and velocities on the wire stay consistent with each other; at
// rate 1 everything is physical.
class Simulator
{
public:
    // Throws ScenarioError naming the field when a launch cannot be flown (range beyond reach).
    // Without a start time the clock starts at the wall-clock time of construction and start().
    Simulator(EventLog &log, cop::sim::v1::Scenario scenario, cop::v1::Nation nation,
              uint64_t seed, double rate, std::optional<int64_t> startUtcUs = std::nullopt);
    ~Simulator();

    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    // Starts the clock at scenario time `fromS` and plays in a thread of its own until stop();
    // once. A resumed service first plays up to `fromS` with advanceTo(), then starts there.
    void start(double fromS = 0.0);
    void stop();

    // Plays everything due up to `scenarioTimeS` seconds after the start. The clock thread
    // calls it; a test can call it instead of start() for a run that does not depend on timing.
    void advanceTo(double scenarioTimeS);

    // The time at which a scenario moment is played.
    int64_t utcUsAt(double scenarioTimeS) const;

    // For tests and benchmarks: the true flight behind one of this service's tracks.
    struct Truth
    {
        std::shared_ptr<const TruthFlight> flight;
        double launchS = 0.0; // scenario time
        std::string launchId;
    };
    std::optional<Truth> truthOf(const std::string &trackId) const;
    // Every flight of the first cycle, in scenario order, salvo members expanded.
    std::vector<Truth> plannedFlights() const;
    const std::vector<SensorModel> &sensors() const { return m_sensors; }
    // From measurement to the service's fusion.
    double latencyS() const { return m_latencyS; }

private:
    struct PlannedFlight
    {
        std::string id;
        std::shared_ptr<const TruthFlight> truth;
        double offsetS = 0.0;
        bool exercise = false;
        const cop::sim::v1::NationCoverage *coverage = nullptr; // nullptr: unseen by the nation
        std::vector<size_t> sensors;
        // Space launches: what the object is, which stage (from 1), the vehicle it came off
        // (its plan) and the launch it belongs to. A missile's kind is unspecified.
        cop::v1::ObjectKind kind = cop::v1::OBJECT_KIND_UNSPECIFIED;
        int stage = 0;
        std::optional<size_t> parent;
        const cop::sim::v1::ScriptedLaunch *spaceLaunch = nullptr;
    };

    struct Flight
    {
        size_t plan = 0;
        double launchS = 0.0;
        std::optional<PositionFix> firstFix;
        double firstFixS = 0.0;
        std::optional<uint64_t> track;
        std::optional<uint64_t> parent; // the vehicle's flight a piece came off
        bool orbitReached = false;      // a vehicle's: its story has ended
    };

    struct Track
    {
        uint64_t flight = 0;
        TrackFilter filter;
        std::string id;
        int fixes = 2;
        double lastFixS = 0.0;
        double lastPublishedFixS = -1.0;
        double lastPredictedFixS = -1.0;
        std::map<std::string, double> sensorSeenS;
        std::optional<double> impactS; // predicted, after boost
        std::string impactRegion = "sea";
        bool launchReported = false;
        std::string parentTrackId;
        // A space launch vehicle's: fixes since its filter declared burnout, and when; its
        // Launch as reported, re-sent with the outcome.
        int coastingFixes = 0;
        double burnoutS = 0.0;
        std::optional<cop::v1::Launch> launch;
        bool outcomeReported = false;
    };

    enum class Action { Cycle, Look, Publish, Predict, Breakup, ClearAlert };
    struct Scheduled
    {
        double timeS;
        uint64_t order;
        Action action;
        uint64_t subject = 0; // cycle, flight or track
        size_t sensor = 0;
        std::string alertId;
        bool operator>(const Scheduled &other) const
        {
            return timeS != other.timeS ? timeS > other.timeS : order > other.order;
        }
    };

    void plan();
    // The vehicle and every piece that comes off it, each a flight of its own.
    void planSpaceLaunch(int index, const cop::sim::v1::ScriptedLaunch &launch,
                         const cop::sim::v1::NationCoverage *coverage,
                         const std::vector<size_t> &sensors);
    void schedule(double timeS, Action action, uint64_t subject = 0, size_t sensor = 0,
                  std::string alertId = {});
    void dispatch(const Scheduled &item);
    void startCycle(uint64_t cycle);
    void look(uint64_t flightId, size_t sensor, double lookS);
    void fuse(uint64_t flightId, size_t sensor, double timeS, const PositionFix &fix);
    void confirm(uint64_t trackId);
    void reportLaunch(Track &track);
    void publish(uint64_t trackId);
    void appendTrack(const Track &track, const TrackFilter &state);
    // Publishes a prediction unless withheld, and tells the alerts; nothing when there is no
    // new fix to predict from or the flight does not come down.
    std::optional<ImpactOutlook> predict(uint64_t trackId);
    // A space launch vehicle bound for orbit: its ground track instead of an impact.
    ImpactOutlook predictOrbit(Track &track);
    void reportOrbit(Track &track);
    void reportFailure(Track &track, const cop::dynamics::ImpactPrediction &prediction,
                       double fromS, const std::string &region);
    void reportBreakup(Track &track, double timeS);
    // The track's Launch with its failure: what failed, where the debris falls, when.
    cop::v1::Launch failedLaunch(const Track &track, const GeoPoint &debrisPoint, double outcomeS) const;
    void appendOutcome(Track &track, const cop::v1::Launch &launch);
    void breakup(uint64_t flightId);
    void drop(uint64_t trackId, cop::v1::DropReason reason, double timeS);
    const PlannedFlight &planOf(const Track &track) const;
    // Whether the vehicle a piece came off has reached orbit: its launch's story has ended.
    bool vehicleInOrbit(const Track &piece) const;
    // Whether this track is of a vehicle whose orbit has been reported.
    bool vehicleOrbits(const Track &track) const;
    std::string nextId(const char *kind, int *counter) const;

    EventLog &m_log;
    const cop::sim::v1::Scenario m_scenario;
    const cop::v1::Nation m_nation;
    const double m_rate;
    const bool m_fixedStart;
    std::mt19937_64 m_random;
    std::atomic<int64_t> m_startUtcUs;
    std::atomic<double> m_clockS = 0.0;

    std::vector<SensorModel> m_sensors;
    std::vector<PlannedFlight> m_plan;
    double m_latencyS = 0.0;
    cop::dynamics::ImpactPredictor m_predictor;
    cop::dynamics::ImpactPrediction m_prediction;
    ServiceAlertBook m_alerts;

    std::priority_queue<Scheduled, std::vector<Scheduled>, std::greater<>> m_queue;
    uint64_t m_order = 0;
    uint64_t m_nextFlight = 0;
    uint64_t m_nextTrack = 0;
    std::map<uint64_t, Flight> m_flights;
    std::map<uint64_t, Track> m_tracks;
    std::map<std::string, Truth> m_truths; // by track id, for tests
    int m_trackCount = 0;
    int m_launchCount = 0;

    std::thread m_thread;
    std::mutex m_stopMutex;
    std::condition_variable m_stopRequested;
    bool m_stopping = false;
};

} // namespace cop::sim
