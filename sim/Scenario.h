#pragma once

#include "cop/sim/v1/scenario.pb.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cop::sim {

class ScenarioError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Reads a JSON scenario (protobuf JSON mapping), merges its sensor network file into it and
// validates it. Throws ScenarioError whose message names the file and, for a bad value, the
// field: "demo.json: launches[1].range_km: must be > 0". Whether a launch can be flown (its
// range within the missile's reach) shows when the Simulator solves it.
cop::sim::v1::Scenario loadScenario(const std::string &path);

// The first problem in the scenario as "field: reason", or an empty string when it is valid.
std::string scenarioProblem(const cop::sim::v1::Scenario &scenario);

// A named launch site (docs/flight-dynamics.md), or nothing for a name we do not know.
std::optional<cop::sim::v1::SitePosition> namedSite(std::string_view name);

} // namespace cop::sim
