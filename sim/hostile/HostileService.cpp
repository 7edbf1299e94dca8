#include "HostileService.h"

#include "HostileState.h"
#include "HostileStream.h"

#include "ServiceHost.h"
#include "TrackServiceImpl.h"

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <condition_variable>
#include <stdexcept>
#include <thread>

namespace cop::hostile {

namespace {

using cop::v1::PictureEvent;
using namespace std::chrono_literals;

// Flood updates appended between looks at the clock and at stop().
constexpr uint64_t kFloodBatch = 100;

class HostileTrackService final : public cop::v1::TrackService::Service
{
public:
    explicit HostileTrackService(HostileState &state) : m_state(state) {}

    grpc::Status Subscribe(grpc::ServerContext *context, const cop::v1::SubscribeRequest *request,
                           grpc::ServerWriter<PictureEvent> *writer) override
    {
        return HostileStream(m_state, *context, *writer).run(*request);
    }

    // Acknowledgements are not where this service is hostile: they behave as the reference
    // service's do, so a console's acknowledgements can be exercised against it too.
    grpc::Status AcknowledgeAlert(grpc::ServerContext *context,
                                  const cop::v1::AcknowledgeAlertRequest *request,
                                  cop::v1::AcknowledgeAlertReply *reply) override
    {
        return cop::sim::TrackServiceImpl::acknowledge(m_state.log, *context, *request, reply);
    }

    grpc::Status GetServiceInfo(grpc::ServerContext *, const cop::v1::ServiceInfoRequest *,
                                cop::v1::ServiceInfo *reply) override
    {
        std::string modes;
        for (HostileMode mode : m_state.options.modes)
            modes += (modes.empty() ? "" : ",") + std::string(nameOf(mode));
        reply->set_nation(m_state.options.nation);
        reply->set_service_name("hostile test service (" + modes + ")");
        reply->set_banner_text(kHostileMarking);
        reply->set_clock_utc_us(m_state.log.now());
        reply->set_epoch(m_state.log.epoch());
        reply->set_heartbeat_period_ms(m_state.options.heartbeatPeriodMs);
        return grpc::Status::OK;
    }

private:
    HostileState &m_state;
};

} // namespace

struct HostileService::Private
{
    explicit Private(HostileOptions options)
        : state(std::move(options))
        , service(state)
    {
    }

    void play();
    void tick(uint64_t number);
    // Floods until `until`, or sleeps until then; false once stopping.
    bool idleUntil(std::chrono::steady_clock::time_point until);

    HostileState state;
    HostileTrackService service;
    std::unique_ptr<grpc::Server> server;
    std::thread traffic;
    std::mutex mutex;
    std::condition_variable wake;
    uint64_t flooded = 0;
};

void HostileService::Private::tick(uint64_t number)
{
    const int64_t now = state.log.now();
    for (PictureEvent &event : state.traffic.goodUpdates(now)) {
        PictureEvent sent = event;
        sent.set_sequence(state.log.append(std::move(event)));
        state.setLatestGood(sent);
        ++state.goodUpdates;
    }
    for (HostileMode mode : state.options.modes) {
        for (PictureEvent &event : state.traffic.badMessages(mode, number, now)) {
            state.log.append(std::move(event));
            state.count(mode);
        }
    }
}

bool HostileService::Private::idleUntil(std::chrono::steady_clock::time_point until)
{
    if (!state.has(HostileMode::Flood)) {
        std::unique_lock lock(mutex);
        return !wake.wait_until(lock, until, [this] { return bool(state.stopping); });
    }
    const auto started = std::chrono::steady_clock::now();
    const uint64_t startCount = flooded;
    while (!state.stopping) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= until)
            return true;
        const uint64_t rate = state.options.floodPerSecond;
        const double elapsed = std::chrono::duration<double>(now - started).count();
        if (rate > 0 && flooded - startCount >= uint64_t(elapsed * double(rate))) {
            std::this_thread::sleep_for(1ms);
            continue;
        }
        const int64_t time = state.log.now();
        for (uint64_t i = 0; i < kFloodBatch; ++i)
            state.log.append(state.traffic.floodUpdate(flooded++, time));
        state.count(HostileMode::Flood, kFloodBatch);
    }
    return false;
}

void HostileService::Private::play()
{
    const auto period = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(1.0 / std::max(state.options.rateHz, 1e-3)));
    auto next = std::chrono::steady_clock::now();
    for (uint64_t number = 0; !state.stopping; ++number) {
        tick(number);
        next += period;
        if (!idleUntil(next))
            return;
    }
}

HostileService::HostileService(HostileOptions options)
    : d(std::make_unique<Private>(std::move(options)))
{
    grpc::ServerBuilder builder;
    builder.AddListeningPort(d->state.options.listen, grpc::InsecureServerCredentials(), &m_port);
    builder.RegisterService(&d->service);
    cop::sim::applyTrackServerArguments(builder);
    d->server = builder.BuildAndStart();
    if (!d->server || m_port == 0)
        throw std::runtime_error("cannot listen on " + d->state.options.listen);
    d->traffic = std::thread([this] { d->play(); });
}

HostileService::~HostileService()
{
    stop();
}

void HostileService::stop()
{
    if (!d->server)
        return;
    {
        std::lock_guard lock(d->mutex);
        d->state.stopping = true;
    }
    d->wake.notify_all();
    d->state.log.shutdown();
    d->traffic.join();
    // Streams see `stopping` within their poll interval; the deadline cancels any stuck in a
    // write to a client that does not read.
    d->server->Shutdown(std::chrono::system_clock::now() + 200ms);
    d->server->Wait();
    d->server.reset();
}

std::string HostileService::address() const
{
    return "127.0.0.1:" + std::to_string(m_port);
}

std::string HostileService::epoch() const
{
    return d->state.log.epoch();
}

std::vector<std::string> HostileService::goodTrackIds() const
{
    return d->state.traffic.goodTrackIds();
}

HostileCounters HostileService::counters() const
{
    return d->state.counters();
}

} // namespace cop::hostile
