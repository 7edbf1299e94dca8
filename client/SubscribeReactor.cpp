#include "SubscribeReactor.h"

#include "EventDecoder.h"
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
    reactor->StartRead(&reactor->m_message);
    reactor->StartCall();
}

void SubscribeReactor::cancel()
{
    m_context.TryCancel();
}

void SubscribeReactor::OnReadDone(bool ok)
{
    if (!ok)
        return; // the stream is over; OnDone brings the status
    StreamItem item{m_streamId, m_message.sequence(), std::nullopt, {}, std::nullopt};
    item.event = decodeEvent(m_message, QDateTime::currentMSecsSinceEpoch() * 1000, &item.errors);
    item.bodyCase = quint8(m_message.body_case());
    if (m_inbox.keepsRaw()) {
        // Serialized again rather than taken off the wire: the callback API hands over only the
        // parsed message. Protobuf's encoding is deterministic for one build, and the journal
        // needs equivalent bytes, not identical ones.
        item.raw.resize(qsizetype(m_message.ByteSizeLong()));
        m_message.SerializeWithCachedSizesToArray(reinterpret_cast<uint8_t *>(item.raw.data()));
    }
    m_inbox.push(std::move(item));
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
