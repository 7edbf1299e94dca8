#pragma once

#include "picture/PictureEvents.h"

#include <optional>

namespace cop {

// What can happen to an alert: its condition as its service reports it, and what operators do.
enum class AlertEvent : quint8 {
    Activate,     // the condition is present (again)
    Clear,        // the condition returned to normal
    Escalate,     // the outlook got worse (higher severity, or the service wants a new ack)
    Acknowledge,
    Shelve,
    Unshelve,
    ShelfExpired,
    Reset,        // releases a latched alert
};

inline constexpr AlertEvent kAllAlertEvents[] = {
    AlertEvent::Activate, AlertEvent::Clear,    AlertEvent::Escalate,     AlertEvent::Acknowledge,
    AlertEvent::Shelve,   AlertEvent::Unshelve, AlertEvent::ShelfExpired, AlertEvent::Reset,
};

// Where one alert stands in the ISA-18.2 / IEC 62682 lifecycle (docs/alerts.md).
struct AlertLifecycle
{
    AlertState state = AlertState::ActiveUnacknowledged;
    // Whether the condition is present. The state says so too, except while shelved: this is
    // what lets an unshelved alert come back in the right state.
    bool conditionActive = true;
    // A latching alert does not return to normal by itself: once acknowledged with its
    // condition gone it waits in Latched for an explicit Reset.
    bool latching = false;

    friend bool operator==(const AlertLifecycle &, const AlertLifecycle &) = default;
};

// The lifecycle after `event`, or nothing when the event does not apply in that state (an
// operator action the console must refuse, e.g. resetting an alert that is not latched).
// Condition reports (Activate, Clear, Escalate) always apply, if only as no change.
std::optional<AlertLifecycle> transition(const AlertLifecycle &from, AlertEvent event);

// The lifecycle an alert starts in when first seen in the state a service reports. States
// services never send (shelving is console-local) and unreadable ones start as
// active-unacknowledged: an alert the console cannot place must still reach the operator.
AlertLifecycle initialLifecycle(AlertState reported, bool latching);

// On the active list: everything but Cleared (which stays in the history).
bool isOnActiveList(AlertState state);
bool isUnacknowledged(AlertState state);

} // namespace cop
