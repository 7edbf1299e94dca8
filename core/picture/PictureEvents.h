#pragma once

// The picture's own vocabulary: what a track service reports, decoded and validated by client/.
// Units and frames follow proto/cop/v1/picture.proto (UTC microseconds, metres, degrees).

#include "geo/GeoPoint.h"
#include "geo/ImpactEllipse.h"

#include <QString>
#include <QStringList>

#include <array>
#include <iterator>
#include <optional>
#include <variant>
#include <vector>

namespace cop {

enum class TrackPhase : quint8 { Unknown, Boost, Midcourse, Terminal };
enum class Affiliation : quint8 { Unknown, Hostile, Suspect, Friend };
enum class DropReason : quint8 { Unknown, Lost, Impacted, Ended };
enum class ObjectKind : quint8 { Unknown, Vehicle, Stage, Fairing, Payload, Debris };
enum class LaunchKind : quint8 { Unknown, BallisticMissile, SpaceLaunch };
enum class FailureMode : quint8 { Unknown, NoIgnition, BreakUp, FellShort };
enum class AlertKind : quint8 {
    Unknown,
    LaunchDetected,
    ImpactInTerritory,
    ImpactInEez,
    ImpactAtSea,
    Overflight,
    TrackLost,
    ImpactOccurred,
    FeedLost,    // raised by the console itself when a track service goes stale or down
    Divergence,  // raised by the console itself when the nations disagree about a track
    FeedInvalid, // raised by the console itself when it refuses much of what a service sends
    PictureStalled, // raised by the console itself when its own picture stops updating
    FeedCertificateExpiring, // raised by the console itself: a service's certificate ends within 7 days
    FeedMarkingChanged, // raised by the console itself: a service's classification marking changed
    OrbitReached,  // a space launch's vehicle or payload is in orbit: the launch's story ends
    DebrisFalling, // a failed space launch's debris falls in the region, until the time given
    StageDrop      // a space launch's spent stage or fairing falls in the region, as planned
};
// Whether an alert of this kind says where its missile comes down: its region is the impact's
// (an overflight's is the territory flown over; a stage drop's is where a spent stage falls,
// not the launch's own outcome).
constexpr bool namesImpactRegion(AlertKind kind)
{
    return kind == AlertKind::LaunchDetected || kind == AlertKind::ImpactInTerritory || kind == AlertKind::ImpactInEez
           || kind == AlertKind::ImpactAtSea || kind == AlertKind::ImpactOccurred
           || kind == AlertKind::DebrisFalling;
}
enum class Severity : quint8 { Unknown, Advisory, Warning, Critical };
enum class AlertState : quint8 {
    Unknown,
    ActiveUnacknowledged,
    ActiveAcknowledged,
    ClearedUnacknowledged,
    Cleared,
    Shelved,
    Latched
};

struct TrackUpdate
{
    QString trackId;
    qint64 timeUtcUs = 0;
    GeoPoint position;
    Vec3 positionEcef{};
    Vec3 velocityEcef{};
    std::optional<std::array<double, 21>> covarianceUpper; // 6x6 ECEF [pos vel], upper triangle
    TrackPhase phase = TrackPhase::Unknown;
    Affiliation affiliation = Affiliation::Unknown;
    float quality = 0.0f;
    QStringList sensors;
    bool exercise = false;
    // A piece that came off a tracked vehicle is a track of its own from its separation on.
    ObjectKind objectKind = ObjectKind::Unknown;
    QString parentTrackId; // empty for a launched vehicle
    quint8 stage = 0;      // for a stage, counted from 1
    qint64 separatedUtcUs = 0;
};

struct TrackDrop
{
    QString trackId;
    qint64 timeUtcUs = 0;
    DropReason reason = DropReason::Unknown;
    bool exercise = false;
};

struct OrbitReached
{
    double perigeeHeightM = 0.0;
    double apogeeHeightM = 0.0;
    double inclinationDeg = 0.0;

    friend bool operator==(const OrbitReached &, const OrbitReached &) = default;
};

struct LaunchFailure
{
    FailureMode mode = FailureMode::Unknown;
    quint8 stage = 0; // the stage that failed, from 1; 0 unknown
    GeoPoint debrisPoint;
    std::vector<ImpactEllipse> debrisEllipses;
    qint64 debrisFromUtcUs = 0; // 0: unknown
    qint64 debrisUntilUtcUs = 0;
};

struct Launch
{
    QString launchId;
    QString trackId;
    qint64 launchTimeUtcUs = 0;
    GeoPoint point;
    std::optional<std::array<double, 3>> pointCovarianceEn; // [ee, en, nn] m^2
    bool exercise = false;
    double launchTimeSigmaS = 0.0; // one sigma; 0 when the service stated none
    LaunchKind kind = LaunchKind::Unknown;
    QString origin; // ISO 3166-1 alpha-3 of the launching state, or empty
    // How a space launch ended, once its service could tell; at most one of the two.
    std::optional<OrbitReached> orbit;
    std::optional<LaunchFailure> failure;
    qint64 outcomeUtcUs = 0;
};

// Half-width of the launch time's 95 % interval, the confidence at which the map draws the launch
// point's ellipse too; 0 when the service stated no spread.
inline double launchTimeSpread95S(const Launch &launch)
{
    return 1.95996 * launch.launchTimeSigmaS;
}

struct TrajectorySample
{
    qint64 timeUtcUs = 0;
    GeoPoint point;
};

struct Prediction
{
    QString trackId;
    qint64 issuedUtcUs = 0;
    std::vector<TrajectorySample> trajectory;
    GeoPoint apogee;
    GeoPoint impactPoint;
    qint64 impactTimeUtcUs = 0;
    double impactTimeSigmaS = 0.0;
    std::vector<ImpactEllipse> ellipses;
    bool provisional = false;
    bool exercise = false;
    // The object is predicted to reach orbit: the trajectory is its ground track through the
    // rest of its powered flight and its first orbit; there is no impact point, time or ellipse.
    bool orbital = false;
    // Computed by this console (core/session/LocalPredictionScheduler) because the track's service sent
    // none; never set on what a service sent.
    bool local = false;
};

struct Acknowledgement
{
    QString operatorName;
    QString consoleId;
    qint64 timeUtcUs = 0;
    QString verifiedConsoleId; // vouched for by the service from the console's certificate

    friend bool operator==(const Acknowledgement &, const Acknowledgement &) = default;
};

struct AlertUpdate
{
    QString alertId;
    AlertKind kind = AlertKind::Unknown;
    Severity severity = Severity::Unknown;
    QString trackId;
    QString regionId;
    AlertState state = AlertState::Unknown;
    std::vector<Acknowledgement> acknowledgements;
    qint64 raisedUtcUs = 0;
    qint64 predictedImpactUtcUs = 0;
    bool exercise = false;

    friend bool operator==(const AlertUpdate &, const AlertUpdate &) = default;
};

using PictureEvent = std::variant<TrackUpdate, TrackDrop, Launch, Prediction, AlertUpdate>;

struct SequencedEvent
{
    quint64 sequence = 0;
    PictureEvent event;
};

// A service's whole state as of a sequence; it replaces everything seen from that service.
struct Snapshot
{
    quint64 asOfSequence = 0;
    std::vector<TrackUpdate> tracks;
    std::vector<Launch> launches;
    std::vector<Prediction> predictions;
    std::vector<AlertUpdate> alerts;

    // Takes over a further chunk's contents (a snapshot may arrive in several).
    void append(Snapshot &&chunk)
    {
        const auto take = [](auto &to, auto &from) {
            to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
        };
        take(tracks, chunk.tracks);
        take(launches, chunk.launches);
        take(predictions, chunk.predictions);
        take(alerts, chunk.alerts);
    }
};

// What one service delivered since the last batch, in order: the snapshot (if any) applies
// first, then the events.
struct ServiceBatch
{
    QString service;
    std::optional<Snapshot> snapshot;
    std::vector<SequencedEvent> events;
    qint64 receivedUtcUs = 0;

    bool isEmpty() const { return !snapshot && events.empty(); }
};

} // namespace cop
