#pragma once

// Valid track-service messages for tests and benchmarks: fill an EventLog or script a service.

#include "cop/v1/picture.pb.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace cop::testing {

// Whole minutes, five before the test started: the console refuses states more than a minute
// ahead of their receipt or two hours behind it (client/WireLimits.h), so the messages below
// must be stamped near now, and a stream of thousands of 0.1 s steps (cop-bench-ingest sends
// 3,333 per track) must stay within the minute ahead.
inline const int64_t kBaseTimeUtcUs = [] {
    using namespace std::chrono;
    const auto minute = floor<minutes>(system_clock::now()) - minutes(5);
    return int64_t(duration_cast<microseconds>(minute.time_since_epoch()).count());
}();

inline std::string trackId(int track)
{
    return "T" + std::to_string(track);
}

// A geodetic track update over the Sea of Japan; `step` moves it and sets its time.
inline cop::v1::PictureEvent trackUpdate(int track, int step)
{
    cop::v1::PictureEvent event;
    cop::v1::TrackUpdate *update = event.mutable_track_update();
    update->set_track_id(trackId(track));
    update->set_time_utc_us(kBaseTimeUtcUs + int64_t(step) * 100'000);
    update->mutable_position_geodetic()->set_lat_deg(38.0 + 0.01 * (track % 100));
    update->mutable_position_geodetic()->set_lon_deg(132.0 + 0.0001 * step);
    update->mutable_position_geodetic()->set_height_m(100'000.0);
    update->mutable_velocity_ecef()->set_x(1200.0);
    update->mutable_velocity_ecef()->set_y(-300.0);
    update->mutable_velocity_ecef()->set_z(50.0);
    update->set_phase(cop::v1::TRACK_PHASE_MIDCOURSE);
    update->set_affiliation(cop::v1::AFFILIATION_HOSTILE);
    update->set_quality(0.9f);
    update->add_contributing_sensors("radar-1");
    return event;
}

// A launch-detected warning, raised now: the console refuses alerts a day old.
inline cop::v1::PictureEvent raisedAlert(const std::string &id)
{
    using namespace std::chrono;
    cop::v1::PictureEvent event;
    cop::v1::AlertUpdate *alert = event.mutable_alert_update();
    alert->set_alert_id(id);
    alert->set_kind(cop::v1::ALERT_KIND_LAUNCH_DETECTED);
    alert->set_severity(cop::v1::SEVERITY_WARNING);
    alert->set_track_id("T1");
    alert->set_region_id("jp.eez");
    alert->set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
    alert->set_raised_utc_us(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count());
    return event;
}

inline cop::v1::PictureEvent streamOpened(const std::string &epoch, bool resumed,
                                          uint32_t heartbeatPeriodMs)
{
    cop::v1::PictureEvent event;
    event.mutable_stream_opened()->set_epoch(epoch);
    event.mutable_stream_opened()->set_resumed(resumed);
    event.mutable_stream_opened()->set_heartbeat_period_ms(heartbeatPeriodMs);
    return event;
}

inline cop::v1::PictureEvent emptySnapshot(uint64_t asOfSequence)
{
    cop::v1::PictureEvent event;
    event.mutable_snapshot()->set_as_of_sequence(asOfSequence);
    event.mutable_snapshot()->set_last(true);
    return event;
}

inline cop::v1::PictureEvent heartbeat(uint32_t periodMs)
{
    cop::v1::PictureEvent event;
    event.mutable_heartbeat()->set_period_ms(periodMs);
    return event;
}

inline cop::v1::PictureEvent sequenced(cop::v1::PictureEvent event, uint64_t sequence)
{
    event.set_sequence(sequence);
    return event;
}

} // namespace cop::testing
