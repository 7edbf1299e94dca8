#include "Scenario.h"

#include <google/protobuf/util/json_util.h>

#include <array>
#include <cmath>
#include <filesystem>
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

// docs/flight-dynamics.md, WGS-84.
constexpr std::array kSites{
    NamedSite{"sunan", 39.224, 125.670},   NamedSite{"sohae", 39.660, 124.705},
    NamedSite{"tonghae", 40.855, 129.666}, NamedSite{"sinpo", 40.035, 128.186},
    NamedSite{"wonsan", 39.166, 127.484},
};

// Launches may start before the service does, by at most the longest flight.
constexpr double kMaxFlightS = 7200.0;

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
        check.require(entry.position_noise_m() == 0.0 || !entry.sensors().empty(),
                      at + "sensors", "the abstract sensor of position_noise_m needs a name");
    }
}

void checkSpaceLaunch(Checker &check, const std::string &at,
                      const cop::sim::v1::ScriptedLaunch &launch)
{
    const auto &space = launch.space_launch();
    const std::string field = at + "space_launch.";
    check.require(launch.stages_size() >= 2, at + "stages",
                  "a space launch needs its stages, at least two");
    for (int i = 0; i < launch.stages_size(); ++i) {
        const std::string stage = at + "stages[" + std::to_string(i) + "].";
        check.require(launch.stages(i).acceleration_mps2() == 0.0, stage + "acceleration_mps2",
                      "a space launch's stages need thrust_n and masses");
        // The solver flies the whole boost dozens of times.
        check.require(launch.stages(i).burn_time_s() <= 1000.0, stage + "burn_time_s",
                      "must be <= 1000 for a space launch");
    }
    check.require(space.perigee_km() >= 150.0, field + "perigee_km",
                  "must be >= 150 (lower decays within a few revolutions)");
    check.require(space.apogee_km() >= space.perigee_km(), field + "apogee_km",
                  "must be >= perigee_km");
    check.require(space.apogee_km() <= 2000.0, field + "apogee_km",
                  "must be <= 2000 (low Earth orbit)");
    check.require(std::abs(space.dogleg_deg()) <= 90.0, field + "dogleg_deg",
                  "must be within [-90, 90]");
    check.require(space.dogleg_start_s() >= 0.0, field + "dogleg_start_s", "must be >= 0");
    if (space.has_fairing()) {
        double burnS = 0.0;
        for (const auto &stage : launch.stages())
            burnS += stage.burn_time_s();
        check.require(space.fairing().separation_s() > 0.0 && space.fairing().separation_s() < burnS,
                      field + "fairing.separation_s", "must be within the powered flight (0, "
                          + std::to_string(int(burnS)) + ") s");
        check.require(space.fairing().ballistic_coefficient_kg_m2() >= 0.0,
                      field + "fairing.ballistic_coefficient_kg_m2", "must be >= 0");
    }
    if (launch.failure().kind() == cop::sim::v1::Failure::KIND_NO_IGNITION)
        check.require(launch.failure().stage() >= 2 && launch.failure().stage() <= launch.stages_size(),
                      at + "failure.stage",
                      "must be within [2, " + std::to_string(launch.stages_size())
                          + "] (a stage above the first)");
    check.require(launch.salvo().count() <= 1, at + "salvo.count",
                  "space launches fly one at a time");
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
    check.require(launch.launch_offset_s() >= -kMaxFlightS, at + "launch_offset_s",
                  "must be >= -7200");
    check.require(launch.azimuth_deg() >= 0.0 && launch.azimuth_deg() < 360.0,
                  at + "azimuth_deg", "must be within [0, 360)");
    if (!launch.has_space_launch()) {
        check.require(launch.range_km() > 0.0, at + "range_km", "must be > 0");
        check.require(launch.range_km() < 20000.0, at + "range_km", "must be < 20000");
    }
    check.require(launch.apogee_km() >= 0.0, at + "apogee_km", "must be >= 0");
    check.require(launch.boost_duration_s() >= 0.0 && launch.boost_duration_s() <= 600.0,
                  at + "boost_duration_s", "must be within [0, 600]");
    check.require(launch.ballistic_coefficient_kg_m2() >= 0.0,
                  at + "ballistic_coefficient_kg_m2", "must be >= 0");
    for (int i = 0; i < launch.stages_size(); ++i) {
        const auto &stage = launch.stages(i);
        const std::string field = at + "stages[" + std::to_string(i) + "].";
        check.require(stage.burn_time_s() > 0.0, field + "burn_time_s", "must be > 0");
        check.require(stage.spent_ballistic_coefficient_kg_m2() >= 0.0,
                      field + "spent_ballistic_coefficient_kg_m2", "must be >= 0");
        if (stage.acceleration_mps2() > 0.0)
            continue;
        check.require(stage.thrust_n() > 0.0, field + "thrust_n",
                      "must be > 0 (or give acceleration_mps2)");
        check.require(stage.mass_kg() > 0.0, field + "mass_kg", "must be > 0");
        check.require(stage.propellant_mass_kg() > 0.0
                          && stage.propellant_mass_kg() < stage.mass_kg(),
                      field + "propellant_mass_kg", "must be > 0 and less than mass_kg");
    }
    const auto failure = launch.failure().kind();
    if (failure == cop::sim::v1::Failure::KIND_NO_IGNITION)
        check.require(launch.has_space_launch(), at + "failure.kind",
                      "KIND_NO_IGNITION is for space launches (space_launch)");
    else if (failure != cop::sim::v1::Failure::KIND_UNSPECIFIED)
        check.require(launch.failure().time_s() > 0.0, at + "failure.time_s", "must be > 0");
    if (launch.has_space_launch())
        checkSpaceLaunch(check, at, launch);
    check.require(launch.salvo().count() >= 0, at + "salvo.count", "must be >= 0");
    check.require(launch.salvo().interval_s() >= 0.0, at + "salvo.interval_s", "must be >= 0");
    checkCoverage(check, at + "coverage", launch.coverage());
}

void checkSensor(Checker &check, const std::string &at, const cop::sim::v1::Sensor &sensor)
{
    using cop::sim::v1::Sensor;
    check.require(!sensor.name().empty(), at + "name", "required");
    check.require(sensor.nation() != cop::v1::NATION_UNSPECIFIED, at + "nation",
                  "required (NATION_US, NATION_JP or NATION_KR)");
    check.require(sensor.kind() != Sensor::KIND_UNSPECIFIED, at + "kind",
                  "required (KIND_SPACE_INFRARED or KIND_RADAR)");
    check.require(std::abs(sensor.position().lat_deg()) <= 90.0, at + "position.lat_deg",
                  "must be within [-90, 90]");
    check.require(std::abs(sensor.position().lon_deg()) <= 180.0, at + "position.lon_deg",
                  "must be within [-180, 180]");
    check.require(sensor.max_range_km() >= 0.0, at + "max_range_km", "must be >= 0");
    check.require(sensor.revisit_s() > 0.0, at + "revisit_s", "must be > 0");
    check.require(sensor.range_sigma_m() > 0.0, at + "range_sigma_m", "must be > 0");
    check.require(sensor.angle_sigma_mrad() > 0.0, at + "angle_sigma_mrad", "must be > 0");
    check.require(sensor.latency_s() >= 0.0 && sensor.latency_s() <= 60.0, at + "latency_s",
                  "must be within [0, 60]");
    check.require(sensor.detection_probability() >= 0.0 && sensor.detection_probability() <= 1.0,
                  at + "detection_probability", "must be within [0, 1]");
    for (int i = 0; i < sensor.sectors_size(); ++i) {
        const auto &sector = sensor.sectors(i);
        const std::string field = at + "sectors[" + std::to_string(i) + "]";
        check.require(sector.from_deg() >= 0.0 && sector.from_deg() < 360.0
                          && sector.to_deg() >= 0.0 && sector.to_deg() < 360.0,
                      field, "from_deg and to_deg must be within [0, 360)");
    }
}

std::string readFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw ScenarioError(path + ": cannot open");
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

template<typename Message>
void parseJson(const std::string &path, const char *what, Message *message)
{
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false; // a misspelt field must not silently vanish
    const auto status = google::protobuf::util::JsonStringToMessage(readFile(path), message, options);
    if (!status.ok())
        throw ScenarioError(path + ": not a valid " + what + ": " + std::string(status.message()));
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
    std::set<std::string> sensorNames;
    for (int i = 0; i < scenario.sensors().size() && check.ok(); ++i) {
        const std::string at = "sensors[" + std::to_string(i) + "].";
        checkSensor(check, at, scenario.sensors(i));
        check.require(sensorNames.insert(scenario.sensors(i).name()).second, at + "name",
                      "\"" + scenario.sensors(i).name() + "\" used twice");
    }
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
    cop::sim::v1::Scenario scenario;
    parseJson(path, "scenario", &scenario);
    if (!scenario.sensor_network_file().empty()) {
        const std::filesystem::path network =
            std::filesystem::path(path).parent_path() / scenario.sensor_network_file();
        cop::sim::v1::SensorNetwork sensors;
        try {
            parseJson(network.string(), "sensor network", &sensors);
        } catch (const ScenarioError &error) {
            throw ScenarioError(path + ": sensor_network_file: " + error.what());
        }
        for (auto &sensor : *sensors.mutable_sensors())
            *scenario.add_sensors() = std::move(sensor);
        scenario.clear_sensor_network_file();
    }
    if (const std::string problem = scenarioProblem(scenario); !problem.empty())
        throw ScenarioError(path + ": " + problem);
    return scenario;
}

} // namespace cop::sim
