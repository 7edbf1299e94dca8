#include "alerts/AlertLifecycle.h"

namespace cop {

namespace {

AlertLifecycle with(AlertLifecycle lifecycle, AlertState state, bool conditionActive)
{
    lifecycle.state = state;
    lifecycle.conditionActive = conditionActive;
    return lifecycle;
}

// Where the condition, not an operator, puts an alert that was shelved.
AlertLifecycle unshelved(const AlertLifecycle &from)
{
    // An alert that is still active comes back unacknowledged: whatever was acknowledged
    // before the shelf, the operator has not seen it since.
    return from.conditionActive ? with(from, AlertState::ActiveUnacknowledged, true)
                                : with(from, AlertState::Cleared, false);
}

std::optional<AlertLifecycle> fromActive(const AlertLifecycle &from, AlertEvent event,
                                         bool acknowledged)
{
    switch (event) {
    case AlertEvent::Activate:
        return from;
    case AlertEvent::Clear:
        if (!acknowledged)
            return with(from, AlertState::ClearedUnacknowledged, false);
        return with(from, from.latching ? AlertState::Latched : AlertState::Cleared, false);
    case AlertEvent::Escalate:
        return with(from, AlertState::ActiveUnacknowledged, true);
    case AlertEvent::Acknowledge:
        if (acknowledged)
            return std::nullopt;
        return with(from, AlertState::ActiveAcknowledged, true);
    case AlertEvent::Shelve:
        return with(from, AlertState::Shelved, true);
    case AlertEvent::Unshelve:
    case AlertEvent::ShelfExpired:
    case AlertEvent::Reset:
        break;
    }
    return std::nullopt;
}

std::optional<AlertLifecycle> fromClearedUnacknowledged(const AlertLifecycle &from, AlertEvent event)
{
    switch (event) {
    case AlertEvent::Activate:
        return with(from, AlertState::ActiveUnacknowledged, true);
    case AlertEvent::Clear:
    case AlertEvent::Escalate:
        return from;
    case AlertEvent::Acknowledge:
        return with(from, from.latching ? AlertState::Latched : AlertState::Cleared, false);
    case AlertEvent::Shelve:
        return with(from, AlertState::Shelved, false);
    case AlertEvent::Unshelve:
    case AlertEvent::ShelfExpired:
    case AlertEvent::Reset:
        break;
    }
    return std::nullopt;
}

std::optional<AlertLifecycle> fromShelved(const AlertLifecycle &from, AlertEvent event)
{
    switch (event) {
    case AlertEvent::Activate:
        return with(from, AlertState::Shelved, true);
    case AlertEvent::Clear:
        return with(from, AlertState::Shelved, false);
    case AlertEvent::Escalate:
        // A worse outlook breaks through the shelf: the operator shelved what they knew then.
        return from.conditionActive ? with(from, AlertState::ActiveUnacknowledged, true) : from;
    case AlertEvent::Shelve:
        return from; // shelved again, for a new duration
    case AlertEvent::Unshelve:
    case AlertEvent::ShelfExpired:
        return unshelved(from);
    case AlertEvent::Acknowledge:
    case AlertEvent::Reset:
        break;
    }
    return std::nullopt;
}

// Cleared and Latched: the condition is gone; only its return, or a Reset of a latched alert,
// moves them.
std::optional<AlertLifecycle> fromNormal(const AlertLifecycle &from, AlertEvent event)
{
    switch (event) {
    case AlertEvent::Activate:
        return with(from, AlertState::ActiveUnacknowledged, true);
    case AlertEvent::Clear:
    case AlertEvent::Escalate:
        return from;
    case AlertEvent::Reset:
        if (from.state == AlertState::Latched)
            return with(from, AlertState::Cleared, false);
        break;
    case AlertEvent::Acknowledge:
    case AlertEvent::Shelve:
    case AlertEvent::Unshelve:
    case AlertEvent::ShelfExpired:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<AlertLifecycle> transition(const AlertLifecycle &from, AlertEvent event)
{
    switch (from.state) {
    case AlertState::ActiveUnacknowledged:
        return fromActive(from, event, false);
    case AlertState::ActiveAcknowledged:
        return fromActive(from, event, true);
    case AlertState::ClearedUnacknowledged:
        return fromClearedUnacknowledged(from, event);
    case AlertState::Shelved:
        return fromShelved(from, event);
    case AlertState::Cleared:
    case AlertState::Latched:
        return fromNormal(from, event);
    case AlertState::Unknown:
        break;
    }
    return std::nullopt;
}

AlertLifecycle initialLifecycle(AlertState reported, bool latching)
{
    switch (reported) {
    case AlertState::ActiveAcknowledged:
        return {reported, true, latching};
    case AlertState::ClearedUnacknowledged:
    case AlertState::Cleared:
    case AlertState::Latched:
        return {reported, false, latching};
    case AlertState::ActiveUnacknowledged:
    case AlertState::Shelved:
    case AlertState::Unknown:
        break;
    }
    return {AlertState::ActiveUnacknowledged, true, latching};
}

bool isOnActiveList(AlertState state)
{
    return state != AlertState::Cleared;
}

bool isUnacknowledged(AlertState state)
{
    return state == AlertState::ActiveUnacknowledged || state == AlertState::ClearedUnacknowledged;
}

} // namespace cop
