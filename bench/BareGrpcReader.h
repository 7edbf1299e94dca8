#pragma once

// The yardstick for the console's ingest: a track service's Subscribe stream read with nothing
// but the generated stub, each message parsed by protobuf and its sequence looked at, nothing
// decoded into cop types, no Qt, no picture. What gRPC itself delivers on this machine, so that
// cop-bench-ingest can say how close the console comes to it.
//
// It reads with the callback API, as the console does (SubscribeReactor), so that the ratio
// counts only the console's own work. A sync stub reading on a thread of its own was no faster:
// timed after it on the same streams, it was 1-18 % slower in four runs of five.

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/support/client_callback.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
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
        Count count(lastSequence, lastSequence - request.resume_after_sequence());
        count.context.set_deadline(std::chrono::system_clock::now() + m_timeout);
        m_stub->async()->Subscribe(&count.context, &request, &count);
        return count.read();
    }

private:
    // One call. Its reactions run on a gRPC thread, one after the other; read() waits for the end.
    class Count final : public grpc::ClientReadReactor<cop::v1::PictureEvent>
    {
    public:
        Count(uint64_t last, uint64_t expected)
            : m_last(last)
            , m_expected(expected)
        {}

        grpc::ClientContext context;

        std::optional<double> read()
        {
            m_start = std::chrono::steady_clock::now();
            StartRead(&m_message);
            StartCall();
            std::unique_lock lock(m_mutex);
            m_condition.wait(lock, [this] { return m_done; });
            return m_seconds;
        }

        void OnReadDone(bool ok) override
        {
            if (!ok)
                return; // ended early: OnDone follows, m_seconds stays empty
            // Looking at the sequence is the least a reader must do with a message.
            if (m_message.sequence() != 0) {
                ++m_sequenced;
                if (m_message.sequence() == m_last) {
                    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - m_start;
                    if (m_sequenced == m_expected)
                        m_seconds = seconds.count();
                    context.TryCancel(); // no read left outstanding: OnDone follows
                    return;
                }
            }
            StartRead(&m_message); // one message, parsed into again and again, as the console does
        }

        void OnDone(const grpc::Status &) override
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_condition.notify_all();
        }

    private:
        const uint64_t m_last;
        const uint64_t m_expected;
        uint64_t m_sequenced = 0;
        std::optional<double> m_seconds; // written before OnDone, read after it
        std::chrono::steady_clock::time_point m_start;
        cop::v1::PictureEvent m_message;
        std::mutex m_mutex;
        std::condition_variable m_condition;
        bool m_done = false;
    };

    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<cop::v1::TrackService::Stub> m_stub;
    std::chrono::milliseconds m_timeout;
    bool m_connected = false;
};
