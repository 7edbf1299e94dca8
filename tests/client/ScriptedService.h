#pragma once

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// A track service that plays a fixed script per subscription, for protocol faults the real one
// never makes (gaps, false resumes, silence, failures). After its script a stream stays open,
// silent, until the client cancels it.
class ScriptedService final : public cop::v1::TrackService::Service
{
public:
    struct Step
    {
        cop::v1::PictureEvent event;
        std::chrono::milliseconds delay{0};
        bool fail = false; // after the delay, end the call with UNAVAILABLE instead of writing
    };
    using Script = std::vector<Step>;
    using Clock = std::chrono::steady_clock;

    enum class Repeat { No, LastScript }; // what subscriptions beyond the scripts play

    explicit ScriptedService(std::vector<Script> scripts, Repeat repeat = Repeat::No)
        : m_scripts(std::move(scripts))
        , m_repeat(repeat)
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &m_port);
        builder.RegisterService(this);
        m_server = builder.BuildAndStart();
    }

    ~ScriptedService() override
    {
        m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(100));
        m_server->Wait();
    }

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    std::vector<cop::v1::SubscribeRequest> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

    // When each subscription arrived.
    std::vector<Clock::time_point> callTimes() const
    {
        std::lock_guard lock(m_mutex);
        return m_callTimes;
    }

    grpc::Status Subscribe(grpc::ServerContext *context, const cop::v1::SubscribeRequest *request,
                           grpc::ServerWriter<cop::v1::PictureEvent> *writer) override
    {
        Script script;
        {
            std::lock_guard lock(m_mutex);
            if (m_requests.size() < m_scripts.size())
                script = m_scripts[m_requests.size()];
            else if (m_repeat == Repeat::LastScript && !m_scripts.empty())
                script = m_scripts.back();
            m_requests.push_back(*request);
            m_callTimes.push_back(Clock::now());
        }
        for (const Step &step : script) {
            if (!waitUnlessCancelled(context, step.delay))
                return grpc::Status::CANCELLED;
            if (step.fail)
                return {grpc::StatusCode::UNAVAILABLE, "scripted failure"};
            if (!writer->Write(step.event))
                return grpc::Status::CANCELLED;
        }
        while (waitUnlessCancelled(context, std::chrono::milliseconds(10))) {
        }
        return grpc::Status::CANCELLED;
    }

private:
    static bool waitUnlessCancelled(grpc::ServerContext *context, std::chrono::milliseconds time)
    {
        const auto end = std::chrono::steady_clock::now() + time;
        while (!context->IsCancelled()) {
            if (std::chrono::steady_clock::now() >= end)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return false;
    }

    const std::vector<Script> m_scripts;
    const Repeat m_repeat;
    int m_port = 0;
    std::unique_ptr<grpc::Server> m_server;
    mutable std::mutex m_mutex;
    std::vector<cop::v1::SubscribeRequest> m_requests;
    std::vector<Clock::time_point> m_callTimes;
};
