#include "EventDecoder.h"
#include "TrackUpdates.h"
#include "WireLimits.h"

#include <google/protobuf/stubs/logging.h>

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using cop::v1::PictureEvent;

using Mutation = std::function<void(PictureEvent &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(cop::v1::PictureEvent)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr qint64 kSecondUs = 1'000'000;
constexpr qint64 kHourUs = 3'600 * kSecondUs;
// The fixtures' times are kBaseTimeUtcUs; the console receives them a second later.
const qint64 kReceivedUtcUs = cop::testing::kBaseTimeUtcUs + kSecondUs;

// Where a time lands against its window, as the decoder words it.
QString offset(qint64 time, qint64 reference, const char *referenceName, int limitS)
{
    const double seconds = (double(time) - double(reference)) / 1e6;
    return u"%1 (%2 s %3 %4, limit %5 s)"_s.arg(time)
        .arg(std::abs(seconds), 0, 'f', 1)
        .arg(seconds > 0 ? "after"_L1 : "before"_L1, QLatin1StringView(referenceName))
        .arg(limitS);
}

QString fromReceipt(qint64 time, int limitS)
{
    return offset(time, kReceivedUtcUs, "receipt", limitS);
}

// A covariance a tracker could have sent: 100 m and 5 m/s sigmas, x correlated with vx.
void setCovariance(cop::v1::TrackUpdate *track)
{
    track->clear_covariance_upper();
    for (int row = 0; row < 6; ++row) {
        for (int col = row; col < 6; ++col)
            track->add_covariance_upper(row != col ? 0.0 : row < 3 ? 1.0e4 : 25.0);
    }
    track->set_covariance_upper(3, 400.0); // (x, vx): correlation 0.8
}

PictureEvent validTrack()
{
    PictureEvent event = cop::testing::sequenced(cop::testing::trackUpdate(7, 0), 42);
    setCovariance(event.mutable_track_update());
    return event;
}

PictureEvent validDrop()
{
    PictureEvent event;
    event.set_sequence(1);
    event.mutable_track_drop()->set_track_id("T7");
    event.mutable_track_drop()->set_time_utc_us(cop::testing::kBaseTimeUtcUs);
    event.mutable_track_drop()->set_reason(cop::v1::DROP_REASON_IMPACTED);
    return event;
}

void setPoint(cop::v1::Geodetic *point, double lat, double lon, double height = 0.0)
{
    point->set_lat_deg(lat);
    point->set_lon_deg(lon);
    point->set_height_m(height);
}

PictureEvent validLaunch()
{
    PictureEvent event;
    event.set_sequence(1);
    cop::v1::Launch *launch = event.mutable_launch();
    launch->set_launch_id("L1");
    launch->set_track_id("T7");
    launch->set_launch_time_utc_us(cop::testing::kBaseTimeUtcUs);
    setPoint(launch->mutable_point(), 39.224, 125.670);
    for (double value : {4.0e6, 1.0e5, 9.0e6})
        launch->add_point_covariance_en(value);
    launch->set_launch_time_sigma_s(12.5);
    return event;
}

// A satellite launch from Sohae that reached a near-polar orbit.
PictureEvent orbitingSpaceLaunch()
{
    PictureEvent event = validLaunch();
    cop::v1::Launch *launch = event.mutable_launch();
    setPoint(launch->mutable_point(), 39.66, 124.705);
    launch->set_kind(cop::v1::LAUNCH_KIND_SPACE_LAUNCH);
    launch->set_origin("PRK");
    launch->set_outcome_utc_us(launch->launch_time_utc_us() + 540 * kSecondUs);
    launch->mutable_orbit()->set_perigee_height_m(490'000.0);
    launch->mutable_orbit()->set_apogee_height_m(510'000.0);
    launch->mutable_orbit()->set_inclination_deg(97.4);
    return event;
}

// One whose second stage did not ignite: the rest fell into the Yellow Sea.
PictureEvent failedSpaceLaunch()
{
    PictureEvent event = orbitingSpaceLaunch();
    cop::v1::Launch *launch = event.mutable_launch();
    launch->set_outcome_utc_us(launch->launch_time_utc_us() + 150 * kSecondUs);
    cop::v1::LaunchFailure *failure = launch->mutable_failure();
    failure->set_mode(cop::v1::FAILURE_MODE_NO_IGNITION);
    failure->set_stage(2);
    setPoint(failure->mutable_debris_point(), 36.5, 124.0);
    cop::v1::ImpactEllipse *ellipse = failure->add_debris_ellipses();
    ellipse->set_confidence(0.95);
    ellipse->set_semi_major_m(60'000);
    ellipse->set_semi_minor_m(20'000);
    ellipse->set_orientation_deg(175);
    failure->set_debris_from_utc_us(launch->outcome_utc_us() + 200 * kSecondUs);
    failure->set_debris_until_utc_us(launch->outcome_utc_us() + 400 * kSecondUs);
    return event;
}

// The spent first stage of a vehicle, a track of its own.
PictureEvent separatedStage()
{
    PictureEvent event = validTrack();
    cop::v1::TrackUpdate *track = event.mutable_track_update();
    track->set_track_id("T7.S1");
    track->set_object_kind(cop::v1::OBJECT_KIND_STAGE);
    track->set_parent_track_id("T7");
    track->set_stage(1);
    track->set_separated_utc_us(track->time_utc_us() - 20 * kSecondUs);
    return event;
}

PictureEvent validPrediction()
{
    PictureEvent event;
    event.set_sequence(1);
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->set_track_id("T7");
    prediction->set_issued_utc_us(cop::testing::kBaseTimeUtcUs);
    for (int i = 0; i < 3; ++i) {
        cop::v1::TrajectorySample *sample = prediction->add_trajectory();
        sample->set_time_utc_us(cop::testing::kBaseTimeUtcUs + i * kSecondUs);
        setPoint(sample->mutable_point(), 39.0 + i, 130.0 + i, 100'000.0);
    }
    setPoint(prediction->mutable_impact_point(), 41.0, 133.0);
    prediction->set_impact_time_utc_us(cop::testing::kBaseTimeUtcUs + 300 * kSecondUs);
    prediction->set_impact_time_sigma_s(3.0);
    cop::v1::ImpactEllipse *ellipse = prediction->add_ellipses();
    ellipse->set_confidence(0.95);
    ellipse->set_semi_major_m(5000);
    ellipse->set_semi_minor_m(1500);
    ellipse->set_orientation_deg(45);
    return event;
}

// A vehicle predicted into orbit: its ground track, nothing of an impact.
PictureEvent orbitalPrediction()
{
    PictureEvent event = validPrediction();
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->clear_impact_point();
    prediction->clear_impact_time_utc_us();
    prediction->clear_impact_time_sigma_s();
    prediction->clear_ellipses();
    prediction->set_orbital(true);
    return event;
}

PictureEvent validAlert()
{
    PictureEvent event;
    event.set_sequence(1);
    cop::v1::AlertUpdate *alert = event.mutable_alert_update();
    alert->set_alert_id("A1");
    alert->set_kind(cop::v1::ALERT_KIND_IMPACT_IN_EEZ);
    alert->set_severity(cop::v1::SEVERITY_CRITICAL);
    alert->set_region_id("jp.eez");
    alert->set_state(cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
    alert->set_raised_utc_us(cop::testing::kBaseTimeUtcUs);
    alert->set_predicted_impact_utc_us(cop::testing::kBaseTimeUtcUs + 300 * kSecondUs);
    cop::v1::Acknowledgement *ack = alert->add_acknowledgements();
    ack->set_operator_name("kim");
    ack->set_console_id("seoul-1");
    ack->set_time_utc_us(cop::testing::kBaseTimeUtcUs);
    return event;
}

void setEcef(cop::v1::Ecef *ecef, const cop::Vec3 &vector)
{
    ecef->set_x(vector[0]);
    ecef->set_y(vector[1]);
    ecef->set_z(vector[2]);
}

std::optional<cop::InboundEvent> decode(const PictureEvent &event, QStringList *errors)
{
    return cop::decodeEvent(event, kReceivedUtcUs, errors);
}

template<typename T>
const T &sequencedBody(const cop::InboundEvent &event)
{
    return std::get<T>(std::get<cop::SequencedEvent>(event).event);
}

} // namespace

class EventDecoderTest : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMalformedMessagesNamingTheField_data();
    void rejectsMalformedMessagesNamingTheField();
    void acceptsTheValidMessagesTheRejectionsStartFrom();
    void acceptsTheLimitsOfRealFlights_data();
    void acceptsTheLimitsOfRealFlights();
    void dropsACovarianceThatCannotBeOneAndKeepsTheEvent_data();
    void dropsACovarianceThatCannotBeOneAndKeepsTheEvent();
    void clampsHeartbeatPeriods_data();
    void clampsHeartbeatPeriods();
    void takesAMarkingOnlyAsItWasWritten_data();
    void takesAMarkingOnlyAsItWasWritten();
    void fillsEcefFromGeodeticPosition();
    void fillsGeodeticFromEcefPosition();
    void carriesEveryTrackField();
    void carriesWhatASpaceLaunchIs();
    void readsUnknownEnumValuesAsUnknown();
    void keepsGoodSnapshotItemsAndReportsBadOnes();
    void decodesStreamControlMessages();
    void survivesArbitraryBytes();
};

void EventDecoderTest::rejectsMalformedMessagesNamingTheField_data()
{
    QTest::addColumn<PictureEvent>("valid");
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("error");

    auto track = [](auto change) {
        return Mutation([change](PictureEvent &e) { change(*e.mutable_track_update()); });
    };
    auto launch = [](auto change) {
        return Mutation([change](PictureEvent &e) { change(*e.mutable_launch()); });
    };
    auto prediction = [](auto change) {
        return Mutation([change](PictureEvent &e) { change(*e.mutable_prediction()); });
    };
    auto alert = [](auto change) {
        return Mutation([change](PictureEvent &e) { change(*e.mutable_alert_update()); });
    };
    const qint64 base = cop::testing::kBaseTimeUtcUs;
    const std::string megabyte(1 << 20, 'x');

    QTest::newRow("latitude out of range")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_lat_deg(123); })
        << u"track_update: position_geodetic.lat_deg = 123"_s;
    QTest::newRow("longitude out of range")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_lon_deg(-181); })
        << u"track_update: position_geodetic.lon_deg = -181"_s;
    QTest::newRow("height not a number")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_height_m(kNaN); })
        << u"track_update: position_geodetic.height_m = nan"_s;
    QTest::newRow("height 1e12 m")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_height_m(1e12); })
        << u"track_update: position_geodetic.height_m = 1e+12"_s;
    QTest::newRow("height underground")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_height_m(-1001); })
        << u"track_update: position_geodetic.height_m = -1001"_s;
    QTest::newRow("latitude not a number")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_lat_deg(kNaN); })
        << u"track_update: position_geodetic.lat_deg = nan"_s;
    QTest::newRow("ecef infinite")
        << validTrack() << track([](auto &t) {
               t.mutable_position_ecef()->set_x(kInf);
               t.mutable_position_ecef()->set_y(6.4e6);
           })
        << u"track_update: position_ecef.x = inf"_s;
    QTest::newRow("ecef unset vector")
        << validTrack() << track([](auto &t) { t.mutable_position_ecef(); })
        << u"track_update: position_ecef: 0 m from the Earth's centre"_s;
    QTest::newRow("ecef 1e300")
        << validTrack() << track([](auto &t) { t.mutable_position_ecef()->set_x(1e300); })
        << u"track_update: position_ecef: 1e+300 m from the Earth's centre"_s;
    QTest::newRow("ecef above 10,000 km")
        << validTrack() << track([](auto &t) {
               setEcef(t.mutable_position_ecef(), cop::ecefFromGeodetic({0.0, 130.0, 10'001'000.0}));
           })
        << u"track_update: position_ecef: 16379137 m from the Earth's centre"_s;
    const cop::Vec3 underground = cop::ecefFromGeodetic({0.0, 130.0, -5'000.0});
    QTest::newRow("ecef underground")
        << validTrack() << track([underground](auto &t) { setEcef(t.mutable_position_ecef(), underground); })
        << u"track_update: position_ecef: height = "_s
               + QString::number(cop::geodeticFromEcef(underground).heightM, 'g',
                                 QLocale::FloatingPointShortest);
    QTest::newRow("no position")
        << validTrack() << track([](auto &t) { t.clear_position(); })
        << u"track_update: position: not set"_s;
    QTest::newRow("empty track id")
        << validTrack() << track([](auto &t) { t.clear_track_id(); })
        << u"track_update: track_id: empty"_s;
    QTest::newRow("1 MB track id")
        << validTrack() << track([megabyte](auto &t) { t.set_track_id(megabyte); })
        << u"track_update: track_id: 1048576 bytes, limit 64"_s;
    QTest::newRow("no time of validity")
        << validTrack() << track([](auto &t) { t.set_time_utc_us(0); })
        << u"track_update: time_utc_us = "_s + fromReceipt(0, 7200);
    QTest::newRow("time in milliseconds")
        << validTrack() << track([base](auto &t) { t.set_time_utc_us(base / 1000); })
        << u"track_update: time_utc_us = "_s + fromReceipt(base / 1000, 7200);
    QTest::newRow("time in nanoseconds")
        << validTrack() << track([base](auto &t) { t.set_time_utc_us(base * 1000); })
        << u"track_update: time_utc_us = "_s + fromReceipt(base * 1000, 60);
    QTest::newRow("time ten years ahead")
        << validTrack() << track([](auto &t) { t.set_time_utc_us(kReceivedUtcUs + 87'660 * kHourUs); })
        << u"track_update: time_utc_us = "_s + fromReceipt(kReceivedUtcUs + 87'660 * kHourUs, 60);
    QTest::newRow("time 61 s ahead")
        << validTrack() << track([](auto &t) { t.set_time_utc_us(kReceivedUtcUs + 61 * kSecondUs); })
        << u"track_update: time_utc_us = "_s + fromReceipt(kReceivedUtcUs + 61 * kSecondUs, 60);
    QTest::newRow("time three hours old")
        << validTrack() << track([](auto &t) { t.set_time_utc_us(kReceivedUtcUs - 3 * kHourUs); })
        << u"track_update: time_utc_us = "_s + fromReceipt(kReceivedUtcUs - 3 * kHourUs, 7200);
    QTest::newRow("time at the end of int64")
        << validTrack() << track([](auto &t) { t.set_time_utc_us(std::numeric_limits<qint64>::min()); })
        << u"track_update: time_utc_us = "_s + fromReceipt(std::numeric_limits<qint64>::min(), 7200);
    QTest::newRow("velocity not a number")
        << validTrack() << track([](auto &t) { t.mutable_velocity_ecef()->set_y(kNaN); })
        << u"track_update: velocity_ecef.y = nan"_s;
    QTest::newRow("velocity 1e300")
        << validTrack() << track([](auto &t) { t.mutable_velocity_ecef()->set_x(1e300); })
        << u"track_update: velocity_ecef: speed = 1e+300"_s;
    QTest::newRow("speed 13 km/s")
        << validTrack() << track([](auto &t) { setEcef(t.mutable_velocity_ecef(), {0.0, 0.0, 13'000.0}); })
        << u"track_update: velocity_ecef: speed = 13000"_s;
    QTest::newRow("covariance too short")
        << validTrack() << track([](auto &t) { t.mutable_covariance_upper()->RemoveLast(); })
        << u"track_update: covariance_upper: 20 values, expected 21 or none"_s;
    QTest::newRow("covariance not a number")
        << validTrack() << track([](auto &t) { t.set_covariance_upper(3, kNaN); })
        << u"track_update: covariance_upper[3] = nan"_s;
    QTest::newRow("quality above one")
        << validTrack() << track([](auto &t) { t.set_quality(1.5f); })
        << u"track_update: quality = 1.5"_s;
    QTest::newRow("33 sensors")
        << validTrack() << track([](auto &t) {
               for (int i = 0; i < 32; ++i)
                   t.add_contributing_sensors("radar");
           })
        << u"track_update: contributing_sensors: 33 entries, limit 32"_s;
    QTest::newRow("sensor name of 257 bytes")
        << validTrack() << track([](auto &t) { t.add_contributing_sensors(std::string(257, 's')); })
        << u"track_update: contributing_sensors[1]: 257 bytes, limit 256"_s;
    QTest::newRow("sequenced event without sequence")
        << validTrack() << Mutation([](PictureEvent &e) { e.set_sequence(0); })
        << u"track_update: sequence = 0"_s;
    QTest::newRow("drop without track id")
        << validDrop() << Mutation([](PictureEvent &e) { e.mutable_track_drop()->clear_track_id(); })
        << u"track_drop: track_id: empty"_s;
    QTest::newRow("drop without time")
        << validDrop() << Mutation([](PictureEvent &e) { e.mutable_track_drop()->clear_time_utc_us(); })
        << u"track_drop: time_utc_us = "_s + fromReceipt(0, 7200);
    QTest::newRow("launch without point")
        << validLaunch() << launch([](auto &l) { l.clear_point(); })
        << u"launch: point: not set"_s;
    QTest::newRow("launch point in the air")
        << validLaunch() << launch([](auto &l) { l.mutable_point()->set_height_m(10'001); })
        << u"launch: point.height_m = 10001"_s;
    QTest::newRow("launch id of 65 bytes")
        << validLaunch() << launch([](auto &l) { l.set_launch_id(std::string(65, 'L')); })
        << u"launch: launch_id: 65 bytes, limit 64"_s;
    QTest::newRow("launch of a 1 MB track")
        << validLaunch() << launch([megabyte](auto &l) { l.set_track_id(megabyte); })
        << u"launch: track_id: 1048576 bytes, limit 64"_s;
    QTest::newRow("launch 25 hours ago")
        << validLaunch() << launch([](auto &l) { l.set_launch_time_utc_us(kReceivedUtcUs - 25 * kHourUs); })
        << u"launch: launch_time_utc_us = "_s + fromReceipt(kReceivedUtcUs - 25 * kHourUs, 86400);
    QTest::newRow("launch time in milliseconds")
        << validLaunch() << launch([base](auto &l) { l.set_launch_time_utc_us(base / 1000); })
        << u"launch: launch_time_utc_us = "_s + fromReceipt(base / 1000, 86400);
    QTest::newRow("launch covariance too short")
        << validLaunch() << launch([](auto &l) { l.mutable_point_covariance_en()->RemoveLast(); })
        << u"launch: point_covariance_en: 2 values, expected 3 or none"_s;
    QTest::newRow("negative launch time sigma")
        << validLaunch() << launch([](auto &l) { l.set_launch_time_sigma_s(-1); })
        << u"launch: launch_time_sigma_s = -1"_s;
    QTest::newRow("launch time sigma in microseconds")
        << validLaunch() << launch([](auto &l) { l.set_launch_time_sigma_s(2e7); })
        << u"launch: launch_time_sigma_s = 2e+07"_s;
    QTest::newRow("launch time sigma NaN")
        << validLaunch() << launch([](auto &l) { l.set_launch_time_sigma_s(std::nan("")); })
        << u"launch: launch_time_sigma_s = nan"_s;
    const auto failure = [launch](auto change) {
        return launch([change](auto &l) { change(*l.mutable_failure()); });
    };
    QTest::newRow("origin a country name")
        << orbitingSpaceLaunch() << launch([](auto &l) { l.set_origin("North Korea"); })
        << u"launch: origin: 11 bytes, limit 3"_s;
    QTest::newRow("origin in lower case")
        << orbitingSpaceLaunch() << launch([](auto &l) { l.set_origin("prk"); })
        << u"launch: origin: not three letters A-Z"_s;
    QTest::newRow("outcome without its time")
        << orbitingSpaceLaunch() << launch([](auto &l) { l.clear_outcome_utc_us(); })
        << u"launch: outcome_utc_us = "_s + offset(0, base, "launch_time_utc_us", 0);
    QTest::newRow("outcome three hours after launch")
        << orbitingSpaceLaunch() << launch([base](auto &l) { l.set_outcome_utc_us(base + 3 * kHourUs); })
        << u"launch: outcome_utc_us = "_s + offset(base + 3 * kHourUs, base, "launch_time_utc_us", 7200);
    QTest::newRow("orbit perigee in kilometres")
        << orbitingSpaceLaunch() << launch([](auto &l) { l.mutable_orbit()->set_perigee_height_m(490); })
        << u"launch: orbit.perigee_height_m = 490"_s;
    QTest::newRow("orbit apogee below perigee")
        << orbitingSpaceLaunch() << launch([](auto &l) { l.mutable_orbit()->set_apogee_height_m(400'000); })
        << u"launch: orbit.apogee_height_m = 4e+05"_s;
    QTest::newRow("orbit inclination in radians negative")
        << orbitingSpaceLaunch() << launch([](auto &l) { l.mutable_orbit()->set_inclination_deg(-1.7); })
        << u"launch: orbit.inclination_deg = -1.7"_s;
    QTest::newRow("failed stage 10")
        << failedSpaceLaunch() << failure([](auto &f) { f.set_stage(10); })
        << u"launch: failure.stage = 10 (limit 9)"_s;
    QTest::newRow("debris without a point")
        << failedSpaceLaunch() << failure([](auto &f) { f.clear_debris_point(); })
        << u"launch: failure.debris_point: not set"_s;
    QTest::newRow("debris point in the air")
        << failedSpaceLaunch() << failure([](auto &f) { f.mutable_debris_point()->set_height_m(50'000); })
        << u"launch: failure.debris_point.height_m = 50000"_s;
    QTest::newRow("debris ellipse of 1e300 m")
        << failedSpaceLaunch() << failure([](auto &f) { f.mutable_debris_ellipses(0)->set_semi_major_m(1e300); })
        << u"launch: failure.debris_ellipses[0].semi_major_m = 1e+300"_s;
    QTest::newRow("debris falling before the failure")
        << failedSpaceLaunch() << launch([](auto &l) { l.mutable_failure()->set_debris_from_utc_us(l.outcome_utc_us() - kSecondUs); })
        << u"launch: failure.debris_from_utc_us = "_s
               + offset(base + 149 * kSecondUs, base + 150 * kSecondUs, "outcome_utc_us", 0);
    QTest::newRow("debris until before from")
        << failedSpaceLaunch() << failure([](auto &f) { f.set_debris_until_utc_us(f.debris_from_utc_us() - 1); })
        << u"launch: failure.debris_until_utc_us: before debris_from_utc_us"_s;
    QTest::newRow("stage 99")
        << separatedStage() << track([](auto &t) { t.set_stage(99); })
        << u"track_update: stage = 99 (limit 9)"_s;
    QTest::newRow("parent track id of 1 MB")
        << separatedStage() << track([megabyte](auto &t) { t.set_parent_track_id(megabyte); })
        << u"track_update: parent_track_id: 1048576 bytes, limit 64"_s;
    QTest::newRow("separated in milliseconds")
        << separatedStage() << track([base](auto &t) { t.set_separated_utc_us(base / 1000); })
        << u"track_update: separated_utc_us = "_s + fromReceipt(base / 1000, 7200);
    QTest::newRow("prediction issued in milliseconds")
        << validPrediction() << prediction([base](auto &p) { p.set_issued_utc_us(base / 1000); })
        << u"prediction: issued_utc_us = "_s + fromReceipt(base / 1000, 7200);
    QTest::newRow("trajectory point out of range")
        << validPrediction()
        << prediction([](auto &p) { p.mutable_trajectory(1)->mutable_point()->set_lat_deg(91); })
        << u"prediction: trajectory[1].point.lat_deg = 91"_s;
    QTest::newRow("trajectory point 20,000 km up")
        << validPrediction()
        << prediction([](auto &p) { p.mutable_trajectory(1)->mutable_point()->set_height_m(2e7); })
        << u"prediction: trajectory[1].point.height_m = 2e+07"_s;
    QTest::newRow("trajectory out of time order")
        << validPrediction() << prediction([base](auto &p) { p.mutable_trajectory(2)->set_time_utc_us(base - 1); })
        << u"prediction: trajectory[2].time_utc_us = %1 (earlier than the sample before)"_s.arg(base - 1);
    QTest::newRow("trajectory three hours on")
        << validPrediction()
        << prediction([base](auto &p) { p.mutable_trajectory(2)->set_time_utc_us(base + 3 * kHourUs); })
        << u"prediction: trajectory[2].time_utc_us = "_s
               + offset(base + 3 * kHourUs, base, "issued_utc_us", 7200);
    QTest::newRow("2,001 trajectory samples")
        << validPrediction() << prediction([base](auto &p) {
               for (int i = 3; i < cop::wire::kMaxTrajectorySamples + 1; ++i) {
                   cop::v1::TrajectorySample *sample = p.add_trajectory();
                   sample->set_time_utc_us(base + i * kSecondUs);
                   setPoint(sample->mutable_point(), 41.0, 133.0);
               }
           })
        << u"prediction: trajectory: 2001 entries, limit 2000"_s;
    QTest::newRow("prediction without impact point")
        << validPrediction() << prediction([](auto &p) { p.clear_impact_point(); })
        << u"prediction: impact_point: not set"_s;
    QTest::newRow("impact point in the air")
        << validPrediction() << prediction([](auto &p) { p.mutable_impact_point()->set_height_m(1e5); })
        << u"prediction: impact_point.height_m = 1e+05"_s;
    QTest::newRow("apogee 1e300 m up")
        << validPrediction() << prediction([](auto &p) { setPoint(p.mutable_apogee(), 40.0, 131.0, 1e300); })
        << u"prediction: apogee.height_m = 1e+300"_s;
    QTest::newRow("no impact time")
        << validPrediction() << prediction([](auto &p) { p.clear_impact_time_utc_us(); })
        << u"prediction: impact_time_utc_us = "_s + offset(0, base, "issued_utc_us", 7200);
    QTest::newRow("negative impact time sigma")
        << validPrediction() << prediction([](auto &p) { p.set_impact_time_sigma_s(-1); })
        << u"prediction: impact_time_sigma_s = -1"_s;
    QTest::newRow("impact time sigma 1e300 s")
        << validPrediction() << prediction([](auto &p) { p.set_impact_time_sigma_s(1e300); })
        << u"prediction: impact_time_sigma_s = 1e+300"_s;
    QTest::newRow("ellipse holding everything")
        << validPrediction() << prediction([](auto &p) { p.mutable_ellipses(0)->set_confidence(1); })
        << u"prediction: ellipses[0].confidence = 1"_s;
    QTest::newRow("ellipse minor axis above major")
        << validPrediction() << prediction([](auto &p) { p.mutable_ellipses(0)->set_semi_minor_m(6000); })
        << u"prediction: ellipses[0].semi_minor_m = 6000"_s;
    QTest::newRow("ellipse of 1e300 m")
        << validPrediction() << prediction([](auto &p) { p.mutable_ellipses(0)->set_semi_major_m(1e300); })
        << u"prediction: ellipses[0].semi_major_m = 1e+300"_s;
    QTest::newRow("ellipse wider than the region")
        << validPrediction() << prediction([](auto &p) { p.mutable_ellipses(0)->set_semi_major_m(5'000'001); })
        << u"prediction: ellipses[0].semi_major_m = 5000001"_s;
    QTest::newRow("orbital prediction with an impact point")
        << orbitalPrediction() << prediction([](auto &p) { setPoint(p.mutable_impact_point(), 20.0, 125.0); })
        << u"prediction: impact_point: set on an orbital prediction"_s;
    QTest::newRow("orbital prediction with an impact time")
        << orbitalPrediction() << prediction([base](auto &p) { p.set_impact_time_utc_us(base); })
        << u"prediction: impact_time_utc_us: set on an orbital prediction"_s;
    QTest::newRow("orbital prediction with an ellipse")
        << orbitalPrediction() << prediction([](auto &p) { p.add_ellipses()->set_confidence(0.95); })
        << u"prediction: ellipses: set on an orbital prediction"_s;
    QTest::newRow("orbital prediction with an apogee")
        << orbitalPrediction() << prediction([](auto &p) { setPoint(p.mutable_apogee(), 30.0, 125.0, 500'000.0); })
        << u"prediction: apogee: set on an orbital prediction"_s;
    QTest::newRow("orbital prediction without a ground track")
        << orbitalPrediction() << prediction([](auto &p) { p.mutable_trajectory()->DeleteSubrange(1, 2); })
        << u"prediction: trajectory: 1 samples on an orbital prediction (its ground track needs 2 or more)"_s;
    QTest::newRow("ellipse without width")
        << validPrediction() << prediction([](auto &p) { p.mutable_ellipses(0)->set_semi_minor_m(0); })
        << u"prediction: ellipses[0].semi_minor_m = 0"_s;
    QTest::newRow("nine ellipses")
        << validPrediction() << prediction([](auto &p) {
               for (int i = 0; i < cop::wire::kMaxEllipses; ++i)
                   *p.add_ellipses() = p.ellipses(0);
           })
        << u"prediction: ellipses: 9 entries, limit 8"_s;
    QTest::newRow("alert without id")
        << validAlert() << alert([](auto &a) { a.clear_alert_id(); })
        << u"alert_update: alert_id: empty"_s;
    QTest::newRow("500 KB region id")
        << validAlert() << alert([](auto &a) { a.set_region_id(std::string(512'000, 'r')); })
        << u"alert_update: region_id: 512000 bytes, limit 64"_s;
    QTest::newRow("alert raised in milliseconds")
        << validAlert() << alert([base](auto &a) { a.set_raised_utc_us(base / 1000); })
        << u"alert_update: raised_utc_us = "_s + fromReceipt(base / 1000, 86400);
    QTest::newRow("impact predicted in three hours")
        << validAlert() << alert([](auto &a) { a.set_predicted_impact_utc_us(kReceivedUtcUs + 3 * kHourUs); })
        << u"alert_update: predicted_impact_utc_us = "_s + fromReceipt(kReceivedUtcUs + 3 * kHourUs, 7200);
    QTest::newRow("acknowledgement without operator")
        << validAlert() << alert([](auto &a) { a.mutable_acknowledgements(0)->clear_operator_name(); })
        << u"alert_update: acknowledgements[0].operator_name: empty"_s;
    QTest::newRow("1 MB operator name")
        << validAlert() << alert([megabyte](auto &a) { a.mutable_acknowledgements(0)->set_operator_name(megabyte); })
        << u"alert_update: acknowledgements[0].operator_name: 1048576 bytes, limit 256"_s;
    QTest::newRow("acknowledged in the future")
        << validAlert()
        << alert([](auto &a) { a.mutable_acknowledgements(0)->set_time_utc_us(kReceivedUtcUs + kHourUs); })
        << u"alert_update: acknowledgements[0].time_utc_us = "_s + fromReceipt(kReceivedUtcUs + kHourUs, 60);
    QTest::newRow("65 acknowledgements")
        << validAlert() << alert([](auto &a) {
               for (int i = 0; i < cop::wire::kMaxAcknowledgements; ++i)
                   *a.add_acknowledgements() = a.acknowledgements(0);
           })
        << u"alert_update: acknowledgements: 65 entries, limit 64"_s;
    QTest::newRow("no body")
        << validDrop() << Mutation([](PictureEvent &e) { e.clear_body(); })
        << u"event: body not set (empty, or a kind this console does not know)"_s;
    QTest::newRow("stream opened without epoch")
        << cop::testing::streamOpened("e1", false, 1000)
        << Mutation([](PictureEvent &e) { e.mutable_stream_opened()->clear_epoch(); })
        << u"stream_opened: epoch: empty"_s;
    QTest::newRow("1 MB epoch")
        << cop::testing::streamOpened("e1", false, 1000)
        << Mutation([megabyte](PictureEvent &e) { e.mutable_stream_opened()->set_epoch(megabyte); })
        << u"stream_opened: epoch: 1048576 bytes, limit 64"_s;
    QTest::newRow("stream opened without heartbeat period")
        << cop::testing::streamOpened("e1", false, 1000)
        << Mutation([](PictureEvent &e) { e.mutable_stream_opened()->set_heartbeat_period_ms(0); })
        << u"stream_opened: heartbeat_period_ms = 0"_s;
    QTest::newRow("heartbeat without period")
        << PictureEvent() << Mutation([](PictureEvent &e) { e.mutable_heartbeat(); })
        << u"heartbeat: period_ms = 0"_s;
}

void EventDecoderTest::rejectsMalformedMessagesNamingTheField()
{
    QFETCH(PictureEvent, valid);
    QFETCH(Mutation, mutation);
    QFETCH(QString, error);

    mutation(valid);
    QStringList errors;
    QVERIFY(!decode(valid, &errors));
    QCOMPARE(errors, QStringList{error});
}

void EventDecoderTest::acceptsTheValidMessagesTheRejectionsStartFrom()
{
    for (const PictureEvent &event : {validTrack(), validDrop(), validLaunch(), validPrediction(),
                                      validAlert(), cop::testing::streamOpened("e1", false, 1000),
                                      orbitingSpaceLaunch(), failedSpaceLaunch(), separatedStage()}) {
        QStringList errors;
        QVERIFY2(decode(event, &errors), qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
}

void EventDecoderTest::acceptsTheLimitsOfRealFlights_data()
{
    QTest::addColumn<PictureEvent>("event");

    const auto trackAt = [](const cop::GeoPoint &point, const cop::Vec3 &velocity) {
        PictureEvent event = validTrack();
        setEcef(event.mutable_track_update()->mutable_position_ecef(), cop::ecefFromGeodetic(point));
        setEcef(event.mutable_track_update()->mutable_velocity_ecef(), velocity);
        return event;
    };
    QTest::newRow("SRBM at burnout: 60 km up, 2 km/s")
        << trackAt({39.3, 128.0, 60'000.0}, {1'200.0, 900.0, 1'300.0});
    QTest::newRow("IRBM in midcourse: 900 km up, 4.5 km/s")
        << trackAt({42.0, 140.0, 900'000.0}, {3'000.0, -2'500.0, 2'200.0});
    QTest::newRow("lofted ICBM at apogee: 6,000 km up")
        << trackAt({40.5, 133.0, 6'000'000.0}, {150.0, -80.0, 30.0});
    QTest::newRow("ICBM re-entering at 7 km/s")
        << trackAt({38.0, 137.0, 80'000.0}, {-3'000.0, 4'000.0, -4'900.0});
    QTest::newRow("track at 10,000 km, 12 km/s")
        << trackAt({40.0, 130.0, 9'999'000.0}, {0.0, 12'000.0, 0.0});
    QTest::newRow("track just above the Dead Sea")
        << trackAt({31.5, 35.5, -999.0}, {0.0, 0.0, 300.0});

    PictureEvent event = validTrack();
    event.mutable_track_update()->set_time_utc_us(kReceivedUtcUs + 59 * kSecondUs);
    QTest::newRow("track 59 s ahead (a service's clock running fast)") << event;
    event.mutable_track_update()->set_time_utc_us(kReceivedUtcUs - 2 * kHourUs);
    QTest::newRow("track coasted for two hours") << event;
    event = validTrack();
    event.mutable_track_update()->set_track_id(std::string(64, 'T'));
    for (int i = 1; i < cop::wire::kMaxSensors; ++i)
        event.mutable_track_update()->add_contributing_sensors("센서 " + std::string(249, 'x'));
    QTest::newRow("64-byte id, 32 sensors of 256 bytes") << event;

    event = validLaunch();
    event.mutable_launch()->set_launch_time_utc_us(kReceivedUtcUs - 24 * kHourUs);
    event.mutable_launch()->mutable_point()->set_height_m(1'500.0);
    QTest::newRow("launch a day ago from a mountain site") << event;

    event = validPrediction();
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->set_impact_time_utc_us(prediction->issued_utc_us() + 2 * kHourUs);
    prediction->mutable_impact_point()->set_height_m(-400.0);
    setPoint(prediction->mutable_apogee(), 40.0, 131.0, 6'000'000.0);
    prediction->mutable_ellipses(0)->set_semi_major_m(cop::wire::kMaxEllipseSemiAxisM);
    for (int i = 3; i < cop::wire::kMaxTrajectorySamples; ++i) {
        cop::v1::TrajectorySample *sample = prediction->add_trajectory();
        sample->set_time_utc_us(prediction->issued_utc_us() + i * kSecondUs);
        setPoint(sample->mutable_point(), 41.0, 133.0, 6'000'000.0);
    }
    QTest::newRow("lofted ICBM prediction: 2 h, 2,000 samples, 5,000 km ellipse") << event;

    event = validAlert();
    event.mutable_alert_update()->set_raised_utc_us(kReceivedUtcUs - 24 * kHourUs);
    event.mutable_alert_update()->set_region_id(std::string(64, 'r'));
    event.mutable_alert_update()->mutable_acknowledgements(0)->set_operator_name(
        std::string(256, 'k'));
    QTest::newRow("alert a day old, 256-byte operator name") << event;
}

void EventDecoderTest::acceptsTheLimitsOfRealFlights()
{
    QFETCH(PictureEvent, event);
    QStringList errors;
    QVERIFY2(decode(event, &errors), qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void EventDecoderTest::dropsACovarianceThatCannotBeOneAndKeepsTheEvent_data()
{
    QTest::addColumn<PictureEvent>("event");
    QTest::addColumn<QString>("error");

    const auto track = [](auto change) {
        PictureEvent event = validTrack();
        change(event.mutable_track_update()->mutable_covariance_upper());
        return event;
    };
    QTest::newRow("not positive definite")
        << track([](auto *c) { c->Set(3, 600.0); }) // (x, vx) correlation 1.2
        << u"track_update: covariance_upper: not positive definite (covariance dropped)"_s;
    QTest::newRow("all zero")
        << track([](auto *c) { std::fill(c->begin(), c->end(), 0.0); })
        << u"track_update: covariance_upper: not positive definite (covariance dropped)"_s;
    QTest::newRow("negative variance")
        << track([](auto *c) { c->Set(6, -1.0); })
        << u"track_update: covariance_upper[6] = -1 (variance outside 0..1e+12; covariance dropped)"_s;
    QTest::newRow("position sigma 1e150 m")
        << track([](auto *c) { c->Set(0, 1e300); })
        << u"track_update: covariance_upper[0] = 1e+300 (variance outside 0..1e+12; covariance dropped)"_s;
    QTest::newRow("velocity sigma 20 km/s")
        << track([](auto *c) { c->Set(20, 4e8); })
        << u"track_update: covariance_upper[20] = 4e+08 (variance outside 0..1e+08; covariance dropped)"_s;

    const auto launch = [](std::initializer_list<double> values) {
        PictureEvent event = validLaunch();
        event.mutable_launch()->clear_point_covariance_en();
        for (double value : values)
            event.mutable_launch()->add_point_covariance_en(value);
        return event;
    };
    QTest::newRow("launch point not positive definite")
        << launch({4.0e6, 1.0e7, 9.0e6})
        << u"launch: point_covariance_en: not positive definite (covariance dropped)"_s;
    QTest::newRow("launch point all zero")
        << launch({0.0, 0.0, 0.0})
        << u"launch: point_covariance_en: not positive definite (covariance dropped)"_s;
    QTest::newRow("launch point negative variance")
        << launch({4.0e6, 0.0, -4.0})
        << u"launch: point_covariance_en[2] = -4 (variance outside 0..1e+12; covariance dropped)"_s;

    PictureEvent snapshot;
    *snapshot.mutable_snapshot()->add_tracks() = track([](auto *c) { c->Set(3, 600.0); }).track_update();
    QTest::newRow("in a snapshot")
        << snapshot
        << u"snapshot: tracks[0].covariance_upper: not positive definite (covariance dropped)"_s;
}

void EventDecoderTest::dropsACovarianceThatCannotBeOneAndKeepsTheEvent()
{
    QFETCH(PictureEvent, event);
    QFETCH(QString, error);

    QStringList errors;
    const auto decoded = decode(event, &errors);
    QVERIFY(decoded);
    QCOMPARE(errors, QStringList{error});
    if (const auto *chunk = std::get_if<cop::SnapshotChunk>(&*decoded)) {
        QCOMPARE(chunk->content.tracks.size(), 1u);
        QVERIFY(!chunk->content.tracks[0].covarianceUpper);
    } else if (event.has_track_update()) {
        QVERIFY(!sequencedBody<cop::TrackUpdate>(*decoded).covarianceUpper);
    } else {
        const auto &launch = sequencedBody<cop::Launch>(*decoded);
        QVERIFY(!launch.pointCovarianceEn);
        QCOMPARE(launch.launchId, u"L1"_s);
        QCOMPARE(launch.launchTimeSigmaS, 12.5);
    }
}

void EventDecoderTest::clampsHeartbeatPeriods_data()
{
    QTest::addColumn<PictureEvent>("event");
    QTest::addColumn<quint32>("periodMs");
    QTest::addColumn<QString>("error");

    QTest::newRow("stream opened, 4294967295 ms")
        << cop::testing::streamOpened("e1", false, 4'294'967'295u) << 60'000u
        << u"stream_opened: heartbeat_period_ms = 4294967295 (clamped to 60000)"_s;
    QTest::newRow("stream opened, 1 ms")
        << cop::testing::streamOpened("e1", false, 1) << 100u
        << u"stream_opened: heartbeat_period_ms = 1 (clamped to 100)"_s;
    QTest::newRow("stream opened, 100 ms") << cop::testing::streamOpened("e1", false, 100) << 100u
                                           << QString();
    QTest::newRow("stream opened, 60 s") << cop::testing::streamOpened("e1", false, 60'000)
                                         << 60'000u << QString();
    PictureEvent heartbeat;
    heartbeat.mutable_heartbeat()->set_period_ms(4'294'967'295u);
    QTest::newRow("heartbeat, 4294967295 ms")
        << heartbeat << 60'000u << u"heartbeat: period_ms = 4294967295 (clamped to 60000)"_s;
}

void EventDecoderTest::clampsHeartbeatPeriods()
{
    QFETCH(PictureEvent, event);
    QFETCH(quint32, periodMs);
    QFETCH(QString, error);

    QStringList errors;
    const auto decoded = decode(event, &errors);
    QVERIFY(decoded);
    QCOMPARE(errors, error.isEmpty() ? QStringList() : QStringList{error});
    if (const auto *opened = std::get_if<cop::StreamOpened>(&*decoded))
        QCOMPARE(opened->heartbeatPeriodMs, periodMs);
    else
        QCOMPARE(std::get<cop::Heartbeat>(*decoded).periodMs, periodMs);
}

void EventDecoderTest::takesAMarkingOnlyAsItWasWritten_data()
{
    QTest::addColumn<QByteArray>("banner");
    QTest::addColumn<QString>("marking");
    QTest::addColumn<QString>("error");

    QTest::newRow("level and caveats") << "SECRET // REL TO USA, JPN, KOR"_ba
                                       << u"SECRET // REL TO USA, JPN, KOR"_s << QString();
    QTest::newRow("Hangul") << "\xeb\x8c\x80\xec\x99\xb8\xeb\xb9\x84"_ba << u"\ub300\uc678\ube44"_s << QString();
    QTest::newRow("none") << QByteArray() << QString() << QString();
    QTest::newRow("128 bytes") << QByteArray(128, 'S') << QString(128, u'S') << QString();
    QTest::newRow("129 bytes") << QByteArray(129, 'S') << QString()
                               << u"stream_opened: banner_text: 129 bytes, limit 128"_s;
    QTest::newRow("escape sequence") << "SECRET\x1b[2J"_ba << QString()
                                     << u"stream_opened: banner_text: control characters"_s;
    QTest::newRow("cut UTF-8") << "SECRET \xeb\x8c"_ba << QString()
                               << u"stream_opened: banner_text: not UTF-8"_s;
}

// The stream itself is taken either way: a bad marking leaves the feed unmarked, never down.
void EventDecoderTest::takesAMarkingOnlyAsItWasWritten()
{
    QFETCH(QByteArray, banner);
    QFETCH(QString, marking);
    QFETCH(QString, error);

    PictureEvent event = cop::testing::streamOpened("e1", false, 1000);
    event.mutable_stream_opened()->set_banner_text(banner.toStdString());
    QStringList errors;
    const auto decoded = decode(event, &errors);
    QVERIFY(decoded);
    QCOMPARE(std::get<cop::StreamOpened>(*decoded).marking, marking);
    QCOMPARE(errors, error.isEmpty() ? QStringList() : QStringList{error});
}

void EventDecoderTest::fillsEcefFromGeodeticPosition()
{
    QStringList errors;
    const auto track = cop::decodeTrackUpdate(validTrack().track_update(), kReceivedUtcUs, &errors);
    QVERIFY2(track, qPrintable(errors.join(u'\n')));
    const cop::Vec3 expected = cop::ecefFromGeodetic({38.07, 132.0, 100'000.0});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(track->positionEcef[i], expected[i]);
}

void EventDecoderTest::fillsGeodeticFromEcefPosition()
{
    cop::v1::TrackUpdate message = validTrack().track_update();
    const cop::Vec3 ecef = cop::ecefFromGeodetic({40.855, 129.666, 250'000.0});
    setEcef(message.mutable_position_ecef(), ecef);
    QStringList errors;
    const auto track = cop::decodeTrackUpdate(message, kReceivedUtcUs, &errors);
    QVERIFY2(track, qPrintable(errors.join(u'\n')));
    QVERIFY(std::abs(track->position.latDeg - 40.855) < 1e-9);
    QVERIFY(std::abs(track->position.lonDeg - 129.666) < 1e-9);
    QVERIFY(std::abs(track->position.heightM - 250'000.0) < 1e-6);
    QCOMPARE(track->positionEcef, ecef);
}

void EventDecoderTest::carriesEveryTrackField()
{
    QStringList errors;
    const auto event = decode(validTrack(), &errors);
    QVERIFY(event);
    QCOMPARE(std::get<cop::SequencedEvent>(*event).sequence, 42u);
    const auto &track = sequencedBody<cop::TrackUpdate>(*event);
    QCOMPARE(track.trackId, u"T7"_s);
    QCOMPARE(track.timeUtcUs, cop::testing::kBaseTimeUtcUs);
    QCOMPARE(track.velocityEcef, (cop::Vec3{1200.0, -300.0, 50.0}));
    QVERIFY(track.covarianceUpper);
    QCOMPARE(track.covarianceUpper->at(3), 400.0);
    QCOMPARE(track.covarianceUpper->at(20), 25.0);
    QCOMPARE(track.phase, cop::TrackPhase::Midcourse);
    QCOMPARE(track.affiliation, cop::Affiliation::Hostile);
    QCOMPARE(track.quality, 0.9f);
    QCOMPARE(track.sensors, QStringList{u"radar-1"_s});
    QCOMPARE(track.exercise, false);
}

void EventDecoderTest::carriesWhatASpaceLaunchIs()
{
    QStringList errors;
    auto event = decode(orbitingSpaceLaunch(), &errors);
    QVERIFY2(event, qPrintable(errors.join(u'\n')));
    const auto &orbiting = sequencedBody<cop::Launch>(*event);
    QCOMPARE(orbiting.kind, cop::LaunchKind::SpaceLaunch);
    QCOMPARE(orbiting.origin, u"PRK"_s);
    QCOMPARE(orbiting.outcomeUtcUs, cop::testing::kBaseTimeUtcUs + 540 * kSecondUs);
    QVERIFY(orbiting.orbit);
    QCOMPARE(*orbiting.orbit, (cop::OrbitReached{490'000.0, 510'000.0, 97.4}));
    QVERIFY(!orbiting.failure);

    event = decode(failedSpaceLaunch(), &errors);
    QVERIFY2(event, qPrintable(errors.join(u'\n')));
    const auto &failed = sequencedBody<cop::Launch>(*event);
    QVERIFY(!failed.orbit);
    QVERIFY(failed.failure);
    QCOMPARE(failed.failure->mode, cop::FailureMode::NoIgnition);
    QCOMPARE(failed.failure->stage, quint8(2));
    QCOMPARE(failed.failure->debrisPoint, (cop::GeoPoint{36.5, 124.0, 0.0}));
    QCOMPARE(failed.failure->debrisEllipses.size(), size_t(1));
    QCOMPARE(failed.failure->debrisEllipses[0].semiMajorM, 60'000.0);
    QCOMPARE(failed.failure->debrisUntilUtcUs - failed.failure->debrisFromUtcUs, 200 * kSecondUs);

    event = decode(separatedStage(), &errors);
    QVERIFY2(event, qPrintable(errors.join(u'\n')));
    const auto &stage = sequencedBody<cop::TrackUpdate>(*event);
    QCOMPARE(stage.objectKind, cop::ObjectKind::Stage);
    QCOMPARE(stage.parentTrackId, u"T7"_s);
    QCOMPARE(stage.stage, quint8(1));
    QCOMPARE(stage.separatedUtcUs, stage.timeUtcUs - 20 * kSecondUs);

    event = decode(orbitalPrediction(), &errors);
    QVERIFY2(event, qPrintable(errors.join(u'\n')));
    const auto &groundTrack = sequencedBody<cop::Prediction>(*event);
    QVERIFY(groundTrack.orbital);
    QCOMPARE(groundTrack.trajectory.size(), size_t(3));
    QVERIFY(groundTrack.ellipses.empty());

    const std::pair<cop::v1::AlertKind, cop::AlertKind> alertKinds[] = {
        {cop::v1::ALERT_KIND_ORBIT_REACHED, cop::AlertKind::OrbitReached},
        {cop::v1::ALERT_KIND_DEBRIS_FALLING, cop::AlertKind::DebrisFalling},
        {cop::v1::ALERT_KIND_STAGE_DROP, cop::AlertKind::StageDrop},
    };
    for (const auto &[wire, kind] : alertKinds) {
        PictureEvent alert = validAlert();
        alert.mutable_alert_update()->set_kind(wire);
        event = decode(alert, &errors);
        QVERIFY2(event, qPrintable(errors.join(u'\n')));
        QCOMPARE(sequencedBody<cop::AlertUpdate>(*event).kind, kind);
    }

    // What earlier services send: a missile, not judged.
    event = decode(validLaunch(), &errors);
    QCOMPARE(sequencedBody<cop::Launch>(*event).kind, cop::LaunchKind::Unknown);
    QVERIFY(sequencedBody<cop::Launch>(*event).origin.isEmpty());
    event = decode(validTrack(), &errors);
    QCOMPARE(sequencedBody<cop::TrackUpdate>(*event).objectKind, cop::ObjectKind::Unknown);
    event = decode(validPrediction(), &errors);
    QVERIFY(!sequencedBody<cop::Prediction>(*event).orbital);
}

void EventDecoderTest::readsUnknownEnumValuesAsUnknown()
{
    cop::v1::TrackUpdate message = validTrack().track_update();
    message.set_phase(cop::v1::TrackPhase(99));
    message.set_affiliation(cop::v1::AFFILIATION_UNKNOWN);
    QStringList errors;
    const auto track = cop::decodeTrackUpdate(message, kReceivedUtcUs, &errors);
    QVERIFY2(track, qPrintable(errors.join(u'\n')));
    QCOMPARE(track->phase, cop::TrackPhase::Unknown);
    QCOMPARE(track->affiliation, cop::Affiliation::Unknown);
}

void EventDecoderTest::keepsGoodSnapshotItemsAndReportsBadOnes()
{
    PictureEvent event;
    cop::v1::SnapshotChunk *chunk = event.mutable_snapshot();
    chunk->set_as_of_sequence(77);
    for (int track = 0; track < 3; ++track)
        *chunk->add_tracks() = cop::testing::trackUpdate(track, 0).track_update();
    chunk->mutable_tracks(1)->mutable_position_geodetic()->set_lat_deg(123);
    *chunk->add_alerts() = validAlert().alert_update();
    chunk->mutable_alerts(0)->clear_alert_id();

    QStringList errors;
    const auto decoded = decode(event, &errors);
    QVERIFY(decoded);
    const auto &snapshot = std::get<cop::SnapshotChunk>(*decoded);
    QCOMPARE(snapshot.last, false);
    QCOMPARE(snapshot.content.asOfSequence, 77u);
    QCOMPARE(snapshot.content.tracks.size(), 2u);
    QCOMPARE(snapshot.content.tracks[1].trackId, u"T2"_s);
    QVERIFY(snapshot.content.alerts.empty());
    QCOMPARE(errors, (QStringList{u"snapshot: tracks[1].position_geodetic.lat_deg = 123"_s,
                                  u"snapshot: alerts[0].alert_id: empty"_s}));
}

void EventDecoderTest::decodesStreamControlMessages()
{
    QStringList errors;
    const auto opened = decode(cop::testing::streamOpened("e9", true, 500), &errors);
    QVERIFY(opened);
    QCOMPARE(std::get<cop::StreamOpened>(*opened).epoch, u"e9"_s);
    QCOMPARE(std::get<cop::StreamOpened>(*opened).resumed, true);
    QCOMPARE(std::get<cop::StreamOpened>(*opened).heartbeatPeriodMs, 500u);

    PictureEvent heartbeat;
    heartbeat.mutable_heartbeat()->set_period_ms(1000);
    heartbeat.mutable_heartbeat()->set_last_sequence(12);
    const auto beat = decode(heartbeat, &errors);
    QVERIFY(beat);
    QCOMPARE(std::get<cop::Heartbeat>(*beat).lastSequence, 12u);
    QVERIFY(errors.isEmpty());
}

// What the fuzz harness will do at length: damaged bytes of every kind of message, parsed and
// decoded. Nothing may crash, and a refusal always says why.
void EventDecoderTest::survivesArbitraryBytes()
{
    PictureEvent snapshot;
    *snapshot.mutable_snapshot()->add_tracks() = validTrack().track_update();
    *snapshot.mutable_snapshot()->add_launches() = validLaunch().launch();
    *snapshot.mutable_snapshot()->add_predictions() = validPrediction().prediction();
    *snapshot.mutable_snapshot()->add_alerts() = validAlert().alert_update();
    PictureEvent heartbeat;
    heartbeat.mutable_heartbeat()->set_period_ms(1000);
    QRandomGenerator random(13);
    const google::protobuf::LogSilencer quiet; // protobuf logs every string that is not UTF-8
    int decoded = 0;
    for (const PictureEvent &event : {validTrack(), validDrop(), validLaunch(), validPrediction(),
                                      validAlert(), snapshot, heartbeat,
                                      cop::testing::streamOpened("e1", false, 1000)}) {
        const std::string bytes = event.SerializeAsString();
        for (int round = 0; round < 2'000; ++round) {
            std::string damaged = bytes;
            for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
                damaged[random.bounded(quint32(damaged.size()))] = char(random.generate());
            PictureEvent message;
            if (!message.ParseFromString(damaged))
                continue;
            QStringList errors;
            const bool ok = decode(message, &errors).has_value();
            decoded += ok ? 1 : 0;
            QVERIFY(ok || !errors.isEmpty());
        }
    }
    QVERIFY(decoded > 0);
}

QTEST_APPLESS_MAIN(EventDecoderTest)
#include "tst_client_eventdecoder.moc"
