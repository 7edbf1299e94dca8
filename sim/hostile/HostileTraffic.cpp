#include "HostileTraffic.h"

#include <array>
#include <cmath>
#include <limits>
#include <random>

namespace cop::hostile {

namespace {

using cop::v1::PictureEvent;

constexpr double kPi = 3.14159265358979323846;
constexpr double kWgs84A = 6378137.0;
constexpr double kWgs84E2 = 6.69437999014e-3;
constexpr double kGoodHeightM = 150'000.0;
constexpr double kSpeedMps = 2000.0;
constexpr int64_t kTenYearsUs = int64_t(3653) * 86'400 * 1'000'000;
constexpr int kFloodTracks = 1000;
constexpr int kTrajectorySamples = 20'000;
constexpr size_t kHugeRegionBytes = 500 * 1000;
constexpr size_t kHugeTrackIdBytes = 1000 * 1000;
constexpr int kOrphanIds = 10;

std::string nationPrefix(cop::v1::Nation nation)
{
    switch (nation) {
    case cop::v1::NATION_US: return "US";
    case cop::v1::NATION_JP: return "JP";
    case cop::v1::NATION_KR: return "KR";
    default: return "XX";
    }
}

cop::v1::Ecef toEcef(double latDeg, double lonDeg, double heightM)
{
    const double lat = latDeg * kPi / 180.0;
    const double lon = lonDeg * kPi / 180.0;
    const double n = kWgs84A / std::sqrt(1.0 - kWgs84E2 * std::sin(lat) * std::sin(lat));
    cop::v1::Ecef ecef;
    ecef.set_x((n + heightM) * std::cos(lat) * std::cos(lon));
    ecef.set_y((n + heightM) * std::cos(lat) * std::sin(lon));
    ecef.set_z((n * (1.0 - kWgs84E2) + heightM) * std::sin(lat));
    return ecef;
}

// 100 m in position and 10 m/s in velocity, uncorrelated: upper triangle, row by row.
void setSoundCovariance(cop::v1::TrackUpdate &track)
{
    track.clear_covariance_upper();
    for (int row = 0; row < 6; ++row) {
        for (int col = row; col < 6; ++col)
            track.add_covariance_upper(row != col ? 0.0 : row < 3 ? 1e4 : 1e2);
    }
}

PictureEvent trackEvent(cop::v1::TrackUpdate track)
{
    PictureEvent event;
    *event.mutable_track_update() = std::move(track);
    return event;
}

cop::v1::Prediction plausiblePrediction(const std::string &trackId, int64_t nowUs)
{
    cop::v1::Prediction prediction;
    prediction.set_track_id(trackId);
    prediction.set_issued_utc_us(nowUs);
    for (int i = 0; i <= 10; ++i) {
        cop::v1::TrajectorySample *sample = prediction.add_trajectory();
        sample->set_time_utc_us(nowUs + i * 30'000'000LL);
        sample->mutable_point()->set_lat_deg(39.0);
        sample->mutable_point()->set_lon_deg(132.0 + i * 0.5);
        sample->mutable_point()->set_height_m(kGoodHeightM * (1.0 - i / 10.0));
    }
    prediction.mutable_impact_point()->set_lat_deg(39.0);
    prediction.mutable_impact_point()->set_lon_deg(137.0);
    prediction.set_impact_time_utc_us(nowUs + 300'000'000LL);
    prediction.set_impact_time_sigma_s(5.0);
    cop::v1::ImpactEllipse *ellipse = prediction.add_ellipses();
    ellipse->set_confidence(0.95);
    ellipse->set_semi_major_m(20'000.0);
    ellipse->set_semi_minor_m(8'000.0);
    ellipse->set_orientation_deg(80.0);
    return prediction;
}

cop::v1::AlertUpdate plausibleAlert(std::string alertId, const std::string &trackId,
                                    int64_t nowUs)
{
    cop::v1::AlertUpdate alert;
    alert.set_alert_id(std::move(alertId));
    alert.set_kind(cop::v1::ALERT_KIND_IMPACT_AT_SEA);
    alert.set_severity(cop::v1::SEVERITY_ADVISORY);
    alert.set_track_id(trackId);
    alert.set_region_id("sea-of-japan");
    alert.set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
    alert.set_raised_utc_us(nowUs);
    alert.set_predicted_impact_utc_us(nowUs + 300'000'000LL);
    return alert;
}

PictureEvent launchEvent(std::string launchId, const std::string &trackId, int64_t nowUs)
{
    PictureEvent event;
    cop::v1::Launch *launch = event.mutable_launch();
    launch->set_launch_id(std::move(launchId));
    launch->set_track_id(trackId);
    launch->set_launch_time_utc_us(nowUs - 60'000'000);
    launch->mutable_point()->set_lat_deg(39.0);
    launch->mutable_point()->set_lon_deg(125.5);
    for (double value : {1e6, 0.0, 1e6})
        launch->add_point_covariance_en(value);
    return event;
}

PictureEvent predictionEvent(cop::v1::Prediction prediction)
{
    PictureEvent event;
    *event.mutable_prediction() = std::move(prediction);
    return event;
}

PictureEvent alertEvent(cop::v1::AlertUpdate alert)
{
    PictureEvent event;
    *event.mutable_alert_update() = std::move(alert);
    return event;
}

// Every double and float a console reads, each set to a bad value in turn, in an otherwise
// valid message of the kind that carries it.
using FieldSetter = void (*)(PictureEvent &, double);

struct NonFiniteField
{
    PictureEvent::BodyCase body;
    FieldSetter set;
};

cop::v1::TrackUpdate &trackOf(PictureEvent &e)
{
    return *e.mutable_track_update();
}

cop::v1::Prediction &predictionOf(PictureEvent &e)
{
    return *e.mutable_prediction();
}

cop::v1::Geodetic &geodeticOf(PictureEvent &e)
{
    cop::v1::Geodetic &point = *trackOf(e).mutable_position_geodetic();
    point.set_lat_deg(39.0);
    point.set_lon_deg(134.0);
    point.set_height_m(kGoodHeightM);
    return point;
}

constexpr auto kTrack = PictureEvent::kTrackUpdate;
constexpr auto kPrediction = PictureEvent::kPrediction;
constexpr auto kLaunch = PictureEvent::kLaunch;

const std::array kNonFiniteFields{
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).mutable_position_ecef()->set_x(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).mutable_position_ecef()->set_y(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).mutable_position_ecef()->set_z(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).mutable_velocity_ecef()->set_x(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).mutable_velocity_ecef()->set_y(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).mutable_velocity_ecef()->set_z(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).set_covariance_upper(0, v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).set_covariance_upper(20, v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { trackOf(e).set_quality(float(v)); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { geodeticOf(e).set_lat_deg(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { geodeticOf(e).set_lon_deg(v); }},
    NonFiniteField{kTrack, [](PictureEvent &e, double v) { geodeticOf(e).set_height_m(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_impact_point()->set_lat_deg(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_impact_point()->set_lon_deg(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_apogee()->set_height_m(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).set_impact_time_sigma_s(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_ellipses(0)->set_confidence(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_ellipses(0)->set_semi_major_m(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_ellipses(0)->set_semi_minor_m(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_ellipses(0)->set_orientation_deg(v); }},
    NonFiniteField{kPrediction, [](PictureEvent &e, double v) { predictionOf(e).mutable_trajectory(3)->mutable_point()->set_lon_deg(v); }},
    NonFiniteField{kLaunch, [](PictureEvent &e, double v) { e.mutable_launch()->mutable_point()->set_lat_deg(v); }},
    NonFiniteField{kLaunch, [](PictureEvent &e, double v) { e.mutable_launch()->set_point_covariance_en(1, v); }},
};

} // namespace

HostileTraffic::HostileTraffic(cop::v1::Nation nation, int goodTracks, uint64_t seed)
    : m_prefix(nationPrefix(nation))
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> lat(36.0, 42.0);
    std::uniform_real_distribution<double> lon(129.0, 137.0);
    for (int i = 0; i < goodTracks; ++i)
        m_good.push_back({lat(random), lon(random)});
}

std::string HostileTraffic::id(std::string_view kind, uint64_t n) const
{
    return m_prefix + "-" + std::string(kind) + "-" + std::to_string(n);
}

cop::v1::TrackUpdate HostileTraffic::plausibleTrack(std::string id, double latDeg,
                                                    double lonDeg, double heightM,
                                                    int64_t timeUtcUs)
{
    cop::v1::TrackUpdate track;
    track.set_track_id(std::move(id));
    track.set_time_utc_us(timeUtcUs);
    *track.mutable_position_ecef() = toEcef(latDeg, lonDeg, heightM);
    const double lon = lonDeg * kPi / 180.0;
    track.mutable_velocity_ecef()->set_x(-std::sin(lon) * kSpeedMps);
    track.mutable_velocity_ecef()->set_y(std::cos(lon) * kSpeedMps);
    track.mutable_velocity_ecef()->set_z(0.0);
    setSoundCovariance(track);
    track.set_phase(cop::v1::TRACK_PHASE_MIDCOURSE);
    track.set_affiliation(cop::v1::AFFILIATION_HOSTILE);
    track.set_quality(0.8f);
    track.add_contributing_sensors("hostile-radar");
    return track;
}

std::vector<std::string> HostileTraffic::goodTrackIds() const
{
    std::vector<std::string> ids;
    for (size_t i = 0; i < m_good.size(); ++i)
        ids.push_back(id("GOOD", i + 1));
    return ids;
}

std::vector<PictureEvent> HostileTraffic::goodUpdates(int64_t nowUs) const
{
    // Eastward at 2 km/s is about 0.02 degrees a second here; the tracks sweep 10 degrees of
    // longitude in 500 s and start again, so they stay over the region however long it runs.
    const double seconds = double(nowUs % int64_t(500'000'000)) / 1e6;
    std::vector<PictureEvent> events;
    for (size_t i = 0; i < m_good.size(); ++i) {
        const double lon = m_good[i].lonDeg + seconds * 0.02;
        events.push_back(trackEvent(
            plausibleTrack(id("GOOD", i + 1), m_good[i].latDeg, lon, kGoodHeightM, nowUs)));
    }
    return events;
}

PictureEvent HostileTraffic::floodUpdate(uint64_t n, int64_t nowUs) const
{
    const int track = int(n % kFloodTracks);
    return trackEvent(plausibleTrack(id("FLOOD", track + 1), 33.0 + track % 100 * 0.1,
                                     125.0 + track / 100 * 1.0, kGoodHeightM, nowUs));
}

std::vector<PictureEvent> HostileTraffic::badMessages(HostileMode mode, uint64_t tick,
                                                      int64_t nowUs) const
{
    const std::string good = id("GOOD");
    const auto track = [&](std::string_view kind) {
        return plausibleTrack(id(kind), 39.0, 134.0, kGoodHeightM, nowUs);
    };
    const bool odd = tick % 2 == 1;
    switch (mode) {
    case HostileMode::MillisecondTimestamps: {
        auto bad = track("MS");
        bad.set_time_utc_us(nowUs / 1000);
        return {trackEvent(bad)};
    }
    case HostileMode::FutureTimestamps: {
        auto bad = track("FUTURE");
        bad.set_time_utc_us(nowUs + kTenYearsUs);
        return {trackEvent(bad)};
    }
    case HostileMode::HugeEcef: {
        auto bad = track("ECEF");
        (odd ? bad.mutable_velocity_ecef() : bad.mutable_position_ecef())->set_x(1e300);
        return {trackEvent(bad)};
    }
    case HostileMode::HugeHeight: {
        auto bad = track("HEIGHT");
        bad.mutable_position_geodetic()->set_lat_deg(39.0);
        bad.mutable_position_geodetic()->set_lon_deg(134.0);
        bad.mutable_position_geodetic()->set_height_m(1e12);
        return {trackEvent(bad)};
    }
    case HostileMode::HugeEllipse: {
        auto bad = plausiblePrediction(good, nowUs);
        bad.mutable_ellipses(0)->set_semi_major_m(1e300);
        bad.mutable_ellipses(0)->set_semi_minor_m(1e300);
        return {predictionEvent(bad)};
    }
    case HostileMode::IndefiniteCovariance: {
        // Variances of 1e4 with a covariance of 2e4 between x and y: a negative eigenvalue.
        auto bad = track("INDEFINITE");
        bad.set_covariance_upper(1, 2e4);
        if (odd)
            bad.set_covariance_upper(0, -1e4);
        return {trackEvent(bad)};
    }
    case HostileMode::ZeroCovariance: {
        auto bad = track("ZEROCOV");
        for (int i = 0; i < bad.covariance_upper_size(); ++i)
            bad.set_covariance_upper(i, 0.0);
        return {trackEvent(bad)};
    }
    case HostileMode::WrongCovarianceLength: {
        auto bad = track("COVLEN");
        if (odd)
            bad.add_covariance_upper(1e4);
        else
            bad.mutable_covariance_upper()->RemoveLast();
        return {trackEvent(bad)};
    }
    case HostileMode::NonFinite: {
        const std::array values{std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity()};
        const NonFiniteField &field = kNonFiniteFields[tick % kNonFiniteFields.size()];
        PictureEvent bad;
        switch (field.body) {
        case kTrack:
            bad = trackEvent(track("NONFINITE"));
            break;
        case kPrediction:
            bad = predictionEvent(plausiblePrediction(good, nowUs));
            break;
        default:
            bad = launchEvent(id("L-NONFINITE"), good, nowUs);
            break;
        }
        field.set(bad, values[(tick / kNonFiniteFields.size()) % values.size()]);
        return {bad};
    }
    case HostileMode::HugeRegionId: {
        auto bad = plausibleAlert(id("A-REGION"), good, nowUs);
        bad.set_region_id(std::string(kHugeRegionBytes, 'r'));
        return {alertEvent(bad)};
    }
    case HostileMode::HugeTrackId:
        return {trackEvent(plausibleTrack(std::string(kHugeTrackIdBytes, 't'), 39.0, 134.0,
                                          kGoodHeightM, nowUs))};
    case HostileMode::EmptyIds: {
        switch (tick % 4) {
        case 0: return {trackEvent(plausibleTrack("", 39.0, 134.0, kGoodHeightM, nowUs))};
        case 1: return {predictionEvent(plausiblePrediction("", nowUs))};
        case 2: return {alertEvent(plausibleAlert("", good, nowUs))};
        default: return {launchEvent("", good, nowUs)};
        }
    }
    case HostileMode::UnknownEnums: {
        auto bad = track("ENUM");
        bad.set_phase(cop::v1::TrackPhase(99));
        bad.set_affiliation(cop::v1::Affiliation(42));
        auto alert = plausibleAlert(id("A-ENUM"), good, nowUs);
        alert.set_kind(cop::v1::AlertKind(77));
        alert.set_severity(cop::v1::Severity(9));
        alert.set_state(cop::v1::AlertState(55));
        PictureEvent drop;
        drop.mutable_track_drop()->set_track_id(id("ENUM-DROPPED", tick));
        drop.mutable_track_drop()->set_time_utc_us(nowUs);
        drop.mutable_track_drop()->set_reason(cop::v1::DropReason(13));
        return {trackEvent(bad), alertEvent(alert), drop};
    }
    case HostileMode::OrphanAlerts: {
        const std::string ghost = id("GHOST", tick % kOrphanIds + 1);
        return {alertEvent(plausibleAlert(id("A-GHOST", tick % kOrphanIds + 1), ghost, nowUs)),
                predictionEvent(plausiblePrediction(ghost, nowUs))};
    }
    case HostileMode::HugeTrajectory: {
        auto bad = plausiblePrediction(good, nowUs);
        bad.clear_trajectory();
        for (int i = 0; i < kTrajectorySamples; ++i) {
            cop::v1::TrajectorySample *sample = bad.add_trajectory();
            sample->set_time_utc_us(nowUs + i * 15'000LL);
            sample->mutable_point()->set_lat_deg(39.0);
            sample->mutable_point()->set_lon_deg(132.0 + i * 2.5e-4);
            sample->mutable_point()->set_height_m(kGoodHeightM * (1.0 - double(i) / kTrajectorySamples));
        }
        return {predictionEvent(bad)};
    }
    default:
        // Stream modes and the flood have no per-tick messages.
        return {};
    }
}

} // namespace cop::hostile
