#pragma once

#include <QString>

#include <chrono>

namespace cop {

// Where and how much the console records. Defaults suit a watch-floor console: a segment an
// hour (or 256 MiB), a month or 20 GiB of history, whichever is reached first.
struct JournalSettings
{
    QString directory;                          // holds one folder per recording session
    qint64 segmentBytes = 256ll << 20;          // start a new segment past this size ...
    std::chrono::seconds segmentAge{3600};      // ... or this age
    qint64 retainBytes = 20ll << 30;            // delete the oldest segments past this total ...
    std::chrono::hours retainAge{24 * 30};      // ... and any older than this
    std::chrono::milliseconds syncInterval{1000}; // longest time a record waits for fsync
    // A picture keyframe this often: a seek replays at most this much of the journal.
    std::chrono::milliseconds keyframeInterval{30000};
};

} // namespace cop
