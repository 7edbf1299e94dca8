#pragma once

#include "journal/JournalRecord.h"
#include "picture/PictureEvents.h"

#include <QHash>

#include <functional>
#include <optional>

namespace cop {

// Turns journaled stream messages back into the batches the live console applied. A live drain
// stamps its batch and every record it journals with one receive time, so consecutive applied
// records of one service with one time are one batch; snapshot chunks are held until the last
// one, and a new stream forgets a half-received snapshot, as ServiceConnection does.
class BatchAssembler
{
public:
    explicit BatchAssembler(std::function<void(const ServiceBatch &)> deliver);

    // An Inbound record; records the console did not apply are passed over.
    void add(const JournalRecord &record);
    // Delivers the batch in progress, if any.
    void finish();
    // Forgets everything in progress (a seek starts over from a keyframe).
    void reset();
    // The live console's cap on each service's tracks, as its journal recorded it: of a snapshot
    // over it, the newest tracks are kept, as live. 0 (not recorded): ConnectionLimits' default.
    void setTracksPerService(int tracksPerService);

    // Messages whose payload did not decode (only possible in a damaged journal).
    quint64 undecodable() const { return m_undecodable; }

private:
    std::function<void(const ServiceBatch &)> m_deliver;
    std::optional<ServiceBatch> m_batch;
    QHash<QString, Snapshot> m_partialSnapshots;
    quint64 m_undecodable = 0;
    int m_tracksPerService;
};

} // namespace cop
