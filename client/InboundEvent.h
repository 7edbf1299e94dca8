#pragma once

// What a track service's stream carries once decoded: the picture's own events (core/) plus the
// stream-control messages only client/ needs to see.

#include "picture/PictureEvents.h"

#include <QString>

#include <variant>

namespace cop {

// First message of every stream.
struct StreamOpened
{
    QString epoch;
    bool resumed = false; // false: a snapshot follows and replaces everything seen before
    quint32 heartbeatPeriodMs = 0;
    QString marking; // banner_text, verbatim; empty when none was sent or it was refused
};

// One piece of a snapshot; the console applies the pieces together when `last` arrives.
struct SnapshotChunk
{
    Snapshot content;
    bool last = false;
};

struct Heartbeat
{
    qint64 timeUtcUs = 0;
    quint32 periodMs = 0;
    quint64 lastSequence = 0;
};

using InboundEvent = std::variant<StreamOpened, SnapshotChunk, SequencedEvent, Heartbeat>;

} // namespace cop
