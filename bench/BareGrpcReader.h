#pragma once

// The yardstick for the console's ingest: a track service's Subscribe stream read with nothing
// but the generated stub, each message parsed by protobuf and its sequence looked at, nothing
// decoded into cop types, no Qt, no picture. What gRPC itself delivers on this machine, so that
// cop-bench-ingest can say how close the console comes to it.
//
// It reads with gRPC's blocking API on the calling thread, as the console reads each stream on a
// thread of its own (client/SubscribeReader). Alternating with a reader on the callback API, on the
// same streams, it read 1.2-1.6 times as fast (medians of 5 runs, twice), so it is the yardstick.

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
        const auto start = std::chrono::steady_clock::now();
        const std::unique_ptr<grpc::ClientReader<cop::v1::PictureEvent>> call = m_stub->Subscribe(&context, request);
        cop::v1::PictureEvent message; // parsed into again and again, as the console does
        uint64_t sequenced = 0;
        std::optional<double> seconds;
        while (call->Read(&message)) {
            // Looking at the sequence is the least a reader must do with a message.
            if (message.sequence() == 0)
                continue;
            ++sequenced;
            if (message.sequence() == lastSequence) {
                if (sequenced == lastSequence - request.resume_after_sequence())
                    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                context.TryCancel();
                break;
            }
        }
        call->Finish();
        return seconds;
    }

private:
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<cop::v1::TrackService::Stub> m_stub;
    std::chrono::milliseconds m_timeout;
    bool m_connected = false;
};
