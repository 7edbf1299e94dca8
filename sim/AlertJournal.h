#pragma once

#include "cop/v1/picture.pb.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace cop::sim {

class AlertJournalError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Where an EventLog writes ahead what a restart must not lose. The log calls it under its own
// lock, before the change is applied or broadcast, so nothing a console has seen can be missing
// from the journal.
class AlertJournal
{
public:
    virtual ~AlertJournal() = default;

    // An operator's acknowledgement that is about to change an alert. Returns only once it is
    // durable; throws AlertJournalError when it cannot be, and the acknowledgement is then not
    // applied (the console retries).
    virtual void acknowledged(const std::string &alertId, const std::string &operatorName,
                              const std::string &consoleId, int64_t timeUtcUs) = 0;
    // An alert's state after any change. A restarted simulator raises its alerts again from the
    // same scenario, so these need not reach the disk before the change is seen; they do with
    // the next acknowledgement.
    virtual void alertChanged(const cop::v1::AlertUpdate &alert) = 0;
};

} // namespace cop::sim
