#include "EventDecoder.h"

#include <QLocale>

#include <cmath>
#include <limits>
#include <span>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// Closer to the Earth's centre than this is hundreds of kilometres underground (the WGS-84 polar
// radius is 6,356,752 m): an unset or corrupted ECEF vector, not a track.
constexpr double kMinEcefRadiusM = 6'000'000.0;
constexpr double kLargest = std::numeric_limits<double>::max();

// Where the variances sit in the row-by-row upper triangles the contract uses.
constexpr int kTrackVariances[] = {0, 6, 11, 15, 18, 20}; // 6x6 [x y z vx vy vz]
constexpr int kLaunchVariances[] = {0, 2};                 // 2x2 [ee en nn]

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool fail(QString *error, QString text)
{
    *error = std::move(text);
    return false;
}

// NaN compares false with everything, so this also rejects it.
bool within(double value, double low, double high, QLatin1StringView field, QString *error)
{
    return (value >= low && value <= high) || fail(error, field + " = "_L1 + number(value));
}

bool finite(double value, QLatin1StringView field, QString *error)
{
    return within(value, -kLargest, kLargest, field, error);
}

bool nonEmpty(const std::string &value, QLatin1StringView field, QString *error)
{
    return !value.empty() || fail(error, field + ": empty"_L1);
}

// Names the enclosing field of a nested failure.
bool nested(bool ok, const QString &prefix, QString *error)
{
    if (!ok)
        error->prepend(prefix);
    return ok;
}

bool decodeGeodetic(const v1::Geodetic &message, GeoPoint *point, QString *error)
{
    if (!within(message.lat_deg(), -90.0, 90.0, "lat_deg"_L1, error)
        || !within(message.lon_deg(), -180.0, 180.0, "lon_deg"_L1, error)
        || !finite(message.height_m(), "height_m"_L1, error))
        return false;
    *point = {message.lat_deg(), message.lon_deg(), message.height_m()};
    return true;
}

bool decodeRequiredGeodetic(bool present, const v1::Geodetic &message, QLatin1StringView field,
                            GeoPoint *point, QString *error)
{
    if (!present)
        return fail(error, field + ": not set"_L1);
    return nested(decodeGeodetic(message, point, error), field + u'.', error);
}

bool decodeVector(const v1::Ecef &message, QLatin1StringView field, Vec3 *vector, QString *error)
{
    const bool ok = finite(message.x(), "x"_L1, error) && finite(message.y(), "y"_L1, error)
                    && finite(message.z(), "z"_L1, error);
    if (ok)
        *vector = {message.x(), message.y(), message.z()};
    return nested(ok, field + u'.', error);
}

template<size_t N>
bool decodeCovariance(const google::protobuf::RepeatedField<double> &values,
                      std::span<const int> variances, QLatin1StringView field,
                      std::optional<std::array<double, N>> *covariance, QString *error)
{
    if (values.empty()) {
        covariance->reset();
        return true;
    }
    if (values.size() != int(N)) {
        return fail(error, u"%1: %2 values, expected %3 or none"_s.arg(field).arg(values.size())
                               .arg(N));
    }
    std::array<double, N> result;
    for (size_t i = 0; i < N; ++i) {
        result[i] = values[int(i)];
        if (!std::isfinite(result[i]))
            return fail(error, u"%1[%2] = %3"_s.arg(field).arg(i).arg(number(result[i])));
    }
    for (int i : variances) {
        if (result[i] < 0) {
            return fail(error, u"%1[%2] = %3 (negative variance)"_s.arg(field).arg(i)
                                   .arg(number(result[i])));
        }
    }
    *covariance = result;
    return true;
}

// Enum values this console does not know yet (a newer service) read as Unknown rather than
// rejecting the whole message: the rest of it is still worth showing.
TrackPhase phaseFrom(v1::TrackPhase phase)
{
    switch (phase) {
    case v1::TRACK_PHASE_BOOST: return TrackPhase::Boost;
    case v1::TRACK_PHASE_MIDCOURSE: return TrackPhase::Midcourse;
    case v1::TRACK_PHASE_TERMINAL: return TrackPhase::Terminal;
    default: return TrackPhase::Unknown;
    }
}

Affiliation affiliationFrom(v1::Affiliation affiliation)
{
    switch (affiliation) {
    case v1::AFFILIATION_HOSTILE: return Affiliation::Hostile;
    case v1::AFFILIATION_SUSPECT: return Affiliation::Suspect;
    case v1::AFFILIATION_FRIEND: return Affiliation::Friend;
    default: return Affiliation::Unknown;
    }
}

DropReason dropReasonFrom(v1::DropReason reason)
{
    switch (reason) {
    case v1::DROP_REASON_LOST: return DropReason::Lost;
    case v1::DROP_REASON_IMPACTED: return DropReason::Impacted;
    case v1::DROP_REASON_ENDED: return DropReason::Ended;
    default: return DropReason::Unknown;
    }
}

AlertKind alertKindFrom(v1::AlertKind kind)
{
    switch (kind) {
    case v1::ALERT_KIND_LAUNCH_DETECTED: return AlertKind::LaunchDetected;
    case v1::ALERT_KIND_IMPACT_IN_TERRITORY: return AlertKind::ImpactInTerritory;
    case v1::ALERT_KIND_IMPACT_IN_EEZ: return AlertKind::ImpactInEez;
    case v1::ALERT_KIND_IMPACT_AT_SEA: return AlertKind::ImpactAtSea;
    case v1::ALERT_KIND_OVERFLIGHT: return AlertKind::Overflight;
    case v1::ALERT_KIND_TRACK_LOST: return AlertKind::TrackLost;
    case v1::ALERT_KIND_IMPACT_OCCURRED: return AlertKind::ImpactOccurred;
    default: return AlertKind::Unknown;
    }
}

Severity severityFrom(v1::Severity severity)
{
    switch (severity) {
    case v1::SEVERITY_ADVISORY: return Severity::Advisory;
    case v1::SEVERITY_WARNING: return Severity::Warning;
    case v1::SEVERITY_CRITICAL: return Severity::Critical;
    default: return Severity::Unknown;
    }
}

AlertState alertStateFrom(v1::AlertState state)
{
    switch (state) {
    case v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED: return AlertState::ActiveUnacknowledged;
    case v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED: return AlertState::ActiveAcknowledged;
    case v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED: return AlertState::ClearedUnacknowledged;
    case v1::ALERT_STATE_CLEARED: return AlertState::Cleared;
    case v1::ALERT_STATE_SHELVED: return AlertState::Shelved;
    case v1::ALERT_STATE_LATCHED: return AlertState::Latched;
    default: return AlertState::Unknown;
    }
}

bool decodeEllipse(const v1::ImpactEllipse &message, ImpactEllipse *ellipse, QString *error)
{
    if (!(message.confidence() > 0.0 && message.confidence() < 1.0))
        return fail(error, "confidence = "_L1 + number(message.confidence()));
    if (!within(message.semi_major_m(), 0.0, kLargest, "semi_major_m"_L1, error)
        || !within(message.semi_minor_m(), 0.0, message.semi_major_m(), "semi_minor_m"_L1, error)
        || !finite(message.orientation_deg(), "orientation_deg"_L1, error))
        return false;
    *ellipse = {message.confidence(), message.semi_major_m(), message.semi_minor_m(),
                message.orientation_deg()};
    return true;
}

template<typename Message, typename Value>
using Decoder = std::optional<Value> (*)(const Message &, QString *);

template<typename Message, typename Value>
void decodeSnapshotItems(const google::protobuf::RepeatedPtrField<Message> &items,
                         Decoder<Message, Value> decode, QLatin1StringView field,
                         std::vector<Value> *values, QStringList *errors)
{
    values->reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        QString error;
        if (std::optional<Value> value = decode(items[i], &error))
            values->push_back(std::move(*value));
        else
            errors->append(u"snapshot: %1[%2].%3"_s.arg(field).arg(i).arg(error));
    }
}

SnapshotChunk decodeSnapshotChunk(const v1::SnapshotChunk &message, QStringList *errors)
{
    SnapshotChunk chunk;
    chunk.last = message.last();
    Snapshot &content = chunk.content;
    content.asOfSequence = message.as_of_sequence();
    decodeSnapshotItems(message.tracks(), decodeTrackUpdate,
                        "tracks"_L1, &content.tracks, errors);
    decodeSnapshotItems(message.launches(), decodeLaunch,
                        "launches"_L1, &content.launches, errors);
    decodeSnapshotItems(message.predictions(),
                        decodePrediction, "predictions"_L1,
                        &content.predictions, errors);
    decodeSnapshotItems(message.alerts(), decodeAlertUpdate,
                        "alerts"_L1, &content.alerts, errors);
    return chunk;
}

template<typename Message, typename Value>
std::optional<InboundEvent> decodeSequenced(quint64 sequence, const Message &body,
                                            Decoder<Message, Value> decode, QLatin1StringView name,
                                            QStringList *errors)
{
    if (sequence == 0) {
        errors->append(name + ": sequence = 0"_L1);
        return std::nullopt;
    }
    QString error;
    std::optional<Value> value = decode(body, &error);
    if (!value) {
        errors->append(name + ": "_L1 + error);
        return std::nullopt;
    }
    return SequencedEvent{sequence, std::move(*value)};
}

} // namespace

std::optional<TrackUpdate> decodeTrackUpdate(const v1::TrackUpdate &message, QString *error)
{
    TrackUpdate track;
    if (!nonEmpty(message.track_id(), "track_id"_L1, error)
        || !within(double(message.time_utc_us()), 1.0, kLargest, "time_utc_us"_L1, error))
        return std::nullopt;
    switch (message.position_case()) {
    case v1::TrackUpdate::kPositionEcef: {
        if (!decodeVector(message.position_ecef(), "position_ecef"_L1, &track.positionEcef, error))
            return std::nullopt;
        const double radius = std::hypot(track.positionEcef[0], track.positionEcef[1],
                                         track.positionEcef[2]);
        if (radius < kMinEcefRadiusM) {
            fail(error, u"position_ecef: %1 m from the Earth's centre"_s.arg(number(radius)));
            return std::nullopt;
        }
        track.position = geodeticFromEcef(track.positionEcef);
        break;
    }
    case v1::TrackUpdate::kPositionGeodetic:
        if (!nested(decodeGeodetic(message.position_geodetic(), &track.position, error),
                    u"position_geodetic."_s, error))
            return std::nullopt;
        track.positionEcef = ecefFromGeodetic(track.position);
        break;
    case v1::TrackUpdate::POSITION_NOT_SET:
        fail(error, u"position: not set"_s);
        return std::nullopt;
    }
    if (!decodeVector(message.velocity_ecef(), "velocity_ecef"_L1, &track.velocityEcef, error)
        || !decodeCovariance(message.covariance_upper(), kTrackVariances, "covariance_upper"_L1,
                             &track.covarianceUpper, error)
        || !within(message.quality(), 0.0, 1.0, "quality"_L1, error))
        return std::nullopt;
    track.trackId = QString::fromStdString(message.track_id());
    track.timeUtcUs = message.time_utc_us();
    track.phase = phaseFrom(message.phase());
    track.affiliation = affiliationFrom(message.affiliation());
    track.quality = message.quality();
    track.sensors.reserve(message.contributing_sensors_size());
    for (const std::string &sensor : message.contributing_sensors())
        track.sensors.append(QString::fromStdString(sensor));
    track.exercise = message.exercise();
    return track;
}

std::optional<TrackDrop> decodeTrackDrop(const v1::TrackDrop &message, QString *error)
{
    if (!nonEmpty(message.track_id(), "track_id"_L1, error))
        return std::nullopt;
    return TrackDrop{QString::fromStdString(message.track_id()), message.time_utc_us(),
                     dropReasonFrom(message.reason()), message.exercise()};
}

std::optional<Launch> decodeLaunch(const v1::Launch &message, QString *error)
{
    Launch launch;
    if (!nonEmpty(message.launch_id(), "launch_id"_L1, error)
        || !decodeRequiredGeodetic(message.has_point(), message.point(), "point"_L1,
                                   &launch.point, error)
        || !decodeCovariance(message.point_covariance_en(), kLaunchVariances,
                             "point_covariance_en"_L1, &launch.pointCovarianceEn, error))
        return std::nullopt;
    launch.launchId = QString::fromStdString(message.launch_id());
    launch.trackId = QString::fromStdString(message.track_id());
    launch.launchTimeUtcUs = message.launch_time_utc_us();
    launch.exercise = message.exercise();
    return launch;
}

std::optional<Prediction> decodePrediction(const v1::Prediction &message, QString *error)
{
    Prediction prediction;
    if (!nonEmpty(message.track_id(), "track_id"_L1, error))
        return std::nullopt;
    prediction.trajectory.reserve(message.trajectory_size());
    for (int i = 0; i < message.trajectory_size(); ++i) {
        const v1::TrajectorySample &sample = message.trajectory(i);
        TrajectorySample decoded{sample.time_utc_us(), {}};
        if (!nested(decodeRequiredGeodetic(sample.has_point(), sample.point(), "point"_L1,
                                           &decoded.point, error),
                    u"trajectory[%1]."_s.arg(i), error))
            return std::nullopt;
        if (!prediction.trajectory.empty()
            && decoded.timeUtcUs < prediction.trajectory.back().timeUtcUs) {
            fail(error, u"trajectory[%1].time_utc_us = %2 (earlier than the sample before)"_s
                            .arg(i)
                            .arg(decoded.timeUtcUs));
            return std::nullopt;
        }
        prediction.trajectory.push_back(decoded);
    }
    if ((message.has_apogee()
         && !nested(decodeGeodetic(message.apogee(), &prediction.apogee, error), u"apogee."_s,
                    error))
        || !decodeRequiredGeodetic(message.has_impact_point(), message.impact_point(),
                                   "impact_point"_L1, &prediction.impactPoint, error)
        || !within(message.impact_time_sigma_s(), 0.0, kLargest, "impact_time_sigma_s"_L1, error))
        return std::nullopt;
    prediction.ellipses.resize(message.ellipses_size());
    for (int i = 0; i < message.ellipses_size(); ++i) {
        if (!nested(decodeEllipse(message.ellipses(i), &prediction.ellipses[i], error),
                    u"ellipses[%1]."_s.arg(i), error))
            return std::nullopt;
    }
    prediction.trackId = QString::fromStdString(message.track_id());
    prediction.issuedUtcUs = message.issued_utc_us();
    prediction.impactTimeUtcUs = message.impact_time_utc_us();
    prediction.impactTimeSigmaS = message.impact_time_sigma_s();
    prediction.provisional = message.provisional();
    prediction.exercise = message.exercise();
    return prediction;
}

std::optional<AlertUpdate> decodeAlertUpdate(const v1::AlertUpdate &message, QString *error)
{
    AlertUpdate alert;
    if (!nonEmpty(message.alert_id(), "alert_id"_L1, error))
        return std::nullopt;
    alert.acknowledgements.reserve(message.acknowledgements_size());
    for (int i = 0; i < message.acknowledgements_size(); ++i) {
        const v1::Acknowledgement &ack = message.acknowledgements(i);
        if (!nested(nonEmpty(ack.operator_name(), "operator_name"_L1, error),
                    u"acknowledgements[%1]."_s.arg(i), error))
            return std::nullopt;
        alert.acknowledgements.push_back({QString::fromStdString(ack.operator_name()),
                                          QString::fromStdString(ack.console_id()),
                                          ack.time_utc_us()});
    }
    alert.alertId = QString::fromStdString(message.alert_id());
    alert.kind = alertKindFrom(message.kind());
    alert.severity = severityFrom(message.severity());
    alert.trackId = QString::fromStdString(message.track_id());
    alert.regionId = QString::fromStdString(message.region_id());
    alert.state = alertStateFrom(message.state());
    alert.raisedUtcUs = message.raised_utc_us();
    alert.predictedImpactUtcUs = message.predicted_impact_utc_us();
    alert.exercise = message.exercise();
    return alert;
}

std::optional<InboundEvent> decodeEvent(const v1::PictureEvent &message, QStringList *errors)
{
    const quint64 sequence = message.sequence();
    switch (message.body_case()) {
    case v1::PictureEvent::kStreamOpened: {
        const v1::StreamOpened &opened = message.stream_opened();
        if (opened.epoch().empty()) {
            errors->append(u"stream_opened: epoch: empty"_s);
            return std::nullopt;
        }
        if (opened.heartbeat_period_ms() == 0) {
            errors->append(u"stream_opened: heartbeat_period_ms = 0"_s);
            return std::nullopt;
        }
        return StreamOpened{QString::fromStdString(opened.epoch()), opened.resumed(),
                            opened.heartbeat_period_ms()};
    }
    case v1::PictureEvent::kSnapshot:
        return decodeSnapshotChunk(message.snapshot(), errors);
    case v1::PictureEvent::kTrackUpdate:
        return decodeSequenced(sequence, message.track_update(),
                               decodeTrackUpdate,
                               "track_update"_L1, errors);
    case v1::PictureEvent::kTrackDrop:
        return decodeSequenced(sequence, message.track_drop(),
                               decodeTrackDrop,
                               "track_drop"_L1, errors);
    case v1::PictureEvent::kLaunch:
        return decodeSequenced(sequence, message.launch(),
                               decodeLaunch, "launch"_L1, errors);
    case v1::PictureEvent::kPrediction:
        return decodeSequenced(sequence, message.prediction(),
                               decodePrediction,
                               "prediction"_L1, errors);
    case v1::PictureEvent::kAlertUpdate:
        return decodeSequenced(sequence, message.alert_update(),
                               decodeAlertUpdate,
                               "alert_update"_L1, errors);
    case v1::PictureEvent::kHeartbeat: {
        const v1::Heartbeat &heartbeat = message.heartbeat();
        if (heartbeat.period_ms() == 0) {
            errors->append(u"heartbeat: period_ms = 0"_s);
            return std::nullopt;
        }
        return Heartbeat{heartbeat.time_utc_us(), heartbeat.period_ms(),
                         heartbeat.last_sequence()};
    }
    case v1::PictureEvent::BODY_NOT_SET:
        break;
    }
    errors->append(u"event: body not set (empty, or a kind this console does not know)"_s);
    return std::nullopt;
}

} // namespace cop
