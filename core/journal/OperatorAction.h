#pragma once

#include <QString>

namespace cop {

// Something the operator did that a debrief must show: journaled the moment it happens and
// replayed at the same point of the timeline. Fields a kind does not use stay empty.
struct OperatorAction
{
    enum class Kind : quint8 {
        Acknowledge = 1, // alertId (and service) acknowledged
        Shelve,          // alertId shelved for durationS (0: until unshelved)
        Unshelve,
        Silence,         // the horn silenced for durationS; never an acknowledgement
        LanguageSwitch,  // the console now speaks `language`
    };

    Kind kind = Kind::Acknowledge;
    QString operatorName;
    QString consoleId;
    QString service;
    QString alertId;
    double durationS = 0.0;
    QString language;
    qint64 timeUtcUs = 0;

    friend bool operator==(const OperatorAction &, const OperatorAction &) = default;
};

// A stable, untranslated name for logs and export files ("acknowledge", ...).
QString operatorActionId(OperatorAction::Kind kind);

} // namespace cop
