#include "Scenario.h"

#include "ScriptedFlight.h"

#include <google/protobuf/util/json_util.h>

#include <array>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace cop::sim {

namespace {

struct NamedSite
{
    std::string_view name;
    double latDeg;
    double lonDeg;
};

// design.md §7, WGS-84.
constexpr std::array kSites{
    NamedSite{"sunan", 39.224, 125.670},   NamedSite{"sohae", 39.660, 124.705},
    NamedSite{"tonghae", 40.855, 129.666}, NamedSite{"sinpo", 40.035, 128.186},
    NamedSite{"wonsan", 39.166, 127.484},
};

std::string str(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

// Collects the first problem with the path of the field it is about.
class Checker
{
public:
    bool ok() const { return m_problem.empty(); }
    const std::string &problem() const { return m_problem; }

    void require(bool condition, const std::string &field, const std::string &reason)
    {
        if (!condition && ok())
            m_problem = field + ": " + reason;
    }

private:
    std::string m_problem;
};

void checkCoverage(Checker &check, const std::string &path,
                   const google::protobuf::RepeatedPtrField<cop::sim::v1::NationCoverage> &list)
{
    std::set<int> nations;
    for (int i = 0; i < list.size() && check.ok(); ++i) {
        const auto &entry = list[i];
        const std::string at = path + "[" + std::to_string(i) + "].";
        check.require(entry.nation() != cop::v1::NATION_UNSPECIFIED, at + "nation",
                      "required (NATION_US, NATION_JP or NATION_KR)");
        check.require(nations.insert(entry.nation()).second, at + "nation",
                      "listed twice in " + path);
        check.require(entry.detection_delay_s() >= 0.0, at + "detection_delay_s", "must be >= 0");
        check.require(entry.position_noise_m() >= 0.0, at + "position_noise_m", "must be >= 0");
        check.require(entry.report_period_s() > 0.0, at + "report_period_s", "must be > 0");
        check.require(entry.prediction_period_s() >= 0.0, at + "prediction_period_s",
                      "must be >= 0");
        check.require(!entry.sensors().empty(), at + "sensors", "at least one sensor name");
    }
}

void checkLaunch(Checker &check, const std::string &at, const cop::sim::v1::ScriptedLaunch &launch)
{
    using cop::sim::v1::ScriptedLaunch;
    check.require(!launch.id().empty(), at + "id", "required");
    switch (launch.site_case()) {
    case ScriptedLaunch::kSiteName:
        check.require(namedSite(launch.site_name()).has_value(), at + "site_name",
                      "unknown site \"" + launch.site_name()
                          + "\" (sunan, sohae, tonghae, sinpo, wonsan)");
        break;
    case ScriptedLaunch::kSitePosition:
        check.require(std::abs(launch.site_position().lat_deg()) <= 90.0,
                      at + "site_position.lat_deg", "must be within [-90, 90]");
        check.require(std::abs(launch.site_position().lon_deg()) <= 180.0,
                      at + "site_position.lon_deg", "must be within [-180, 180]");
        break;
    case ScriptedLaunch::SITE_NOT_SET:
        check.require(false, at + "site_name", "required (or site_position)");
        break;
    }
    check.require(launch.launch_offset_s() >= 0.0, at + "launch_offset_s", "must be >= 0");
    check.require(launch.azimuth_deg() >= 0.0 && launch.azimuth_deg() < 360.0,
                  at + "azimuth_deg", "must be within [0, 360)");
    check.require(launch.range_km() > 0.0, at + "range_km", "must be > 0");
    check.require(launch.range_km() < 20000.0, at + "range_km", "must be < 20000");
    check.require(launch.apogee_km() > 0.0, at + "apogee_km", "must be > 0");
    check.require(launch.flight_time_s() >= 0.0, at + "flight_time_s", "must be >= 0");
    check.require(launch.boost_duration_s() >= 0.0, at + "boost_duration_s", "must be >= 0");
    if (check.ok()) {
        const double flight = ScriptedFlight::flightTimeOf(launch);
        const double boost = ScriptedFlight::boostDurationOf(launch);
        check.require(boost < flight, at + "boost_duration_s",
                      str(boost) + " s must be shorter than the flight time (" + str(flight)
                          + " s)");
    }
    checkCoverage(check, at + "coverage", launch.coverage());
}

} // namespace

std::optional<cop::sim::v1::SitePosition> namedSite(std::string_view name)
{
    for (const NamedSite &site : kSites) {
        if (site.name == name) {
            cop::sim::v1::SitePosition position;
            position.set_lat_deg(site.latDeg);
            position.set_lon_deg(site.lonDeg);
            return position;
        }
    }
    return std::nullopt;
}

std::string scenarioProblem(const cop::sim::v1::Scenario &scenario)
{
    Checker check;
    check.require(!scenario.name().empty(), "name", "required");
    check.require(scenario.loop_period_s() >= 0.0, "loop_period_s", "must be >= 0");
    check.require(scenario.heartbeat_period_s() >= 0.0 && scenario.heartbeat_period_s() <= 60.0,
                  "heartbeat_period_s", "must be within [0, 60]");
    checkCoverage(check, "coverage", scenario.coverage());
    check.require(!scenario.launches().empty(), "launches", "at least one launch");
    std::set<std::string> ids;
    for (int i = 0; i < scenario.launches().size() && check.ok(); ++i) {
        const std::string at = "launches[" + std::to_string(i) + "].";
        const auto &launch = scenario.launches(i);
        checkLaunch(check, at, launch);
        check.require(ids.insert(launch.id()).second, at + "id",
                      "\"" + launch.id() + "\" used twice");
    }
    return check.problem();
}

cop::sim::v1::Scenario loadScenario(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw ScenarioError(path + ": cannot open");
    std::ostringstream text;
    text << file.rdbuf();

    cop::sim::v1::Scenario scenario;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false; // a misspelt field must not silently vanish
    const auto status =
        google::protobuf::util::JsonStringToMessage(text.str(), &scenario, options);
    if (!status.ok())
        throw ScenarioError(path + ": not a valid scenario: " + std::string(status.message()));
    if (const std::string problem = scenarioProblem(scenario); !problem.empty())
        throw ScenarioError(path + ": " + problem);
    return scenario;
}

} // namespace cop::sim
