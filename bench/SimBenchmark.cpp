// The simulator's speed: a raid of 100 missiles (--missiles N) in flight at once, seen by every sensor of a
// nation at 10 Hz, tracked, predicted and alerted on by one service on one core. Reports how
// many times faster than real time it plays, and how fast the flights are solved beforehand.

#include "EventLog.h"
#include "Scenario.h"
#include "Simulator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

constexpr double kSensorRateHz = 10.0;
constexpr double kLaunchWindowS = 60.0;

cop::sim::v1::Scenario raid(const std::string &scenarioDir, int missiles)
{
    // The shipped network, every sensor looking ten times a second.
    cop::sim::v1::Scenario scenario = cop::sim::loadScenario(scenarioDir + "/demo.json");
    for (auto &sensor : *scenario.mutable_sensors())
        sensor.set_revisit_s(1.0 / kSensorRateHz);
    scenario.set_name("raid");
    scenario.set_loop_period_s(0.0);
    scenario.clear_launches();
    std::mt19937_64 random(42);
    const char *sites[] = {"sunan", "sohae", "tonghae", "sinpo", "wonsan"};
    for (int i = 0; i < missiles; ++i) {
        auto *launch = scenario.add_launches();
        launch->set_id("raid-" + std::to_string(i + 1));
        launch->set_site_name(sites[i % 5]);
        launch->set_launch_offset_s(std::uniform_real_distribution<>(0.0, kLaunchWindowS)(random));
        launch->set_azimuth_deg(std::uniform_real_distribution<>(60.0, 110.0)(random));
        launch->set_range_km(std::uniform_real_distribution<>(300.0, 800.0)(random));
        launch->set_missile_class(cop::sim::v1::MISSILE_CLASS_SRBM);
    }
    return scenario;
}

} // namespace

int main(int argc, char *argv[])
{
    int missiles = 100;
    std::string scenarioDir = COP_SCENARIO_SOURCE_DIR;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--missiles" && i + 1 < argc) {
            missiles = std::atoi(argv[++i]);
        } else if (argument.starts_with("-")) {
            std::fprintf(stderr, "usage: cop-bench-sim [--missiles N] [SCENARIO_DIR]\n");
            return argument == "--help" ? EXIT_SUCCESS : 2;
        } else {
            scenarioDir = argument;
        }
    }
    if (missiles < 1) {
        std::fprintf(stderr, "cop-bench-sim: --missiles must be positive\n");
        return 2;
    }
    const cop::sim::v1::Scenario scenario = raid(scenarioDir, missiles);
    using Clock = std::chrono::steady_clock;
    for (const auto nation : {cop::v1::NATION_US, cop::v1::NATION_JP, cop::v1::NATION_KR}) {
        cop::sim::EventLog log("bench", 10'000'000);
        const auto setupStart = Clock::now();
        cop::sim::Simulator simulator(log, scenario, nation, 1, 1.0, 0);
        const double setupS = std::chrono::duration<double>(Clock::now() - setupStart).count();
        double endS = 0.0;
        for (const auto &flight : simulator.plannedFlights())
            endS = std::max(endS, flight.launchS + flight.flight->endS());
        endS += 60.0;

        const auto start = Clock::now();
        simulator.advanceTo(endS);
        const double wallS = std::chrono::duration<double>(Clock::now() - start).count();

        std::vector<cop::v1::PictureEvent> events;
        log.eventsAfter(0, std::numeric_limits<size_t>::max(), &events);
        size_t tracks = 0;
        size_t predictions = 0;
        for (const auto &event : events) {
            tracks += event.has_track_update();
            predictions += event.has_prediction();
        }
        std::printf("%s: %d missiles, %zu sensors at %.0f Hz, %.0f s of scenario in %.2f s: "
                    "%.1fx real time (%zu track updates, %zu predictions); flights solved in "
                    "%.2f s\n",
                    cop::v1::Nation_Name(nation).c_str(), missiles, simulator.sensors().size(),
                    kSensorRateHz, endS, wallS, endS / wallS, tracks, predictions, setupS);
    }
    return EXIT_SUCCESS;
}
