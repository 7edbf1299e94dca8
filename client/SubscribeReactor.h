#pragma once

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/client_context.h>
#include <grpcpp/support/client_callback.h>

#include <QtGlobal>

namespace cop {

class StreamInbox;

// One Subscribe call. Its callbacks run on gRPC threads and do nothing but decode each message
// and queue it in the inbox, tagged with the stream's id; the connection does the rest on its own
// thread. The reactor deletes itself once gRPC is done with it.
class SubscribeReactor final : public grpc::ClientReadReactor<v1::PictureEvent>
{
public:
    // `inbox` must outlive the reactor: see StreamInbox::waitUntilReleased().
    static void start(v1::TrackService::Stub &stub, const v1::SubscribeRequest &request,
                      quint64 streamId, StreamInbox &inbox);

    // Ends the call soon; OnDone follows on a gRPC thread.
    void cancel();
    // Reads on after the inbox stopped it (StreamInbox::push returned false).
    void resume();

    void OnReadDone(bool ok) override;
    void OnDone(const grpc::Status &status) override;

private:
    SubscribeReactor(const v1::SubscribeRequest &request, quint64 streamId, StreamInbox &inbox);
    ~SubscribeReactor() override = default;

    grpc::ClientContext m_context;
    const v1::SubscribeRequest m_request;
    const quint64 m_streamId;
    StreamInbox &m_inbox;
    v1::PictureEvent m_message;
};

} // namespace cop
