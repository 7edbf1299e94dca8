#include "EventDecoder.h"

#include "fusion/Cholesky6.h"
#include "fusion/StateEstimate.h"
#include "WireLimits.h"

#include <QLocale>
#include <QStringDecoder>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace cop {

using namespace Qt::StringLiterals;
using namespace wire;

namespace {

constexpr double kLargest = std::numeric_limits<double>::max();

// WGS-84: a position outside these radii (widened by the height bounds) is out of bounds at any
// latitude, and converting it to geodetic would lose all precision (1e300 m) or mean nothing.
constexpr double kPolarRadiusM = 6'356'752.314245;
constexpr double kEquatorialRadiusM = 6'378'137.0;

// How far a time may lie after and before its reference.
struct TimeWindow
{
    qint64 aheadUs;
    qint64 behindUs;
};

constexpr TimeWindow kStateWindow{kMaxAheadUs, kMaxStateAgeUs};
constexpr TimeWindow kEventWindow{kMaxAheadUs, kMaxEventAgeUs};
// Impact times lie a flight ahead of the receipt, or as far back as the alert stays.
constexpr TimeWindow kImpactWindow{kMaxFlightUs, kMaxEventAgeUs};
// Trajectory samples and impact times of one prediction span at most one flight.
constexpr TimeWindow kFlightWindow{kMaxFlightUs, kMaxFlightUs};
// A launch's outcome and its debris' fall follow their reference within one flight.
constexpr TimeWindow kAfterWithinFlight{kMaxFlightUs, 0};

constexpr auto kReceipt = "receipt"_L1;

struct HeightRange
{
    double low;
    double high;
};

constexpr HeightRange kFlightHeights{kMinHeightM, kMaxHeightM};
constexpr HeightRange kGroundHeights{kMinHeightM, kMaxGroundHeightM};

struct VarianceLimit
{
    int index; // in the row-by-row upper triangle the contract uses
    double max;
};

constexpr double kMaxPositionVariance = kMaxPositionSigmaM * kMaxPositionSigmaM;
constexpr double kMaxVelocityVariance = kMaxVelocitySigmaMps * kMaxVelocitySigmaMps;
constexpr VarianceLimit kTrackVariances[] = { // 6x6 [x y z vx vy vz]
    {0, kMaxPositionVariance},  {6, kMaxPositionVariance},  {11, kMaxPositionVariance},
    {15, kMaxVelocityVariance}, {18, kMaxVelocityVariance}, {20, kMaxVelocityVariance}};
constexpr VarianceLimit kLaunchVariances[] = { // 2x2 [ee en nn]
    {0, kMaxPositionVariance}, {2, kMaxPositionVariance}};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool fail(QString *error, QString text)
{
    *error = std::move(text);
    return false;
}

std::nullopt_t refuse(QStringList *errors, QString error)
{
    errors->append(std::move(error));
    return std::nullopt;
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

bool positiveUpTo(double value, double high, QLatin1StringView field, QString *error)
{
    return (value > 0.0 && value <= high) || fail(error, field + " = "_L1 + number(value));
}

bool inWindow(qint64 time, qint64 reference, TimeWindow window, QLatin1StringView field,
              QLatin1StringView referenceName, QString *error)
{
    qint64 offsetUs = 0;
    if (!qSubOverflow(time, reference, &offsetUs) && offsetUs <= window.aheadUs
        && offsetUs >= -window.behindUs)
        return true;
    // In doubles: the difference of two arbitrary int64 may not fit one.
    const double offsetS = (double(time) - double(reference)) / 1e6;
    const bool ahead = offsetS > 0;
    return fail(error, u"%1 = %2 (%3 s %4 %5, limit %6 s)"_s.arg(
                           field, QString::number(time), QString::number(std::abs(offsetS), 'f', 1),
                           ahead ? "after"_L1 : "before"_L1, referenceName,
                           QString::number((ahead ? window.aheadUs : window.behindUs) / 1'000'000)));
}

// Only the size goes into the error: a service's megabyte string must not reach a log line.
bool fits(const std::string &value, qsizetype limit)
{
    return qsizetype(value.size()) <= limit;
}

QString tooLong(const std::string &value, qsizetype limit)
{
    return u": %1 bytes, limit %2"_s.arg(value.size()).arg(limit);
}

bool bounded(const std::string &value, qsizetype limit, QLatin1StringView field, QString *error)
{
    return fits(value, limit) || fail(error, field + tooLong(value, limit));
}

bool required(const std::string &value, qsizetype limit, QLatin1StringView field, QString *error)
{
    return (!value.empty() || fail(error, field + ": empty"_L1))
           && bounded(value, limit, field, error);
}

bool countUpTo(int count, int limit, QLatin1StringView field, QString *error)
{
    return count <= limit
           || fail(error, u"%1: %2 entries, limit %3"_s.arg(field).arg(count).arg(limit));
}

// Names the enclosing field of a nested failure, "field." or "field[index]."; the text is built
// only on failure, as these run for every field of every message.
bool nested(bool ok, QLatin1StringView field, QString *error)
{
    if (!ok)
        error->prepend(field + u'.');
    return ok;
}

bool nested(bool ok, QLatin1StringView field, int index, QString *error)
{
    if (!ok)
        error->prepend(u"%1[%2]."_s.arg(field).arg(index));
    return ok;
}

// Names the message in what its decoder appended from `from` on; `prefix` makes the name, only
// when there is something to name.
template<typename Prefix>
void prefixFrom(qsizetype from, Prefix prefix, QStringList *errors)
{
    if (from == errors->size())
        return;
    const QString text = prefix();
    for (qsizetype i = from; i < errors->size(); ++i)
        (*errors)[i].prepend(text);
}

bool decodeGeodetic(const v1::Geodetic &message, HeightRange heights, GeoPoint *point,
                    QString *error)
{
    if (!within(message.lat_deg(), -90.0, 90.0, "lat_deg"_L1, error)
        || !within(message.lon_deg(), -180.0, 180.0, "lon_deg"_L1, error)
        || !within(message.height_m(), heights.low, heights.high, "height_m"_L1, error))
        return false;
    *point = {message.lat_deg(), message.lon_deg(), message.height_m()};
    return true;
}

bool decodeRequiredGeodetic(bool present, const v1::Geodetic &message, HeightRange heights,
                            QLatin1StringView field, GeoPoint *point, QString *error)
{
    if (!present)
        return fail(error, field + ": not set"_L1);
    return nested(decodeGeodetic(message, heights, point, error), field, error);
}

bool decodeVector(const v1::Ecef &message, QLatin1StringView field, Vec3 *vector, QString *error)
{
    const bool ok = finite(message.x(), "x"_L1, error) && finite(message.y(), "y"_L1, error)
                    && finite(message.z(), "z"_L1, error);
    if (ok)
        *vector = {message.x(), message.y(), message.z()};
    return nested(ok, field, error);
}

double norm(const Vec3 &vector)
{
    return std::hypot(vector[0], vector[1], vector[2]);
}

bool decodeEcefPosition(const v1::Ecef &message, TrackUpdate *track, QString *error)
{
    if (!decodeVector(message, "position_ecef"_L1, &track->positionEcef, error))
        return false;
    const double radius = norm(track->positionEcef);
    if (!(radius >= kPolarRadiusM + kMinHeightM && radius <= kEquatorialRadiusM + kMaxHeightM))
        return fail(error, u"position_ecef: %1 m from the Earth's centre"_s.arg(number(radius)));
    track->position = geodeticFromEcef(track->positionEcef);
    return within(track->position.heightM, kMinHeightM, kMaxHeightM, "position_ecef: height"_L1,
                  error);
}

// The contract sends one of the two, so they cannot disagree; the other is derived.
bool decodePosition(const v1::TrackUpdate &message, TrackUpdate *track, QString *error)
{
    switch (message.position_case()) {
    case v1::TrackUpdate::kPositionEcef:
        return decodeEcefPosition(message.position_ecef(), track, error);
    case v1::TrackUpdate::kPositionGeodetic:
        if (!nested(decodeGeodetic(message.position_geodetic(), kFlightHeights, &track->position,
                                   error),
                    "position_geodetic"_L1, error))
            return false;
        track->positionEcef = ecefFromGeodetic(track->position);
        return true;
    case v1::TrackUpdate::POSITION_NOT_SET:
        break;
    }
    return fail(error, u"position: not set"_s);
}

bool decodeVelocity(const v1::Ecef &message, Vec3 *velocity, QString *error)
{
    return decodeVector(message, "velocity_ecef"_L1, velocity, error)
           && within(norm(*velocity), 0.0, kMaxSpeedMps, "velocity_ecef: speed"_L1, error);
}

bool positiveDefinite(const std::array<double, 21> &upper)
{
    return Cholesky6(covarianceFromUpper(upper)).ok();
}

// The 2x2 Cholesky in closed form: both pivots, ee and nn - en^2/ee, positive.
bool positiveDefinite(const std::array<double, 3> &upper)
{
    return upper[0] > 0.0 && upper[0] * upper[2] > upper[1] * upper[1];
}

// A malformed covariance (wrong length, not finite) refuses the message: the sender is broken. A
// well-formed one that cannot be a covariance (not positive definite, all zero, variances beyond
// WireLimits) is only dropped, with a note in `dropped`: the state is still worth showing.
// Symmetry holds by construction, as only the upper triangle is on the wire.
template<size_t N>
bool decodeCovariance(const google::protobuf::RepeatedField<double> &values,
                      std::span<const VarianceLimit> variances, QLatin1StringView field,
                      std::optional<std::array<double, N>> *covariance, QString *error,
                      QStringList *dropped)
{
    covariance->reset();
    if (values.empty())
        return true;
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
    for (const VarianceLimit &variance : variances) {
        const double value = result[size_t(variance.index)];
        if (!(value >= 0.0 && value <= variance.max)) {
            dropped->append(u"%1[%2] = %3 (variance outside 0..%4; covariance dropped)"_s.arg(
                field, QString::number(variance.index), number(value), number(variance.max)));
            return true;
        }
    }
    if (!positiveDefinite(result)) {
        dropped->append(field + ": not positive definite (covariance dropped)"_L1);
        return true;
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

ObjectKind objectKindFrom(v1::ObjectKind kind)
{
    switch (kind) {
    case v1::OBJECT_KIND_VEHICLE: return ObjectKind::Vehicle;
    case v1::OBJECT_KIND_STAGE: return ObjectKind::Stage;
    case v1::OBJECT_KIND_FAIRING: return ObjectKind::Fairing;
    case v1::OBJECT_KIND_PAYLOAD: return ObjectKind::Payload;
    case v1::OBJECT_KIND_DEBRIS: return ObjectKind::Debris;
    default: return ObjectKind::Unknown;
    }
}

LaunchKind launchKindFrom(v1::LaunchKind kind)
{
    switch (kind) {
    case v1::LAUNCH_KIND_BALLISTIC_MISSILE: return LaunchKind::BallisticMissile;
    case v1::LAUNCH_KIND_SPACE_LAUNCH: return LaunchKind::SpaceLaunch;
    default: return LaunchKind::Unknown;
    }
}

FailureMode failureModeFrom(v1::FailureMode mode)
{
    switch (mode) {
    case v1::FAILURE_MODE_NO_IGNITION: return FailureMode::NoIgnition;
    case v1::FAILURE_MODE_BREAK_UP: return FailureMode::BreakUp;
    case v1::FAILURE_MODE_FELL_SHORT: return FailureMode::FellShort;
    default: return FailureMode::Unknown;
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
    case v1::ALERT_KIND_ORBIT_REACHED: return AlertKind::OrbitReached;
    case v1::ALERT_KIND_DEBRIS_FALLING: return AlertKind::DebrisFalling;
    case v1::ALERT_KIND_STAGE_DROP: return AlertKind::StageDrop;
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
    if (!positiveUpTo(message.semi_major_m(), kMaxEllipseSemiAxisM, "semi_major_m"_L1, error)
        || !positiveUpTo(message.semi_minor_m(), message.semi_major_m(), "semi_minor_m"_L1, error)
        || !finite(message.orientation_deg(), "orientation_deg"_L1, error))
        return false;
    *ellipse = {message.confidence(), message.semi_major_m(), message.semi_minor_m(),
                message.orientation_deg()};
    return true;
}

bool decodeSensors(const google::protobuf::RepeatedPtrField<std::string> &sensors,
                   QStringList *names, QString *error)
{
    if (!countUpTo(sensors.size(), kMaxSensors, "contributing_sensors"_L1, error))
        return false;
    names->reserve(sensors.size());
    for (int i = 0; i < sensors.size(); ++i) {
        if (!fits(sensors[i], kMaxNameBytes)) {
            return fail(error, u"contributing_sensors[%1]"_s.arg(i)
                                   + tooLong(sensors[i], kMaxNameBytes));
        }
        names->append(QString::fromStdString(sensors[i]));
    }
    return true;
}

bool decodeTrajectory(const v1::Prediction &message, std::vector<TrajectorySample> *trajectory,
                      QString *error)
{
    if (!countUpTo(message.trajectory_size(), kMaxTrajectorySamples, "trajectory"_L1, error))
        return false;
    trajectory->reserve(message.trajectory_size());
    for (int i = 0; i < message.trajectory_size(); ++i) {
        const v1::TrajectorySample &sample = message.trajectory(i);
        TrajectorySample decoded{sample.time_utc_us(), {}};
        if (!nested(inWindow(decoded.timeUtcUs, message.issued_utc_us(), kFlightWindow,
                             "time_utc_us"_L1, "issued_utc_us"_L1, error)
                        && decodeRequiredGeodetic(sample.has_point(), sample.point(),
                                                  kFlightHeights, "point"_L1, &decoded.point,
                                                  error),
                    "trajectory"_L1, i, error))
            return false;
        if (!trajectory->empty() && decoded.timeUtcUs < trajectory->back().timeUtcUs) {
            return fail(error, u"trajectory[%1].time_utc_us = %2 (earlier than the sample before)"_s
                                   .arg(i)
                                   .arg(decoded.timeUtcUs));
        }
        trajectory->push_back(decoded);
    }
    return true;
}

bool decodeEllipses(const google::protobuf::RepeatedPtrField<v1::ImpactEllipse> &messages,
                    QLatin1StringView field, std::vector<ImpactEllipse> *ellipses, QString *error)
{
    if (!countUpTo(messages.size(), kMaxEllipses, field, error))
        return false;
    ellipses->resize(messages.size());
    for (int i = 0; i < messages.size(); ++i) {
        if (!nested(decodeEllipse(messages[i], &(*ellipses)[i], error), field, i, error))
            return false;
    }
    return true;
}

bool decodeAcknowledgements(const v1::AlertUpdate &message, qint64 receivedUtcUs,
                            std::vector<Acknowledgement> *acknowledgements, QString *error)
{
    if (!countUpTo(message.acknowledgements_size(), kMaxAcknowledgements, "acknowledgements"_L1,
                   error))
        return false;
    acknowledgements->reserve(message.acknowledgements_size());
    for (int i = 0; i < message.acknowledgements_size(); ++i) {
        const v1::Acknowledgement &ack = message.acknowledgements(i);
        if (!nested(required(ack.operator_name(), kMaxNameBytes, "operator_name"_L1, error)
                        && bounded(ack.console_id(), kMaxIdBytes, "console_id"_L1, error)
                        && bounded(ack.verified_console_id(), kMaxIdBytes,
                                   "verified_console_id"_L1, error)
                        && inWindow(ack.time_utc_us(), receivedUtcUs, kEventWindow,
                                    "time_utc_us"_L1, kReceipt, error),
                    "acknowledgements"_L1, i, error))
            return false;
        acknowledgements->push_back({QString::fromStdString(ack.operator_name()),
                                     QString::fromStdString(ack.console_id()), ack.time_utc_us(),
                                     QString::fromStdString(ack.verified_console_id())});
    }
    return true;
}

// Clamped, not refused: the stream is sound, only a timer built on the period would not be.
bool stageUpTo(quint32 stage, QLatin1StringView field, QString *error)
{
    return stage <= kMaxStage || fail(error, u"%1 = %2 (limit %3)"_s.arg(field).arg(stage).arg(kMaxStage));
}

// The piece a track is, if it came off another: which, and when.
bool decodeSeparation(const v1::TrackUpdate &message, qint64 receivedUtcUs, TrackUpdate *track, QString *error)
{
    if (!bounded(message.parent_track_id(), kMaxIdBytes, "parent_track_id"_L1, error)
        || !stageUpTo(message.stage(), "stage"_L1, error)
        || (message.separated_utc_us() != 0
            && !inWindow(message.separated_utc_us(), receivedUtcUs, kStateWindow, "separated_utc_us"_L1, kReceipt,
                         error)))
        return false;
    track->objectKind = objectKindFrom(message.object_kind());
    track->parentTrackId = QString::fromStdString(message.parent_track_id());
    track->stage = quint8(message.stage());
    track->separatedUtcUs = message.separated_utc_us();
    return true;
}

bool decodeOrigin(const std::string &origin, QString *decoded, QString *error)
{
    const bool letters = std::all_of(origin.cbegin(), origin.cend(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!origin.empty() && (qsizetype(origin.size()) != kOriginLetters || !letters)) {
        return fail(error, fits(origin, kOriginLetters) ? u"origin: not three letters A-Z"_s
                                                         : "origin"_L1 + tooLong(origin, kOriginLetters));
    }
    *decoded = QString::fromLatin1(origin.data(), qsizetype(origin.size()));
    return true;
}

bool decodeOrbit(const v1::Orbit &message, OrbitReached *orbit, QString *error)
{
    if (!within(message.perigee_height_m(), kMinOrbitHeightM, kMaxOrbitHeightM, "perigee_height_m"_L1, error)
        || !within(message.apogee_height_m(), message.perigee_height_m(), kMaxOrbitHeightM, "apogee_height_m"_L1,
                   error)
        || !within(message.inclination_deg(), 0.0, 180.0, "inclination_deg"_L1, error))
        return nested(false, "orbit"_L1, error);
    *orbit = {message.perigee_height_m(), message.apogee_height_m(), message.inclination_deg()};
    return true;
}

bool decodeFailure(const v1::LaunchFailure &message, qint64 outcomeUtcUs, LaunchFailure *failure,
                   QString *error)
{
    const auto debrisTime = [&](qint64 time, QLatin1StringView field) {
        return time == 0 || inWindow(time, outcomeUtcUs, kAfterWithinFlight, field, "outcome_utc_us"_L1, error);
    };
    const bool ok =
        stageUpTo(message.stage(), "stage"_L1, error)
        && decodeRequiredGeodetic(message.has_debris_point(), message.debris_point(), kGroundHeights,
                                  "debris_point"_L1, &failure->debrisPoint, error)
        && decodeEllipses(message.debris_ellipses(), "debris_ellipses"_L1, &failure->debrisEllipses, error)
        && debrisTime(message.debris_from_utc_us(), "debris_from_utc_us"_L1)
        && debrisTime(message.debris_until_utc_us(), "debris_until_utc_us"_L1)
        && (message.debris_from_utc_us() <= message.debris_until_utc_us()
            || fail(error, "debris_until_utc_us: before debris_from_utc_us"_L1));
    if (!ok)
        return nested(false, "failure"_L1, error);
    failure->mode = failureModeFrom(message.mode());
    failure->stage = quint8(message.stage());
    failure->debrisFromUtcUs = message.debris_from_utc_us();
    failure->debrisUntilUtcUs = message.debris_until_utc_us();
    return true;
}

// What was launched and how it ended, as far as the service can tell yet.
bool decodeLaunchOutcome(const v1::Launch &message, Launch *launch, QString *error)
{
    if (!decodeOrigin(message.origin(), &launch->origin, error))
        return false;
    launch->kind = launchKindFrom(message.kind());
    if (message.outcome_case() == v1::Launch::OUTCOME_NOT_SET)
        return true;
    if (!inWindow(message.outcome_utc_us(), message.launch_time_utc_us(), kAfterWithinFlight, "outcome_utc_us"_L1,
                  "launch_time_utc_us"_L1, error))
        return false;
    launch->outcomeUtcUs = message.outcome_utc_us();
    if (message.has_orbit())
        return decodeOrbit(message.orbit(), &launch->orbit.emplace(), error);
    return decodeFailure(message.failure(), launch->outcomeUtcUs, &launch->failure.emplace(), error);
}

quint32 clampedPeriod(quint32 periodMs, QLatin1StringView field, QStringList *errors)
{
    const quint32 clamped = std::clamp(periodMs, kMinHeartbeatPeriodMs, kMaxHeartbeatPeriodMs);
    if (clamped != periodMs)
        errors->append(u"%1 = %2 (clamped to %3)"_s.arg(field).arg(periodMs).arg(clamped));
    return clamped;
}

template<typename Message, typename Value>
using Decoder = std::optional<Value> (*)(const Message &, qint64, QStringList *);

template<typename Message, typename Value>
void decodeSnapshotItems(const google::protobuf::RepeatedPtrField<Message> &items,
                         Decoder<Message, Value> decode, QLatin1StringView field,
                         qint64 receivedUtcUs, std::vector<Value> *values, QStringList *errors)
{
    values->reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const qsizetype before = errors->size();
        if (std::optional<Value> value = decode(items[i], receivedUtcUs, errors))
            values->push_back(std::move(*value));
        prefixFrom(before, [&] { return u"snapshot: %1[%2]."_s.arg(field).arg(i); }, errors);
    }
}

SnapshotChunk decodeSnapshotChunk(const v1::SnapshotChunk &message, qint64 receivedUtcUs,
                                  QStringList *errors)
{
    SnapshotChunk chunk;
    chunk.last = message.last();
    Snapshot &content = chunk.content;
    content.asOfSequence = message.as_of_sequence();
    decodeSnapshotItems(message.tracks(), decodeTrackUpdate, "tracks"_L1, receivedUtcUs,
                        &content.tracks, errors);
    decodeSnapshotItems(message.launches(), decodeLaunch, "launches"_L1, receivedUtcUs,
                        &content.launches, errors);
    decodeSnapshotItems(message.predictions(), decodePrediction, "predictions"_L1, receivedUtcUs,
                        &content.predictions, errors);
    decodeSnapshotItems(message.alerts(), decodeAlertUpdate, "alerts"_L1, receivedUtcUs,
                        &content.alerts, errors);
    return chunk;
}

template<typename Message, typename Value>
std::optional<InboundEvent> decodeSequenced(quint64 sequence, const Message &body,
                                            Decoder<Message, Value> decode, QLatin1StringView name,
                                            qint64 receivedUtcUs, QStringList *errors)
{
    if (sequence == 0) {
        errors->append(name + ": sequence = 0"_L1);
        return std::nullopt;
    }
    const qsizetype before = errors->size();
    std::optional<Value> value = decode(body, receivedUtcUs, errors);
    prefixFrom(before, [name] { return name + ": "_L1; }, errors);
    if (!value)
        return std::nullopt;
    return SequencedEvent{sequence, std::move(*value)};
}

// A marking is shown verbatim and decides the banner's level: text that is not what the service
// wrote (cut, or with bytes replaced) must not be shown as if it were.
QString marking(const std::string &value, QStringList *errors)
{
    constexpr auto field = "stream_opened: banner_text"_L1;
    if (!fits(value, kMaxMarkingBytes)) {
        errors->append(field + tooLong(value, kMaxMarkingBytes));
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(QByteArrayView(value.data(), qsizetype(value.size())));
    if (decoder.hasError()) {
        errors->append(field + ": not UTF-8"_L1);
        return {};
    }
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        errors->append(field + ": control characters"_L1);
        return {};
    }
    return text.trimmed();
}

std::optional<InboundEvent> decodeStreamOpened(const v1::StreamOpened &message,
                                               QStringList *errors)
{
    QString error;
    if (!required(message.epoch(), kMaxIdBytes, "epoch"_L1, &error))
        return refuse(errors, "stream_opened: "_L1 + error);
    if (message.heartbeat_period_ms() == 0)
        return refuse(errors, u"stream_opened: heartbeat_period_ms = 0"_s);
    return StreamOpened{QString::fromStdString(message.epoch()), message.resumed(),
                        clampedPeriod(message.heartbeat_period_ms(),
                                      "stream_opened: heartbeat_period_ms"_L1, errors),
                        marking(message.banner_text(), errors)};
}

// The heartbeat's time is the service's clock as it is, skewed or not: nothing to refuse.
std::optional<InboundEvent> decodeHeartbeat(const v1::Heartbeat &message, QStringList *errors)
{
    if (message.period_ms() == 0)
        return refuse(errors, u"heartbeat: period_ms = 0"_s);
    return Heartbeat{message.time_utc_us(),
                     clampedPeriod(message.period_ms(), "heartbeat: period_ms"_L1, errors),
                     message.last_sequence()};
}

} // namespace

std::optional<TrackUpdate> decodeTrackUpdate(const v1::TrackUpdate &message, qint64 receivedUtcUs,
                                             QStringList *errors)
{
    TrackUpdate track;
    QString error;
    // The covariance comes last: a message refused for another field reports only that.
    if (!required(message.track_id(), kMaxIdBytes, "track_id"_L1, &error)
        || !inWindow(message.time_utc_us(), receivedUtcUs, kStateWindow, "time_utc_us"_L1,
                     kReceipt, &error)
        || !decodePosition(message, &track, &error)
        || !decodeVelocity(message.velocity_ecef(), &track.velocityEcef, &error)
        || !within(message.quality(), 0.0, 1.0, "quality"_L1, &error)
        || !decodeSensors(message.contributing_sensors(), &track.sensors, &error)
        || !decodeSeparation(message, receivedUtcUs, &track, &error)
        || !decodeCovariance(message.covariance_upper(), kTrackVariances, "covariance_upper"_L1,
                             &track.covarianceUpper, &error, errors))
        return refuse(errors, error);
    track.trackId = QString::fromStdString(message.track_id());
    track.timeUtcUs = message.time_utc_us();
    track.phase = phaseFrom(message.phase());
    track.affiliation = affiliationFrom(message.affiliation());
    track.quality = message.quality();
    track.exercise = message.exercise();
    return track;
}

std::optional<TrackDrop> decodeTrackDrop(const v1::TrackDrop &message, qint64 receivedUtcUs,
                                         QStringList *errors)
{
    QString error;
    if (!required(message.track_id(), kMaxIdBytes, "track_id"_L1, &error)
        || !inWindow(message.time_utc_us(), receivedUtcUs, kStateWindow, "time_utc_us"_L1,
                     kReceipt, &error))
        return refuse(errors, error);
    return TrackDrop{QString::fromStdString(message.track_id()), message.time_utc_us(),
                     dropReasonFrom(message.reason()), message.exercise()};
}

std::optional<Launch> decodeLaunch(const v1::Launch &message, qint64 receivedUtcUs,
                                   QStringList *errors)
{
    Launch launch;
    QString error;
    if (!required(message.launch_id(), kMaxIdBytes, "launch_id"_L1, &error)
        || !bounded(message.track_id(), kMaxIdBytes, "track_id"_L1, &error)
        || !inWindow(message.launch_time_utc_us(), receivedUtcUs, kEventWindow,
                     "launch_time_utc_us"_L1, kReceipt, &error)
        || !decodeRequiredGeodetic(message.has_point(), message.point(), kGroundHeights,
                                   "point"_L1, &launch.point, &error)
        || !within(message.launch_time_sigma_s(), 0.0, kMaxLaunchTimeSigmaS,
                   "launch_time_sigma_s"_L1, &error)
        || !decodeLaunchOutcome(message, &launch, &error)
        || !decodeCovariance(message.point_covariance_en(), kLaunchVariances,
                             "point_covariance_en"_L1, &launch.pointCovarianceEn, &error, errors))
        return refuse(errors, error);
    launch.launchId = QString::fromStdString(message.launch_id());
    launch.trackId = QString::fromStdString(message.track_id());
    launch.launchTimeUtcUs = message.launch_time_utc_us();
    launch.launchTimeSigmaS = message.launch_time_sigma_s();
    launch.exercise = message.exercise();
    return launch;
}

// An orbital prediction is a ground track and nothing of an impact: a service that sends both
// contradicts itself, and drawing either would be a guess.
bool decodeOrbital(const v1::Prediction &message, Prediction *prediction, QString *error)
{
    const auto notWithOrbital = [error](QLatin1StringView field) {
        return fail(error, u"%1: set on an orbital prediction"_s.arg(field));
    };
    if (message.has_impact_point())
        return notWithOrbital("impact_point"_L1);
    if (message.impact_time_utc_us() != 0)
        return notWithOrbital("impact_time_utc_us"_L1);
    if (message.impact_time_sigma_s() != 0.0)
        return notWithOrbital("impact_time_sigma_s"_L1);
    if (message.ellipses_size() > 0)
        return notWithOrbital("ellipses"_L1);
    if (message.has_apogee())
        return notWithOrbital("apogee"_L1);
    if (message.trajectory_size() < 2)
        return fail(error, u"trajectory: %1 samples on an orbital prediction (its ground track needs 2 or more)"_s
                               .arg(message.trajectory_size()));
    prediction->orbital = true;
    return true;
}

std::optional<Prediction> decodePrediction(const v1::Prediction &message, qint64 receivedUtcUs,
                                           QStringList *errors)
{
    Prediction prediction;
    QString error;
    if (!required(message.track_id(), kMaxIdBytes, "track_id"_L1, &error)
        || !inWindow(message.issued_utc_us(), receivedUtcUs, kStateWindow, "issued_utc_us"_L1,
                     kReceipt, &error)
        || !decodeTrajectory(message, &prediction.trajectory, &error))
        return refuse(errors, error);
    if (message.orbital()) {
        if (!decodeOrbital(message, &prediction, &error))
            return refuse(errors, error);
    } else if ((message.has_apogee()
            && !nested(decodeGeodetic(message.apogee(), kFlightHeights, &prediction.apogee,
                                      &error),
                       "apogee"_L1, &error))
        || !decodeRequiredGeodetic(message.has_impact_point(), message.impact_point(),
                                   kGroundHeights, "impact_point"_L1, &prediction.impactPoint,
                                   &error)
        || !inWindow(message.impact_time_utc_us(), message.issued_utc_us(), kFlightWindow,
                     "impact_time_utc_us"_L1, "issued_utc_us"_L1, &error)
        || !within(message.impact_time_sigma_s(), 0.0, kMaxImpactTimeSigmaS,
                   "impact_time_sigma_s"_L1, &error)
        || !decodeEllipses(message.ellipses(), "ellipses"_L1, &prediction.ellipses, &error)) {
        return refuse(errors, error);
    }
    prediction.trackId = QString::fromStdString(message.track_id());
    prediction.issuedUtcUs = message.issued_utc_us();
    prediction.impactTimeUtcUs = message.impact_time_utc_us();
    prediction.impactTimeSigmaS = message.impact_time_sigma_s();
    prediction.provisional = message.provisional();
    prediction.exercise = message.exercise();
    return prediction;
}

std::optional<AlertUpdate> decodeAlertUpdate(const v1::AlertUpdate &message, qint64 receivedUtcUs,
                                             QStringList *errors)
{
    AlertUpdate alert;
    QString error;
    if (!required(message.alert_id(), kMaxIdBytes, "alert_id"_L1, &error)
        || !bounded(message.track_id(), kMaxIdBytes, "track_id"_L1, &error)
        || !bounded(message.region_id(), kMaxIdBytes, "region_id"_L1, &error)
        || !inWindow(message.raised_utc_us(), receivedUtcUs, kEventWindow, "raised_utc_us"_L1,
                     kReceipt, &error)
        || (message.predicted_impact_utc_us() != 0
            && !inWindow(message.predicted_impact_utc_us(), receivedUtcUs, kImpactWindow,
                         "predicted_impact_utc_us"_L1, kReceipt, &error))
        || !decodeAcknowledgements(message, receivedUtcUs, &alert.acknowledgements, &error))
        return refuse(errors, error);
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

std::optional<InboundEvent> decodeEvent(const v1::PictureEvent &message, qint64 receivedUtcUs,
                                        QStringList *errors)
{
    const quint64 sequence = message.sequence();
    switch (message.body_case()) {
    case v1::PictureEvent::kStreamOpened:
        return decodeStreamOpened(message.stream_opened(), errors);
    case v1::PictureEvent::kSnapshot:
        return decodeSnapshotChunk(message.snapshot(), receivedUtcUs, errors);
    case v1::PictureEvent::kTrackUpdate:
        return decodeSequenced(sequence, message.track_update(), decodeTrackUpdate,
                               "track_update"_L1, receivedUtcUs, errors);
    case v1::PictureEvent::kTrackDrop:
        return decodeSequenced(sequence, message.track_drop(), decodeTrackDrop, "track_drop"_L1,
                               receivedUtcUs, errors);
    case v1::PictureEvent::kLaunch:
        return decodeSequenced(sequence, message.launch(), decodeLaunch, "launch"_L1,
                               receivedUtcUs, errors);
    case v1::PictureEvent::kPrediction:
        return decodeSequenced(sequence, message.prediction(), decodePrediction, "prediction"_L1,
                               receivedUtcUs, errors);
    case v1::PictureEvent::kAlertUpdate:
        return decodeSequenced(sequence, message.alert_update(), decodeAlertUpdate,
                               "alert_update"_L1, receivedUtcUs, errors);
    case v1::PictureEvent::kHeartbeat:
        return decodeHeartbeat(message.heartbeat(), errors);
    case v1::PictureEvent::BODY_NOT_SET:
        break;
    }
    errors->append(u"event: body not set (empty, or a kind this console does not know)"_s);
    return std::nullopt;
}

} // namespace cop
