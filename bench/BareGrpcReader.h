#pragma once

// The yardstick for the console's ingest: a track service's Subscribe stream read with nothing
// but the generated sync stub on the calling thread, each message parsed by protobuf and its
// sequence looked at, nothing decoded into cop types, no Qt. What gRPC itself delivers on this
// machine, so that cop-bench-ingest can say how close the console comes to it.

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

class BareGrpcReader
{
public:
    // Connects at once, so that reading times the stream and not the handshake: the console's
    // timed subscription, too, goes over a channel already connected.
    BareGrpcReader(const std::string &address, std::shared_ptr<grpc::ChannelCredentials> credentials,
                   std::chrono::milliseconds timeout)
        : m_channel(grpc::CreateChannel(address, std::move(credentials)))
        , m_stub(cop::v1::TrackService::NewStub(m_channel))
        , m_timeout(timeout)
    {
        m_connected = m_channel->WaitForConnected(std::chrono::system_clock::now() + timeout);
    }

    // Seconds from the call to the message carrying `lastSequence`; nothing when the stream
    // ended first, or did not bring every sequence after the request's on the way.
    std::optional<double> secondsUntil(const cop::v1::SubscribeRequest &request, uint64_t lastSequence)
    {
        if (!m_connected)
            return std::nullopt;
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + m_timeout);
        cop::v1::PictureEvent message; // one message, parsed into again and again, as the console does
        uint64_t sequenced = 0;
        bool complete = false;
        const auto start = std::chrono::steady_clock::now();
        const auto reader = m_stub->Subscribe(&context, request);
        while (reader->Read(&message)) {
            // Looking at the sequence is the least a reader must do with a message.
            if (message.sequence() == 0)
                continue;
            ++sequenced;
            if (message.sequence() == lastSequence) {
                complete = sequenced == lastSequence - request.resume_after_sequence();
                break;
            }
        }
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        context.TryCancel();
        reader->Finish();
        return complete ? std::optional(seconds.count()) : std::nullopt;
    }

private:
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<cop::v1::TrackService::Stub> m_stub;
    std::chrono::milliseconds m_timeout;
    bool m_connected = false;
};
