#include "SubscribeReactor.h"

#include "EventDecoder.h"
#include "base/BackgroundPool.h"
#include "StreamInbox.h"

#include <QDateTime>

namespace cop {

SubscribeReactor::SubscribeReactor(const v1::SubscribeRequest &request, quint64 streamId,
                                   StreamInbox &inbox)
    : m_request(request)
    , m_streamId(streamId)
    , m_inbox(inbox)
{}

void SubscribeReactor::start(v1::TrackService::Stub &stub, const v1::SubscribeRequest &request,
                             quint64 streamId, StreamInbox &inbox)
{
    auto *reactor = new SubscribeReactor(request, streamId, inbox);
    inbox.attach(reactor);
    stub.async()->Subscribe(&reactor->m_context, &reactor->m_request, reactor);
    // While the inbox has stopped it, the reactor has no operation outstanding, and gRPC would
    // end the call (and the reactor with it) as soon as the service or a cancellation finishes
    // it: the inbox would then resume a deleted reactor. The hold keeps the call until the
    // reactor's last read has failed.
    reactor->AddHold();
    reactor->StartRead(&reactor->m_message);
    reactor->StartCall();
}

void SubscribeReactor::cancel()
{
    m_context.TryCancel();
}

void SubscribeReactor::resume()
{
    StartRead(&m_message);
}

void SubscribeReactor::OnReadDone(bool ok)
{
    if (!ok) {
        RemoveHold(); // the stream is over; OnDone brings the status
        return;
    }
    // Decoding is background work, as the picture pipeline's is: on a contended core the GUI
    // thread goes first. gRPC's threads are its own, so the one that calls back is lowered here,
    // once, and stays so.
    yieldToInteractiveThreads(Urgency::Picture);
    StreamItem item{m_streamId, m_message.sequence(), std::nullopt, {}, std::nullopt};
    item.event = decodeEvent(m_message, QDateTime::currentMSecsSinceEpoch() * 1000, &item.errors);
    item.bodyCase = quint8(m_message.body_case());
    item.wireBytes = qsizetype(m_message.ByteSizeLong());
    if (m_inbox.keepsRaw()) {
        // Serialized again rather than taken off the wire: the callback API hands over only the
        // parsed message. Protobuf's encoding is deterministic for one build, and the journal
        // needs equivalent bytes, not identical ones.
        item.raw.resize(item.wireBytes);
        m_message.SerializeWithCachedSizesToArray(reinterpret_cast<uint8_t *>(item.raw.data()));
    }
    if (m_inbox.push(std::move(item), this))
        StartRead(&m_message);
}

void SubscribeReactor::OnDone(const grpc::Status &status)
{
    StreamInbox &inbox = m_inbox;
    inbox.finish(this, StreamItem{m_streamId, 0, std::nullopt, {}, status});
    delete this;
    inbox.released();
}

} // namespace cop
