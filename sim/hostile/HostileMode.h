#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cop::hostile {

// One way a track service can be wrong. Content modes put bad messages into the sequenced
// stream (so resumes and snapshots replay them); stream modes misbehave on the stream itself.
enum class HostileMode {
    // Content
    MillisecondTimestamps,   // a track stamped in milliseconds instead of microseconds
    FutureTimestamps,        // a track ten years ahead
    HugeEcef,                // ECEF position (even ticks) or velocity (odd ticks) of 1e300
    HugeHeight,              // a geodetic height of 1e12 m
    HugeEllipse,             // a prediction whose 95 % ellipse is 1e300 m
    IndefiniteCovariance,    // a covariance that is not positive definite
    ZeroCovariance,          // an all-zero covariance
    WrongCovarianceLength,   // 20 or 22 covariance values instead of 21
    NonFinite,               // NaN, +Inf or -Inf, one numeric field after the other
    HugeRegionId,            // a 500 KB region id in an alert
    HugeTrackId,             // a 1 MB track id, re-sent every tick
    EmptyIds,                // empty track, launch and alert ids
    UnknownEnums,            // phase, affiliation, alert kind, severity, state, drop reason
    OrphanAlerts,            // alerts and predictions for tracks that never existed
    HugeTrajectory,          // a prediction of 20,000 trajectory samples
    Flood,                   // valid updates of 1,000 tracks as fast as they go
    // Stream
    HeartbeatSilence,        // heartbeat_period_ms = 4294967295, then silence
    HugeSnapshot,            // 100,000 more tracks in 20 snapshot chunks of 5,000
    GapStorm,                // a sequence gap every 250 ms, forcing a resubscribe
    FailingStream,           // every stream opens, then fails after 300 ms
    NoStreamOpened,          // the stream starts without StreamOpened
    DuplicateSequences,      // every sequenced event sent twice
    ReorderedSequences,      // two sequenced events swapped, once a second
    UnfinishedSnapshot,      // snapshot chunks, none of them the last
    FalseResume,             // StreamOpened claims a resume of an epoch the client never saw
    BadMarking,              // a classification marking of 100 KB, then one with control characters
};

inline constexpr size_t kHostileModeCount = size_t(HostileMode::BadMarking) + 1;

// Modes whose faults would leave a client with no good data at all if every stream had them:
// they play on odd-numbered subscriptions only, so a client that recovers gets good streams.
bool playsOnAlternateStreams(HostileMode mode);

const std::vector<HostileMode> &allHostileModes();
std::string_view nameOf(HostileMode mode);
std::string_view descriptionOf(HostileMode mode);
std::optional<HostileMode> hostileModeNamed(std::string_view name);

// "a,b,c" -> modes; "all" is every mode. Nothing, with *unknown set, for a name not known.
std::optional<std::vector<HostileMode>> parseHostileModes(std::string_view list,
                                                          std::string *unknown = nullptr);

} // namespace cop::hostile
