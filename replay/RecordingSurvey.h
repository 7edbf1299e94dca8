#pragma once

#include "picture/ClassificationMarking.h"
#include "picture/ImpactDebrief.h"
#include "journal/OperatorAction.h"
#include "picture/PictureEvents.h"

#include <QString>

#include <optional>
#include <vector>

namespace cop {

class JournalReader;

// A point of interest on the replay timeline, at the time the console received it.
struct TimelineMarker
{
    enum class Kind : quint8 { Launch, Alert, Acknowledgement, OperatorAction };
    qint64 timeUtcUs = 0;
    Kind kind = Kind::Alert;
    QString label; // untranslated ids, e.g. "US alert-3"
};

// One alert across the whole recording, for the debrief's alert table and CSV.
struct AlertHistory
{
    QString service;
    AlertUpdate first;       // as first received
    AlertUpdate last;        // as last received
    qint64 firstSeenUtcUs = 0;
    qint64 lastSeenUtcUs = 0;
    std::optional<Acknowledgement> firstAcknowledgement;
    // Raised by the recording console itself (a feed lost, the picture stalled), not a service.
    bool raisedByConsole = false;
};

// What a debrief needs from a recording without playing it: one pass over the records that
// matter (launches, alerts, predictions, drops, snapshots, operator actions), decoded once.
struct RecordingSurvey
{
    std::vector<TimelineMarker> markers;   // time-ordered
    std::vector<qint64> alertTimes;        // time-ordered; next/previous alert jumps
    std::vector<AlertHistory> alerts;      // in the order first seen
    std::vector<ImpactDebrief> impacts;
    std::vector<OperatorAction> operatorActions;
    // The most restrictive marking any feed gave while recording: what the exports carry.
    GoverningMarking marking;

    static RecordingSurvey of(const JournalReader &journal);
};

} // namespace cop
