#include "ServiceAlertBook.h"

#include "EventLog.h"
#include "regions/Region.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace cop::sim {

namespace {

using cop::v1::AlertKind;
using cop::v1::Severity;

// Predictions in a row that must agree before the alerts follow a new impact region.
constexpr int kConfirmations = 2;
// A predicted impact time that moves less than this is not news worth a broadcast.
constexpr int64_t kImpactTimeChangeUs = 2'000'000;

using cop::regions::Region;
using cop::regions::RegionKind;

Region regionOf(const std::string &id)
{
    return Region::fromId(id).value_or(Region{});
}

bool isTerritory(const std::string &region)
{
    return regionOf(region).isWatchedTerritory();
}

// Waters where the boundary is not agreed may be a watched nation's EEZ: as serious as one.
Severity impactSeverity(const std::string &region)
{
    if (isTerritory(region))
        return cop::v1::SEVERITY_CRITICAL;
    const RegionKind kind = regionOf(region).kind();
    return kind == RegionKind::Eez || kind == RegionKind::BoundaryNotAgreed ? cop::v1::SEVERITY_WARNING
                                                                            : cop::v1::SEVERITY_ADVISORY;
}

Severity launchSeverity(const std::string &impactRegion)
{
    return isTerritory(impactRegion) ? cop::v1::SEVERITY_CRITICAL : cop::v1::SEVERITY_WARNING;
}

AlertKind impactKind(const std::string &region)
{
    if (isTerritory(region))
        return cop::v1::ALERT_KIND_IMPACT_IN_TERRITORY;
    return regionOf(region).kind() == RegionKind::Eez ? cop::v1::ALERT_KIND_IMPACT_IN_EEZ
                                                      : cop::v1::ALERT_KIND_IMPACT_AT_SEA;
}

} // namespace

ServiceAlertBook::ServiceAlertBook(EventLog &log, std::string idPrefix, int idDigits)
    : m_log(log), m_prefix(std::move(idPrefix)), m_digits(idDigits)
{}

std::string ServiceAlertBook::raise(AlertKind kind, Severity severity, const std::string &trackId,
                             const std::string &region, int64_t impactUtcUs, bool exercise)
{
    char number[16];
    std::snprintf(number, sizeof number, "%0*d", m_digits, ++m_count);
    cop::v1::PictureEvent event;
    cop::v1::AlertUpdate *alert = event.mutable_alert_update();
    alert->set_alert_id(m_prefix + number);
    alert->set_kind(kind);
    alert->set_severity(severity);
    alert->set_track_id(trackId);
    alert->set_region_id(region);
    alert->set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
    alert->set_raised_utc_us(m_log.now());
    alert->set_predicted_impact_utc_us(impactUtcUs);
    alert->set_exercise(exercise);
    std::string id = alert->alert_id();
    m_log.append(std::move(event));
    return id;
}

void ServiceAlertBook::followImpactTime(const std::string &alertId, int64_t impactUtcUs)
{
    m_log.updateAlert(alertId, [&](cop::v1::AlertUpdate &alert) {
        if (std::abs(alert.predicted_impact_utc_us() - impactUtcUs) < kImpactTimeChangeUs)
            return false;
        alert.set_predicted_impact_utc_us(impactUtcUs);
        return true;
    });
}

void ServiceAlertBook::returnToNormal(const std::string &alertId)
{
    if (alertId.empty())
        return;
    // What an operator has not acknowledged yet stays visible as cleared-unacknowledged.
    m_log.updateAlert(alertId, [](cop::v1::AlertUpdate &alert) {
        switch (alert.state()) {
        case cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED:
            alert.set_state(cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED);
            return true;
        case cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED:
            alert.set_state(cop::v1::ALERT_STATE_CLEARED);
            return true;
        default:
            return false;
        }
    });
}

void ServiceAlertBook::launchDetected(const std::string &trackId, const ImpactOutlook &outlook,
                               bool exercise)
{
    TrackAlerts &alerts = m_tracks[trackId];
    // Until the impact area means something the launch names no region: "impact area not yet
    // predictable". A region from a boost-phase impact point would be a false alarm.
    const std::string region = outlook.meaningful ? outlook.region : std::string();
    alerts.launch = raise(cop::v1::ALERT_KIND_LAUNCH_DETECTED, launchSeverity(region), trackId, region,
                          outlook.impactUtcUs, exercise);
}

void ServiceAlertBook::predicted(const std::string &trackId, const ImpactOutlook &outlook,
                          bool exercise)
{
    const auto it = m_tracks.find(trackId);
    if (it == m_tracks.end())
        return;
    TrackAlerts &alerts = it->second;
    // Before its impact area is meaningful a prediction's path sweeps as widely as its impact
    // point: neither says what the missile will hit or overfly.
    if (!outlook.meaningful && !outlook.pathFirm)
        return;
    if (outlook.meaningful)
        followImpactRegion(trackId, alerts, outlook, exercise);

    for (const std::string &region : outlook.overflown) {
        if (region == outlook.region || !isTerritory(region) || alerts.overflights.count(region))
            continue;
        if (++alerts.overflightVotes[region] >= kConfirmations)
            alerts.overflights[region] =
                raise(cop::v1::ALERT_KIND_OVERFLIGHT, cop::v1::SEVERITY_CRITICAL, trackId, region,
                      outlook.impactUtcUs, exercise);
    }
    for (auto &[region, votes] : alerts.overflightVotes) {
        if (std::find(outlook.overflown.begin(), outlook.overflown.end(), region)
            == outlook.overflown.end())
            votes = 0;
    }
}

void ServiceAlertBook::followImpactRegion(const std::string &trackId, TrackAlerts &alerts,
                                   const ImpactOutlook &outlook, bool exercise)
{
    const bool settled = !alerts.impact.empty() && outlook.region == alerts.impactRegion;
    if (settled) {
        alerts.candidateRegion.clear();
        followImpactTime(alerts.impact, outlook.impactUtcUs);
        return;
    }
    const bool confirmed = outlook.region == alerts.candidateRegion;
    alerts.candidateRegion = outlook.region;
    if (!confirmed && kConfirmations > 1)
        return;
    alerts.candidateRegion.clear();
    returnToNormal(alerts.impact);
    alerts.impactRegion = outlook.region;
    alerts.impact = raise(impactKind(outlook.region), impactSeverity(outlook.region), trackId,
                          outlook.region, outlook.impactUtcUs, exercise);
    m_log.updateAlert(alerts.launch, [&](cop::v1::AlertUpdate &alert) {
        const Severity severity = launchSeverity(outlook.region);
        // A worse outlook must be acknowledged again; a milder one needs no new attention.
        if (severity > alert.severity()
            && alert.state() == cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED)
            alert.set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        alert.set_severity(severity);
        alert.set_region_id(outlook.region);
        alert.set_predicted_impact_utc_us(outlook.impactUtcUs);
        return true;
    });
}

std::string ServiceAlertBook::trackEnded(const std::string &trackId, cop::v1::DropReason reason,
                                  const std::string &impactRegion, int64_t impactUtcUs,
                                  bool exercise)
{
    const auto it = m_tracks.find(trackId);
    if (it == m_tracks.end())
        return {};
    const TrackAlerts alerts = std::move(it->second);
    m_tracks.erase(it);
    returnAllToNormal(alerts);
    // A break-up's debris is still falling: its alert holds a while, as an event's does.
    if (reason == cop::v1::DROP_REASON_ENDED && !alerts.debris.empty())
        return alerts.debris;
    returnToNormal(alerts.debris);
    // A stage's fall is told by its stage-drop alert: an impact alert would say it twice.
    if (alerts.separated)
        return {};
    switch (reason) {
    case cop::v1::DROP_REASON_IMPACTED:
        return raise(cop::v1::ALERT_KIND_IMPACT_OCCURRED, impactSeverity(impactRegion), trackId,
                     impactRegion, impactUtcUs, exercise);
    case cop::v1::DROP_REASON_LOST:
        return raise(cop::v1::ALERT_KIND_TRACK_LOST, cop::v1::SEVERITY_WARNING, trackId,
                     alerts.impactRegion, impactUtcUs, exercise);
    default:
        return {};
    }
}

void ServiceAlertBook::clearEvent(const std::string &alertId)
{
    returnToNormal(alertId);
}

void ServiceAlertBook::returnAllToNormal(const TrackAlerts &alerts)
{
    returnToNormal(alerts.launch);
    returnToNormal(alerts.impact);
    for (const auto &[region, alertId] : alerts.overflights)
        returnToNormal(alertId);
    returnToNormal(alerts.stageDrop);
}

void ServiceAlertBook::stageFalling(const std::string &trackId, const ImpactOutlook &outlook,
                                    bool exercise)
{
    TrackAlerts &alerts = m_tracks[trackId];
    alerts.separated = true;
    if (!outlook.meaningful)
        return;
    if (!alerts.stageDrop.empty() && outlook.region == alerts.impactRegion) {
        followImpactTime(alerts.stageDrop, outlook.impactUtcUs);
        return;
    }
    // A planned drop: advisory at sea, a warning in an EEZ, critical on territory.
    returnToNormal(alerts.stageDrop);
    alerts.impactRegion = outlook.region;
    alerts.stageDrop = raise(cop::v1::ALERT_KIND_STAGE_DROP, impactSeverity(outlook.region),
                             trackId, outlook.region, outlook.impactUtcUs, exercise);
}

std::string ServiceAlertBook::orbitReached(const std::string &vehicleId,
                                           const std::vector<std::string> &related, bool exercise)
{
    std::vector<std::string> ended = related;
    ended.push_back(vehicleId);
    for (const std::string &trackId : ended) {
        if (const auto it = m_tracks.find(trackId); it != m_tracks.end()) {
            returnAllToNormal(it->second);
            m_tracks.erase(it);
        }
    }
    return raise(cop::v1::ALERT_KIND_ORBIT_REACHED, cop::v1::SEVERITY_ADVISORY, vehicleId, {}, 0,
                 exercise);
}

void ServiceAlertBook::debrisFalling(const std::string &vehicleId, const std::string &region,
                                     int64_t untilUtcUs, bool exercise)
{
    const auto it = m_tracks.find(vehicleId);
    if (it == m_tracks.end() || !it->second.debris.empty())
        return;
    const Severity severity = isTerritory(region) ? cop::v1::SEVERITY_CRITICAL
                                                  : cop::v1::SEVERITY_WARNING;
    it->second.debris = raise(cop::v1::ALERT_KIND_DEBRIS_FALLING, severity, vehicleId, region,
                              untilUtcUs, exercise);
}

} // namespace cop::sim
