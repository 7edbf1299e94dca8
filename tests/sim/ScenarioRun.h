#pragma once

// Plays a shipped scenario through one nation's Simulator in process and keeps its event
// stream, for the tracking, prediction and alert tests.

#include "EventLog.h"
#include "Scenario.h"
#include "Simulator.h"

#include <limits>
#include <memory>
#include <string>
#include <vector>

struct ScenarioRun
{
    ScenarioRun(const std::string &file, cop::v1::Nation nation, uint64_t seed = 1,
                int64_t startUtcUs = 1'700'000'000'000'000)
        : log("test")
        , simulator(log, cop::sim::loadScenario(std::string(COP_SCENARIOS) + "/" + file), nation,
                    seed, 1.0, startUtcUs)
    {}

    // Plays until every flight has ended and its tracks have been dropped.
    void playToTheEnd()
    {
        double endS = 0.0;
        for (const auto &flight : simulator.plannedFlights())
            endS = std::max(endS, flight.launchS + flight.flight->endS());
        simulator.advanceTo(endS + 180.0);
    }

    std::vector<cop::v1::PictureEvent> events() const
    {
        std::vector<cop::v1::PictureEvent> all;
        log.eventsAfter(0, std::numeric_limits<size_t>::max(), &all);
        return all;
    }

    // Scenario seconds of a timestamp.
    double secondsAt(int64_t utcUs) const { return (utcUs - simulator.utcUsAt(0.0)) * 1e-6; }

    cop::sim::EventLog log;
    cop::sim::Simulator simulator;
};
