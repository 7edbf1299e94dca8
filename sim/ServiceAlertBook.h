#pragma once

#include "cop/v1/picture.pb.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace cop::sim {

class EventLog;

// What a service concluded about one track from its latest impact prediction.
struct ImpactOutlook
{
    std::string region;                  // where the predicted impact point lies
    std::vector<std::string> overflown;  // territories the predicted path crosses
    int64_t impactUtcUs = 0;
    // Whether the impact area is meaningful enough to name a region (core ImpactPredictability,
    // docs/alerts.md); until then no alert says where the missile comes down.
    bool meaningful = false;
    // A space launch vehicle's path, or its orbit's ground track: it holds its heading to orbit
    // from the start, so the territories under it count before any impact area means anything.
    bool pathFirm = false;
};

// The alerts one track service raises from its own picture, with their ISA-18.2 life cycle
// (docs/alerts.md). Conditions (launch, predicted impact, overflight) stay active while
// they hold and return to normal when the track ends: cleared, or cleared-unacknowledged when
// nobody has acknowledged them. Events (track lost, impact occurred) are raised and return to
// normal on their own after a while (clearEvent). A change of impact region must hold for two
// predictions in a row before the alerts follow it, so noise near a boundary does not chatter.
class ServiceAlertBook
{
public:
    ServiceAlertBook(EventLog &log, std::string idPrefix, int idDigits);

    void launchDetected(const std::string &trackId, const ImpactOutlook &outlook, bool exercise);
    void predicted(const std::string &trackId, const ImpactOutlook &outlook, bool exercise);
    // The track has ended; returns the alert raised for the way it ended, if any.
    std::string trackEnded(const std::string &trackId, cop::v1::DropReason reason,
                           const std::string &impactRegion, int64_t impactUtcUs, bool exercise);
    // An event alert returns to normal.
    void clearEvent(const std::string &alertId);

    // Space launches (docs/alerts.md). A spent stage or fairing half falls: a stage-drop alert
    // for where, in place of the impact alerts of a missile, and no event alerts when it ends.
    void stageFalling(const std::string &trackId, const ImpactOutlook &outlook, bool exercise);
    // The vehicle is in orbit: the story ends, every alert of the vehicle and of what came off
    // it (`related`) returns to normal, and they raise nothing more. Returns the orbit-reached
    // alert, an event.
    std::string orbitReached(const std::string &vehicleId, const std::vector<std::string> &related,
                             bool exercise);
    // A failed launch's debris falls in `region` until `untilUtcUs` (0: unknown); it holds until
    // the vehicle's track ends, and a while after a break-up (trackEnded returns it).
    void debrisFalling(const std::string &vehicleId, const std::string &region,
                       int64_t untilUtcUs, bool exercise);

private:
    struct TrackAlerts
    {
        std::string launch;
        std::string impact;
        std::string impactRegion;
        std::string candidateRegion;
        std::map<std::string, int> overflightVotes;
        std::map<std::string, std::string> overflights; // region -> alert
        std::string stageDrop;
        std::string debris;
        bool separated = false; // a stage or fairing, not a launched vehicle
    };

    std::string raise(cop::v1::AlertKind kind, cop::v1::Severity severity,
                      const std::string &trackId, const std::string &region, int64_t impactUtcUs,
                      bool exercise);
    // The alert's predicted impact time moves with the prediction, by 2 s or more at a time.
    void followImpactTime(const std::string &alertId, int64_t impactUtcUs);
    void returnToNormal(const std::string &alertId);
    void returnAllToNormal(const TrackAlerts &alerts);
    void followImpactRegion(const std::string &trackId, TrackAlerts &alerts,
                            const ImpactOutlook &outlook, bool exercise);

    EventLog &m_log;
    const std::string m_prefix;
    const int m_digits;
    int m_count = 0;
    std::map<std::string, TrackAlerts> m_tracks;
};

} // namespace cop::sim
