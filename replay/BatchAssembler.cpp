#include "BatchAssembler.h"

#include "ConnectionLimits.h"
#include "EventDecoder.h"
#include "TrackLimit.h"

#include "cop/v1/picture.pb.h"

namespace cop {

BatchAssembler::BatchAssembler(std::function<void(const ServiceBatch &)> deliver)
    : m_deliver(std::move(deliver))
    , m_tracksPerService(ConnectionLimits().tracksPerService)
{}

void BatchAssembler::add(const JournalRecord &record)
{
    if (!(record.flags & JournalRecord::kApplied))
        return;
    if (m_batch && (m_batch->service != record.service || m_batch->receivedUtcUs != record.timeUtcUs))
        finish();
    v1::PictureEvent message;
    QStringList errors;
    std::optional<InboundEvent> event;
    if (message.ParseFromArray(record.payload.constData(), int(record.payload.size())))
        event = decodeEvent(message, record.timeUtcUs, &errors);
    if (!event) {
        ++m_undecodable;
        return;
    }
    if (!m_batch) {
        m_batch.emplace();
        m_batch->service = record.service;
        m_batch->receivedUtcUs = record.timeUtcUs;
    }
    if (std::holds_alternative<StreamOpened>(*event)) {
        m_partialSnapshots.remove(record.service);
    } else if (auto *chunk = std::get_if<SnapshotChunk>(&*event)) {
        Snapshot &partial = m_partialSnapshots[record.service];
        Snapshot &content = chunk->content;
        partial.asOfSequence = content.asOfSequence;
        partial.append(std::move(content));
        TrackLimit limit(m_tracksPerService);
        if (!chunk->last) { // the journal's flag says the same; the message is what counts
            limit.bound(partial);
            return;
        }
        // The snapshot replaces everything before it, including events not yet delivered. The
        // live console kept only the newest tracks of a snapshot over the limit (the journal
        // holds the message as sent); replay keeps the same, and costs no more than live did.
        m_batch->events.clear();
        m_batch->snapshot = m_partialSnapshots.take(record.service);
        limit.admit(*m_batch->snapshot);
    } else if (auto *sequenced = std::get_if<SequencedEvent>(&*event)) {
        m_batch->events.push_back(std::move(*sequenced));
    }
}

void BatchAssembler::setTracksPerService(int tracksPerService)
{
    m_tracksPerService = tracksPerService > 0 ? tracksPerService : ConnectionLimits().tracksPerService;
}

void BatchAssembler::finish()
{
    if (!m_batch)
        return;
    const ServiceBatch batch = std::move(*m_batch);
    m_batch.reset();
    if (!batch.isEmpty())
        m_deliver(batch);
}

void BatchAssembler::reset()
{
    m_batch.reset();
    m_partialSnapshots.clear();
}

} // namespace cop
