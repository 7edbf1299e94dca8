#include "HostileMode.h"

#include <algorithm>
#include <array>

namespace cop::hostile {

namespace {

struct ModeInfo
{
    HostileMode mode;
    std::string_view name;
    std::string_view description;
};

using enum HostileMode;

constexpr std::array kModes{
    ModeInfo{MillisecondTimestamps, "ms-timestamps", "a track stamped in milliseconds"},
    ModeInfo{FutureTimestamps, "future-timestamps", "a track ten years ahead"},
    ModeInfo{HugeEcef, "huge-ecef", "ECEF position or velocity of 1e300"},
    ModeInfo{HugeHeight, "huge-height", "a height of 1e12 m"},
    ModeInfo{HugeEllipse, "huge-ellipse", "a 95 % impact ellipse of 1e300 m"},
    ModeInfo{IndefiniteCovariance, "indefinite-covariance",
             "a covariance that is not positive definite"},
    ModeInfo{ZeroCovariance, "zero-covariance", "an all-zero covariance"},
    ModeInfo{WrongCovarianceLength, "wrong-covariance-length", "20 or 22 covariance values"},
    ModeInfo{NonFinite, "non-finite", "NaN or infinity in one numeric field after another"},
    ModeInfo{HugeRegionId, "huge-region-id", "a 500 KB region id in an alert"},
    ModeInfo{HugeTrackId, "huge-track-id", "a 1 MB track id, re-sent every tick"},
    ModeInfo{EmptyIds, "empty-ids", "empty track, launch and alert ids"},
    ModeInfo{UnknownEnums, "unknown-enums", "enum values the contract does not define"},
    ModeInfo{OrphanAlerts, "orphan-alerts", "alerts and predictions for tracks that never existed"},
    ModeInfo{HugeTrajectory, "huge-trajectory", "a prediction of 20,000 trajectory samples"},
    ModeInfo{Flood, "flood", "valid updates of 1,000 tracks as fast as they go"},
    ModeInfo{HeartbeatSilence, "heartbeat-silence",
             "heartbeat period 4294967295 ms, then silence (odd streams)"},
    ModeInfo{HugeSnapshot, "huge-snapshot", "100,000 more tracks in 20 snapshot chunks"},
    ModeInfo{GapStorm, "gap-storm", "a sequence gap every 250 ms"},
    ModeInfo{FailingStream, "failing-stream", "every stream fails 300 ms after opening"},
    ModeInfo{NoStreamOpened, "no-stream-opened", "no StreamOpened (odd streams)"},
    ModeInfo{DuplicateSequences, "duplicate-sequences", "every sequenced event sent twice"},
    ModeInfo{ReorderedSequences, "reordered-sequences", "two sequenced events swapped, once a second"},
    ModeInfo{UnfinishedSnapshot, "unfinished-snapshot",
             "a snapshot that never ends (odd streams)"},
    ModeInfo{FalseResume, "false-resume",
             "claims to resume an epoch the client never saw (odd streams)"},
    ModeInfo{BadMarking, "bad-marking",
             "a classification marking of 100 KB or with control characters"},
};

const ModeInfo &infoOf(HostileMode mode)
{
    return *std::find_if(kModes.begin(), kModes.end(),
                         [mode](const ModeInfo &info) { return info.mode == mode; });
}

} // namespace

bool playsOnAlternateStreams(HostileMode mode)
{
    return mode == HeartbeatSilence || mode == NoStreamOpened || mode == UnfinishedSnapshot
           || mode == FalseResume;
}

const std::vector<HostileMode> &allHostileModes()
{
    static const std::vector<HostileMode> modes = [] {
        std::vector<HostileMode> all;
        for (const ModeInfo &info : kModes)
            all.push_back(info.mode);
        return all;
    }();
    return modes;
}

std::string_view nameOf(HostileMode mode)
{
    return infoOf(mode).name;
}

std::string_view descriptionOf(HostileMode mode)
{
    return infoOf(mode).description;
}

std::optional<HostileMode> hostileModeNamed(std::string_view name)
{
    const auto it = std::find_if(kModes.begin(), kModes.end(),
                                 [name](const ModeInfo &info) { return info.name == name; });
    if (it == kModes.end())
        return std::nullopt;
    return it->mode;
}

std::optional<std::vector<HostileMode>> parseHostileModes(std::string_view list,
                                                          std::string *unknown)
{
    if (list == "all")
        return allHostileModes();
    std::vector<HostileMode> modes;
    while (!list.empty()) {
        const size_t comma = list.find(',');
        const std::string_view name = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        if (name.empty())
            continue;
        const auto mode = hostileModeNamed(name);
        if (!mode) {
            if (unknown)
                *unknown = std::string(name);
            return std::nullopt;
        }
        if (std::find(modes.begin(), modes.end(), *mode) == modes.end())
            modes.push_back(*mode);
    }
    return modes;
}

} // namespace cop::hostile
