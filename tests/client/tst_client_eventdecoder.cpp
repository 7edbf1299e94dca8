#include "EventDecoder.h"
#include "TrackUpdates.h"

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

PictureEvent validTrack()
{
    PictureEvent event = cop::testing::sequenced(cop::testing::trackUpdate(7, 0), 42);
    for (int i = 0; i < 21; ++i)
        event.mutable_track_update()->add_covariance_upper(i + 1.0);
    return event;
}

PictureEvent validDrop()
{
    PictureEvent event;
    event.set_sequence(1);
    event.mutable_track_drop()->set_track_id("T7");
    event.mutable_track_drop()->set_reason(cop::v1::DROP_REASON_IMPACTED);
    return event;
}

void setPoint(cop::v1::Geodetic *point, double lat, double lon)
{
    point->set_lat_deg(lat);
    point->set_lon_deg(lon);
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
    return event;
}

PictureEvent validPrediction()
{
    PictureEvent event;
    event.set_sequence(1);
    cop::v1::Prediction *prediction = event.mutable_prediction();
    prediction->set_track_id("T7");
    for (int i = 0; i < 3; ++i) {
        cop::v1::TrajectorySample *sample = prediction->add_trajectory();
        sample->set_time_utc_us(cop::testing::kBaseTimeUtcUs + i * 1'000'000);
        setPoint(sample->mutable_point(), 39.0 + i, 130.0 + i);
    }
    setPoint(prediction->mutable_impact_point(), 41.0, 133.0);
    prediction->set_impact_time_sigma_s(3.0);
    cop::v1::ImpactEllipse *ellipse = prediction->add_ellipses();
    ellipse->set_confidence(0.95);
    ellipse->set_semi_major_m(5000);
    ellipse->set_semi_minor_m(1500);
    ellipse->set_orientation_deg(45);
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
    alert->set_state(cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
    cop::v1::Acknowledgement *ack = alert->add_acknowledgements();
    ack->set_operator_name("kim");
    ack->set_console_id("seoul-1");
    return event;
}

} // namespace

class EventDecoderTest : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMalformedMessagesNamingTheField_data();
    void rejectsMalformedMessagesNamingTheField();
    void acceptsTheValidMessagesTheRejectionsStartFrom();
    void fillsEcefFromGeodeticPosition();
    void fillsGeodeticFromEcefPosition();
    void carriesEveryTrackField();
    void readsUnknownEnumValuesAsUnknown();
    void keepsGoodSnapshotItemsAndReportsBadOnes();
    void decodesStreamControlMessages();
};

void EventDecoderTest::rejectsMalformedMessagesNamingTheField_data()
{
    QTest::addColumn<PictureEvent>("valid");
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("error");

    auto track = [](auto change) {
        return Mutation([change](PictureEvent &e) { change(*e.mutable_track_update()); });
    };
    QTest::newRow("latitude out of range")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_lat_deg(123); })
        << u"track_update: position_geodetic.lat_deg = 123"_s;
    QTest::newRow("longitude out of range")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_lon_deg(-181); })
        << u"track_update: position_geodetic.lon_deg = -181"_s;
    QTest::newRow("height not a number")
        << validTrack() << track([](auto &t) { t.mutable_position_geodetic()->set_height_m(kNaN); })
        << u"track_update: position_geodetic.height_m = nan"_s;
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
    QTest::newRow("no position")
        << validTrack() << track([](auto &t) { t.clear_position(); })
        << u"track_update: position: not set"_s;
    QTest::newRow("empty track id")
        << validTrack() << track([](auto &t) { t.clear_track_id(); })
        << u"track_update: track_id: empty"_s;
    QTest::newRow("no time of validity")
        << validTrack() << track([](auto &t) { t.set_time_utc_us(0); })
        << u"track_update: time_utc_us = 0"_s;
    QTest::newRow("velocity not a number")
        << validTrack() << track([](auto &t) { t.mutable_velocity_ecef()->set_y(kNaN); })
        << u"track_update: velocity_ecef.y = nan"_s;
    QTest::newRow("covariance too short")
        << validTrack() << track([](auto &t) { t.mutable_covariance_upper()->RemoveLast(); })
        << u"track_update: covariance_upper: 20 values, expected 21 or none"_s;
    QTest::newRow("covariance not a number")
        << validTrack() << track([](auto &t) { t.set_covariance_upper(3, kNaN); })
        << u"track_update: covariance_upper[3] = nan"_s;
    QTest::newRow("negative variance")
        << validTrack() << track([](auto &t) { t.set_covariance_upper(6, -1); })
        << u"track_update: covariance_upper[6] = -1 (negative variance)"_s;
    QTest::newRow("quality above one")
        << validTrack() << track([](auto &t) { t.set_quality(1.5f); })
        << u"track_update: quality = 1.5"_s;
    QTest::newRow("sequenced event without sequence")
        << validTrack() << Mutation([](PictureEvent &e) { e.set_sequence(0); })
        << u"track_update: sequence = 0"_s;
    QTest::newRow("drop without track id")
        << validDrop() << Mutation([](PictureEvent &e) { e.mutable_track_drop()->clear_track_id(); })
        << u"track_drop: track_id: empty"_s;
    QTest::newRow("launch without point")
        << validLaunch() << Mutation([](PictureEvent &e) { e.mutable_launch()->clear_point(); })
        << u"launch: point: not set"_s;
    QTest::newRow("launch covariance too short")
        << validLaunch()
        << Mutation([](PictureEvent &e) { e.mutable_launch()->mutable_point_covariance_en()->RemoveLast(); })
        << u"launch: point_covariance_en: 2 values, expected 3 or none"_s;
    QTest::newRow("launch covariance negative variance")
        << validLaunch()
        << Mutation([](PictureEvent &e) { e.mutable_launch()->set_point_covariance_en(2, -4); })
        << u"launch: point_covariance_en[2] = -4 (negative variance)"_s;
    QTest::newRow("trajectory point out of range")
        << validPrediction()
        << Mutation([](PictureEvent &e) {
               e.mutable_prediction()->mutable_trajectory(1)->mutable_point()->set_lat_deg(91);
           })
        << u"prediction: trajectory[1].point.lat_deg = 91"_s;
    QTest::newRow("trajectory out of time order")
        << validPrediction()
        << Mutation([](PictureEvent &e) {
               e.mutable_prediction()->mutable_trajectory(2)->set_time_utc_us(1);
           })
        << u"prediction: trajectory[2].time_utc_us = 1 (earlier than the sample before)"_s;
    QTest::newRow("prediction without impact point")
        << validPrediction() << Mutation([](PictureEvent &e) { e.mutable_prediction()->clear_impact_point(); })
        << u"prediction: impact_point: not set"_s;
    QTest::newRow("negative impact time sigma")
        << validPrediction()
        << Mutation([](PictureEvent &e) { e.mutable_prediction()->set_impact_time_sigma_s(-1); })
        << u"prediction: impact_time_sigma_s = -1"_s;
    QTest::newRow("ellipse holding everything")
        << validPrediction()
        << Mutation([](PictureEvent &e) { e.mutable_prediction()->mutable_ellipses(0)->set_confidence(1); })
        << u"prediction: ellipses[0].confidence = 1"_s;
    QTest::newRow("ellipse minor axis above major")
        << validPrediction()
        << Mutation([](PictureEvent &e) { e.mutable_prediction()->mutable_ellipses(0)->set_semi_minor_m(6000); })
        << u"prediction: ellipses[0].semi_minor_m = 6000"_s;
    QTest::newRow("alert without id")
        << validAlert() << Mutation([](PictureEvent &e) { e.mutable_alert_update()->clear_alert_id(); })
        << u"alert_update: alert_id: empty"_s;
    QTest::newRow("acknowledgement without operator")
        << validAlert()
        << Mutation([](PictureEvent &e) {
               e.mutable_alert_update()->mutable_acknowledgements(0)->clear_operator_name();
           })
        << u"alert_update: acknowledgements[0].operator_name: empty"_s;
    QTest::newRow("no body")
        << validDrop() << Mutation([](PictureEvent &e) { e.clear_body(); })
        << u"event: body not set (empty, or a kind this console does not know)"_s;
    QTest::newRow("stream opened without epoch")
        << cop::testing::streamOpened("e1", false, 1000)
        << Mutation([](PictureEvent &e) { e.mutable_stream_opened()->clear_epoch(); })
        << u"stream_opened: epoch: empty"_s;
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
    QVERIFY(!cop::decodeEvent(valid, &errors));
    QCOMPARE(errors, QStringList{error});
}

void EventDecoderTest::acceptsTheValidMessagesTheRejectionsStartFrom()
{
    for (const PictureEvent &event : {validTrack(), validDrop(), validLaunch(), validPrediction(),
                                      validAlert(), cop::testing::streamOpened("e1", false, 1000)}) {
        QStringList errors;
        QVERIFY2(cop::decodeEvent(event, &errors), qPrintable(errors.join(u'\n')));
        QVERIFY(errors.isEmpty());
    }
}

void EventDecoderTest::fillsEcefFromGeodeticPosition()
{
    QString error;
    const auto track = cop::decodeTrackUpdate(validTrack().track_update(), &error);
    QVERIFY2(track, qPrintable(error));
    const cop::Vec3 expected = cop::ecefFromGeodetic({38.07, 132.0, 100'000.0});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(track->positionEcef[i], expected[i]);
}

void EventDecoderTest::fillsGeodeticFromEcefPosition()
{
    cop::v1::TrackUpdate message = validTrack().track_update();
    const cop::Vec3 ecef = cop::ecefFromGeodetic({40.855, 129.666, 250'000.0});
    message.mutable_position_ecef()->set_x(ecef[0]);
    message.mutable_position_ecef()->set_y(ecef[1]);
    message.mutable_position_ecef()->set_z(ecef[2]);
    QString error;
    const auto track = cop::decodeTrackUpdate(message, &error);
    QVERIFY2(track, qPrintable(error));
    QVERIFY(std::abs(track->position.latDeg - 40.855) < 1e-9);
    QVERIFY(std::abs(track->position.lonDeg - 129.666) < 1e-9);
    QVERIFY(std::abs(track->position.heightM - 250'000.0) < 1e-6);
    QCOMPARE(track->positionEcef, ecef);
}

void EventDecoderTest::carriesEveryTrackField()
{
    QStringList errors;
    const auto event = cop::decodeEvent(validTrack(), &errors);
    QVERIFY(event);
    const auto &sequenced = std::get<cop::SequencedEvent>(*event);
    QCOMPARE(sequenced.sequence, 42u);
    const auto &track = std::get<cop::TrackUpdate>(sequenced.event);
    QCOMPARE(track.trackId, u"T7"_s);
    QCOMPARE(track.timeUtcUs, cop::testing::kBaseTimeUtcUs);
    QCOMPARE(track.velocityEcef, (cop::Vec3{1200.0, -300.0, 50.0}));
    QVERIFY(track.covarianceUpper);
    QCOMPARE(track.covarianceUpper->at(20), 21.0);
    QCOMPARE(track.phase, cop::TrackPhase::Midcourse);
    QCOMPARE(track.affiliation, cop::Affiliation::Hostile);
    QCOMPARE(track.quality, 0.9f);
    QCOMPARE(track.sensors, QStringList{u"radar-1"_s});
    QCOMPARE(track.exercise, false);
}

void EventDecoderTest::readsUnknownEnumValuesAsUnknown()
{
    cop::v1::TrackUpdate message = validTrack().track_update();
    message.set_phase(cop::v1::TrackPhase(99));
    message.set_affiliation(cop::v1::AFFILIATION_UNKNOWN);
    QString error;
    const auto track = cop::decodeTrackUpdate(message, &error);
    QVERIFY2(track, qPrintable(error));
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
    const auto decoded = cop::decodeEvent(event, &errors);
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
    const auto opened = cop::decodeEvent(cop::testing::streamOpened("e9", true, 500), &errors);
    QVERIFY(opened);
    QCOMPARE(std::get<cop::StreamOpened>(*opened).epoch, u"e9"_s);
    QCOMPARE(std::get<cop::StreamOpened>(*opened).resumed, true);
    QCOMPARE(std::get<cop::StreamOpened>(*opened).heartbeatPeriodMs, 500u);

    PictureEvent heartbeat;
    heartbeat.mutable_heartbeat()->set_period_ms(1000);
    heartbeat.mutable_heartbeat()->set_last_sequence(12);
    const auto beat = cop::decodeEvent(heartbeat, &errors);
    QVERIFY(beat);
    QCOMPARE(std::get<cop::Heartbeat>(*beat).lastSequence, 12u);
    QVERIFY(errors.isEmpty());
}

QTEST_APPLESS_MAIN(EventDecoderTest)
#include "tst_client_eventdecoder.moc"
