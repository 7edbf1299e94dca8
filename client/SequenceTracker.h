#pragma once

#include "InboundEvent.h"

#include <QString>

#include <optional>

namespace cop {

// The resume protocol of one service, free of I/O: which epoch and sequence the console holds,
// and what to do with each message a stream brings. A stream starts with StreamOpened; when the
// service did not resume, the snapshot chunks that follow are held back and applied together
// with the last one, which sets the position to the snapshot's as_of_sequence. After that each
// sequenced event must be exactly one beyond the last one applied.
class SequenceTracker
{
public:
    enum class Verdict {
        Apply,      // apply the event or completed snapshot, or keep reading
        Pending,    // snapshot chunk kept; more follow
        Duplicate,  // at or below the last sequence applied: drop it
        Gap,        // sequences were skipped: resubscribe after lastApplied()
        OutOfOrder, // the stream broke the protocol: resubscribe
        Discard,    // the stream is being abandoned after a gap or protocol error
    };

    Verdict opened(const StreamOpened &opened);
    // On Apply, *complete holds the whole snapshot.
    Verdict snapshotChunk(SnapshotChunk chunk, Snapshot *complete);
    Verdict event(quint64 sequence);
    Verdict heartbeat();
    // The snapshot held back so far, for its owner to bound; null when none is.
    Snapshot *partialSnapshot() { return m_partialSnapshot ? &*m_partialSnapshot : nullptr; }
    // Forgets a half-received snapshot; the next stream starts over with opened().
    void streamEnded();

    // What a resubscription asks for. Empty epoch: nothing held yet, send a snapshot.
    const QString &epoch() const { return m_epoch; }
    quint64 lastApplied() const { return m_lastApplied; }

private:
    enum class Phase { Closed, AwaitingSnapshot, Sequencing, Broken };

    Verdict breakStream(Verdict verdict);

    Phase m_phase = Phase::Closed;
    QString m_epoch;
    quint64 m_lastApplied = 0;
    QString m_snapshotEpoch;
    std::optional<Snapshot> m_partialSnapshot;
};

} // namespace cop
