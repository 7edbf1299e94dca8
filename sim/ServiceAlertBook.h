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

private:
    struct TrackAlerts
    {
        std::string launch;
        std::string impact;
        std::string impactRegion;
        std::string candidateRegion;
        std::map<std::string, int> overflightVotes;
        std::map<std::string, std::string> overflights; // region -> alert
    };

    std::string raise(cop::v1::AlertKind kind, cop::v1::Severity severity,
                      const std::string &trackId, const std::string &region, int64_t impactUtcUs,
                      bool exercise);
    void returnToNormal(const std::string &alertId);
    void followImpactRegion(const std::string &trackId, TrackAlerts &alerts,
                            const ImpactOutlook &outlook, bool exercise);

    EventLog &m_log;
    const std::string m_prefix;
    const int m_digits;
    int m_count = 0;
    std::map<std::string, TrackAlerts> m_tracks;
};

} // namespace cop::sim
