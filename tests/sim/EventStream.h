#pragma once

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

inline std::unique_ptr<cop::v1::TrackService::Stub> trackServiceOn(int port)
{
    return cop::v1::TrackService::NewStub(grpc::CreateChannel(
        "127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials()));
}

// One Subscribe call read synchronously, for tests. Every wait is bounded by the call's
// deadline, so a test that waits for something that never comes fails instead of hanging.
class EventStream
{
public:
    EventStream(cop::v1::TrackService::Stub &stub, const cop::v1::SubscribeRequest &request,
                std::chrono::seconds deadline = std::chrono::seconds(30))
    {
        m_context.set_deadline(std::chrono::system_clock::now() + deadline);
        m_reader = stub.Subscribe(&m_context, request);
    }

    ~EventStream()
    {
        m_context.TryCancel();
        finish();
    }

    // The next message, or nothing when the stream has ended.
    std::optional<cop::v1::PictureEvent> next()
    {
        cop::v1::PictureEvent event;
        if (!m_reader->Read(&event))
            return std::nullopt;
        m_received.push_back(event);
        return event;
    }

    // Reads until `wanted` holds for a message, which it returns; nothing if the stream ends or
    // `timeout` passes first (checked as messages arrive: heartbeats keep them coming).
    std::optional<cop::v1::PictureEvent>
    readUntil(const std::function<bool(const cop::v1::PictureEvent &)> &wanted,
              std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        const auto end = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < end) {
            const auto event = next();
            if (!event)
                return std::nullopt;
            if (wanted(*event))
                return event;
        }
        return std::nullopt;
    }

    // The call's status once it has ended; call it after next() has returned nothing.
    grpc::Status finish()
    {
        if (!m_status)
            m_status = m_reader->Finish();
        return *m_status;
    }

    // Every message read so far, in order.
    const std::vector<cop::v1::PictureEvent> &received() const { return m_received; }

private:
    grpc::ClientContext m_context;
    std::unique_ptr<grpc::ClientReader<cop::v1::PictureEvent>> m_reader;
    std::vector<cop::v1::PictureEvent> m_received;
    std::optional<grpc::Status> m_status;
};
