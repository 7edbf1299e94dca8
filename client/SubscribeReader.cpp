#include "SubscribeReader.h"

#include "EventDecoder.h"
#include "base/BackgroundPool.h"
#include "StreamInbox.h"

#include <QDateTime>

#include <thread>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace cop {

SubscribeReader::SubscribeReader(const v1::SubscribeRequest &request, quint64 streamId, StreamInbox &inbox)
    : m_request(request)
    , m_streamId(streamId)
    , m_inbox(inbox)
{}

void SubscribeReader::start(v1::TrackService::Stub &stub, const v1::SubscribeRequest &request,
                            quint64 streamId, StreamInbox &inbox)
{
    auto *reader = new SubscribeReader(request, streamId, inbox);
    inbox.attach(reader);
    // Not joined: the connection waits for the inbox's release, the reader's last act.
    std::thread([reader, &stub] { reader->run(stub); }).detach();
}

void SubscribeReader::cancel()
{
    m_context.TryCancel();
}

void SubscribeReader::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_resumed = true;
    }
    m_resumedCondition.notify_one();
}

void SubscribeReader::waitUntilResumed()
{
    std::unique_lock lock(m_mutex);
    m_resumedCondition.wait(lock, [this] { return std::exchange(m_resumed, false); });
}

void SubscribeReader::run(v1::TrackService::Stub &stub)
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), "track stream");
#endif
    // Decoding is background work, as the picture pipeline's is: on a contended core the GUI
    // thread goes first.
    yieldToInteractiveThreads(Urgency::Picture);
    grpc::Status status;
    {
        // Opening the call waits for the channel to connect (a TLS handshake included), which is
        // why it is made here and not on the connection's thread.
        const std::unique_ptr<grpc::ClientReader<v1::PictureEvent>> call = stub.Subscribe(&m_context, m_request);
        v1::PictureEvent message;
        while (call->Read(&message)) {
            StreamItem item{m_streamId, message.sequence(), std::nullopt, {}, std::nullopt};
            item.event = decodeEvent(message, QDateTime::currentMSecsSinceEpoch() * 1000, &item.errors);
            item.bodyCase = quint8(message.body_case());
            item.wireBytes = qsizetype(message.ByteSizeLong());
            if (m_inbox.keepsRaw()) {
                // Serialized again rather than taken off the wire: gRPC hands over only the
                // parsed message. Protobuf's encoding is deterministic for one build, and the
                // journal needs equivalent bytes, not identical ones.
                item.raw.resize(item.wireBytes);
                message.SerializeWithCachedSizesToArray(reinterpret_cast<uint8_t *>(item.raw.data()));
            }
            // A full inbox stops the reads, and with them the service, by HTTP/2 flow control.
            if (!m_inbox.push(std::move(item), this))
                waitUntilResumed();
        }
        status = call->Finish();
    }
    StreamInbox &inbox = m_inbox;
    inbox.finish(this, StreamItem{m_streamId, 0, std::nullopt, {}, status});
    delete this;
    inbox.released();
}

} // namespace cop
