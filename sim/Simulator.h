#pragma once

#include "ScriptedFlight.h"

#include "cop/sim/v1/scenario.pb.h"
#include "cop/v1/picture.pb.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace cop::sim {

class EventLog;

// Plays a scenario as one nation's track service sees it, appending to an EventLog: launches
// when first detected, noisy track updates, impact predictions, alerts, and drops at impact.
//
// Time acceleration: scenario time runs `rate` times faster than the wall clock, and every
// timestamp is the wall-clock time at which that scenario moment is played, so countdowns and
// staleness work on a console's own clock. Velocities (and their covariance) are scaled by the
// same rate so that positions, times and velocities on the wire stay consistent with each
// other; at rate 1 everything is physical.
class Simulator
{
public:
    Simulator(EventLog &log, cop::sim::v1::Scenario scenario, cop::v1::Nation nation,
              uint64_t seed, double rate);
    ~Simulator();

    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    // Starts the clock at scenario time 0 and plays in a thread of its own until stop(); once.
    void start();
    void stop();

    // Plays everything due up to `scenarioTimeS` seconds after the start. The clock thread
    // calls it; a test can call it instead of start() for a run that does not depend on timing.
    void advanceTo(double scenarioTimeS);

    // The wall-clock time at which a scenario moment is played.
    int64_t utcUsAt(double scenarioTimeS) const;

private:
    struct Flight
    {
        ScriptedFlight truth;
        const cop::sim::v1::ScriptedLaunch *launch;
        cop::sim::v1::NationCoverage coverage;
        double launchTimeS;
        double detectionTimeS;
        double nextReportS;
        double nextPredictionS;
        int reports = 0;
        std::string trackId;
        std::vector<std::string> alertIds; // the launch alert first
        std::string impactRegion;          // as the launch alert says
        std::string candidateRegion;       // a different region seen once, not yet confirmed
        bool detected = false;

        double impactTimeS() const { return launchTimeS + truth.flightTimeS(); }
    };

    void startCycle(double cycleStartS);
    // Plays one flight up to a scenario time; true when it is over.
    bool playUntil(Flight &flight, double untilS);
    void detect(Flight &flight);
    void report(Flight &flight, double timeS);
    cop::v1::Prediction predict(const Flight &flight, double timeS);
    cop::v1::Prediction publishPrediction(Flight &flight, double timeS);
    void raiseAlerts(Flight &flight, const cop::v1::Prediction &prediction, double timeS);
    void reassessImpact(Flight &flight, const cop::v1::Prediction &prediction);
    void impact(Flight &flight);
    std::string nextId(const char *kind, int *counter) const;
    double gaussian(double sigma);

    EventLog &m_log;
    const cop::sim::v1::Scenario m_scenario;
    const cop::v1::Nation m_nation;
    const double m_rate;
    std::mt19937_64 m_random;

    int64_t m_startUtcUs = 0;
    int m_cyclesStarted = 0;
    int m_trackCount = 0;
    int m_launchCount = 0;
    int m_alertCount = 0;
    std::vector<Flight> m_flights;

    std::thread m_thread;
    std::mutex m_stopMutex;
    std::condition_variable m_stopRequested;
    bool m_stopping = false;
};

} // namespace cop::sim
