#pragma once

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/client_context.h>

#include <QtGlobal>

#include <condition_variable>
#include <mutex>

namespace cop {

class StreamInbox;

// One Subscribe call, read with gRPC's blocking API on a thread of its own ("track stream"): the
// thread does nothing but decode each message and queue it in the inbox, tagged with the
// stream's id; the connection does the rest on its own thread. Read so rather than with gRPC's
// callback API, the console took in 1.3-1.5 times as many updates a second (cop-bench-ingest)
// for the same CPU, and its pictures came sooner (cop-bench-glass). The reader deletes itself
// when its call is over.
class SubscribeReader
{
public:
    // `stub` and `inbox` must outlive the reader: see StreamInbox::waitUntilReleased().
    static void start(v1::TrackService::Stub &stub, const v1::SubscribeRequest &request,
                      quint64 streamId, StreamInbox &inbox);

    // Ends the call soon: a read under way fails, and the call's status follows.
    void cancel();
    // Reads on after the inbox stopped it (StreamInbox::push returned false).
    void resume();

private:
    SubscribeReader(const v1::SubscribeRequest &request, quint64 streamId, StreamInbox &inbox);

    void run(v1::TrackService::Stub &stub);
    void waitUntilResumed();

    grpc::ClientContext m_context;
    const v1::SubscribeRequest m_request;
    const quint64 m_streamId;
    StreamInbox &m_inbox;
    std::mutex m_mutex;
    std::condition_variable m_resumedCondition;
    bool m_resumed = false;
};

} // namespace cop
