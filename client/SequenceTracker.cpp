#include "SequenceTracker.h"

namespace cop {

SequenceTracker::Verdict SequenceTracker::opened(const StreamOpened &opened)
{
    if (m_phase == Phase::Broken)
        return Verdict::Discard;
    if (m_phase != Phase::Closed)
        return breakStream(Verdict::OutOfOrder);
    if (opened.resumed) {
        // Resuming a history this console never held would silently skip events.
        if (m_epoch.isEmpty() || opened.epoch != m_epoch)
            return breakStream(Verdict::OutOfOrder);
        m_phase = Phase::Sequencing;
        return Verdict::Apply;
    }
    // Until the snapshot is complete the old position stays: if this stream dies half-way, the
    // next one still asks for the history the picture shows.
    m_snapshotEpoch = opened.epoch;
    m_partialSnapshot.reset();
    m_phase = Phase::AwaitingSnapshot;
    return Verdict::Apply;
}

SequenceTracker::Verdict SequenceTracker::snapshotChunk(SnapshotChunk chunk, Snapshot *complete)
{
    if (m_phase == Phase::Broken)
        return Verdict::Discard;
    if (m_phase != Phase::AwaitingSnapshot)
        return breakStream(Verdict::OutOfOrder);
    if (!m_partialSnapshot) {
        m_partialSnapshot = std::move(chunk.content);
    } else {
        Snapshot &partial = *m_partialSnapshot;
        if (chunk.content.asOfSequence != partial.asOfSequence)
            return breakStream(Verdict::OutOfOrder);
        partial.append(std::move(chunk.content));
    }
    if (!chunk.last)
        return Verdict::Pending;
    *complete = std::move(*m_partialSnapshot);
    m_partialSnapshot.reset();
    m_epoch = m_snapshotEpoch;
    m_lastApplied = complete->asOfSequence;
    m_phase = Phase::Sequencing;
    return Verdict::Apply;
}

SequenceTracker::Verdict SequenceTracker::event(quint64 sequence)
{
    if (m_phase == Phase::Broken)
        return Verdict::Discard;
    if (m_phase != Phase::Sequencing)
        return breakStream(Verdict::OutOfOrder);
    if (sequence <= m_lastApplied)
        return Verdict::Duplicate;
    if (sequence != m_lastApplied + 1)
        return breakStream(Verdict::Gap);
    m_lastApplied = sequence;
    return Verdict::Apply;
}

SequenceTracker::Verdict SequenceTracker::heartbeat()
{
    switch (m_phase) {
    case Phase::Closed: return breakStream(Verdict::OutOfOrder);
    case Phase::Broken: return Verdict::Discard;
    default: return Verdict::Apply;
    }
}

void SequenceTracker::streamEnded()
{
    m_partialSnapshot.reset();
    m_phase = Phase::Closed;
}

SequenceTracker::Verdict SequenceTracker::breakStream(Verdict verdict)
{
    m_partialSnapshot.reset();
    m_phase = Phase::Broken;
    return verdict;
}

} // namespace cop
