#pragma once

// What the decoder accepts from a track service: the bounds proto/cop/v1/picture.proto states
// next to each field, so the nations implementing the contract know them. Each one is far
// outside what a real service sends and close enough to catch what breaks the console: a time in
// milliseconds, a value in the wrong unit, an uninitialised double, an unbounded string.

#include <QtGlobal>

namespace cop::wire {

// --- Times, relative to when the console received the message -----------------------------

// Services keep UTC by NTP to milliseconds; a minute covers a badly set clock, while a time in
// nanoseconds or years ahead (which the fusion would fly a state across) is far outside.
inline constexpr qint64 kMaxAheadUs = 60'000'000;
// A track state, drop or prediction describes a missile in flight. A service may coast a track
// it no longer sees until the missile must have landed (cop-sim keeps a ballistic track for an
// hour without fixes, and sends it again in every snapshot), and no ballistic flight lasts longer
// than kMaxFlightUs; a state older than that describes nothing still in the air.
inline constexpr qint64 kMaxFlightUs = 2 * 3'600'000'000LL;
inline constexpr qint64 kMaxStateAgeUs = kMaxFlightUs;
// Launches and alerts stay in a service's snapshot after the flight (cop-sim never retires a
// launch; the debrief wants them), so they may be as old as a watch: a day. A time in
// milliseconds reads as January 1970 and still fails.
inline constexpr qint64 kMaxEventAgeUs = 24 * 3'600'000'000LL;

// --- Positions and motion (WGS-84) ----------------------------------------------------------

// Tracks and trajectories: from below the lowest land (the Dead Sea shore, -430 m, plus the
// geoid's 100 m and a boosting track's noise) up to well above a lofted ICBM's apogee
// (6,000 km). A height of 1e12 m is an ECEF vector in the wrong unit or uninitialised.
inline constexpr double kMinHeightM = -1'000.0;
inline constexpr double kMaxHeightM = 10'000'000.0;
// Launch and impact points lie on the ground: up to above the highest mountain (8,849 m).
inline constexpr double kMaxGroundHeightM = 10'000.0;
// Above escape velocity (11.2 km/s): nothing faster is on a ballistic path round the Earth.
inline constexpr double kMaxSpeedMps = 12'000.0;

// Space launches (issue 20). An orbit's perigee under 80 km is re-entry, not an orbit; 400,000 km
// is past the Moon's distance, beyond any orbit a launch from the region reaches.
inline constexpr double kMinOrbitHeightM = 80'000.0;
inline constexpr double kMaxOrbitHeightM = 400'000'000.0;
// No launch vehicle has more than four stages; nine leaves room and refuses a wild counter.
inline constexpr quint32 kMaxStage = 9;
// ISO 3166-1 alpha-3.
inline constexpr qsizetype kOriginLetters = 3;

// --- Uncertainty ----------------------------------------------------------------------------

// A 1-sigma position error beyond 1,000 km (a fifth of the region) or velocity error beyond
// 10 km/s carries no information; such a covariance is dropped like one that is not positive
// definite, and the track is fused as one that came without covariance.
inline constexpr double kMaxPositionSigmaM = 1'000'000.0;
inline constexpr double kMaxVelocitySigmaMps = 10'000.0;
// The watched region spans about 5,000 km by 6,000 km: a semi-axis longer than that covers the
// whole map (the orange bands across it) and says nothing about where the missile lands.
inline constexpr double kMaxEllipseSemiAxisM = 5'000'000.0;
// An impact time is never less certain than the flight is long.
inline constexpr double kMaxImpactTimeSigmaS = double(kMaxFlightUs) / 1e6;
// A launch time is known to within the boost, or for a track first seen late within its flight
// so far: an hour is far beyond either, and a value in microseconds is far beyond an hour.
inline constexpr double kMaxLaunchTimeSigmaS = 3'600.0;

// --- Counts and sizes -----------------------------------------------------------------------

// Ids (track, launch, alert, region, console, epoch) are keys the console stores, journals and
// shows in table columns: 64 bytes of UTF-8 hold any sensible id. A 1 MB id re-sent each second
// would grow the journal by megabytes a second.
inline constexpr qsizetype kMaxIdBytes = 64;
// Human names (operators, sensors): 256 bytes hold 64 CJK characters with rank and unit.
inline constexpr qsizetype kMaxNameBytes = 256;
// A classification marking: a level and a few caveats ("TOP SECRET // REL TO USA, JPN, KOR").
inline constexpr qsizetype kMaxMarkingBytes = 128;
// More sensors than a nation has (cop-sim's largest network has a dozen) on one track.
inline constexpr int kMaxSensors = 32;
// Every console of three watch floors acknowledging one alert, several times over.
inline constexpr int kMaxAcknowledgements = 64;
// A trajectory is decimated for drawing (cop's own: a sample per degree of turn or minute, a few
// hundred for the longest flight); 2,000 is one sample every 3.6 s of a two-hour flight.
inline constexpr int kMaxTrajectorySamples = 2'000;
// Ellipses are one per confidence level (50 %, 95 %, 99 %, ...).
inline constexpr int kMaxEllipses = 8;

// --- Stream control -------------------------------------------------------------------------

// The console declares a feed stale after two periods (ServiceConnection), so the period is
// clamped, not refused: under 100 ms the stale timer would fire on scheduling jitter; over a
// minute an operator would watch a dead feed as live (and 2 * 4294967295 overflows an int).
inline constexpr quint32 kMinHeartbeatPeriodMs = 100;
inline constexpr quint32 kMaxHeartbeatPeriodMs = 60'000;

} // namespace cop::wire
