#pragma once

#include "HostileMode.h"

#include "cop/v1/picture.pb.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cop::hostile {

// The messages a hostile service sends: plausible good tracks, and for each content mode its bad
// messages. The same seed, tick and time give the same messages.
class HostileTraffic
{
public:
    HostileTraffic(cop::v1::Nation nation, int goodTracks, uint64_t seed);

    // One update of every good track at nowUs: ballistic-looking tracks over the Sea of Japan
    // (East Sea), 150 km up, moving east at 2 km/s, with a sound covariance.
    std::vector<cop::v1::PictureEvent> goodUpdates(int64_t nowUs) const;
    std::vector<std::string> goodTrackIds() const;

    // The bad messages of a content mode on tick `tick`.
    std::vector<cop::v1::PictureEvent> badMessages(HostileMode mode, uint64_t tick,
                                                   int64_t nowUs) const;

    // Update `n` of a flood: valid, over 1,000 tracks.
    cop::v1::PictureEvent floodUpdate(uint64_t n, int64_t nowUs) const;

    // A valid track at a geodetic point, moving east at 2 km/s.
    static cop::v1::TrackUpdate plausibleTrack(std::string id, double latDeg, double lonDeg,
                                               double heightM, int64_t timeUtcUs);

private:
    std::string id(std::string_view kind, uint64_t n = 1) const;

    struct Start
    {
        double latDeg;
        double lonDeg;
    };

    const std::string m_prefix;
    std::vector<Start> m_good;
};

} // namespace cop::hostile
