#include "alerts/PictureWatchdog.h"

#include "alerts/AlertBook.h"
#include "base/SteadyClock.h"

#include <algorithm>
#include <cstdio>

namespace cop {

PictureWatchdog::PictureWatchdog(AlertBook *alerts, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
{
    m_beat.setTimerType(Qt::PreciseTimer);
    m_beat.setInterval(kBeatMs);
    connect(&m_beat, &QTimer::timeout, this, &PictureWatchdog::beat);
}

PictureWatchdog::~PictureWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_monitor.joinable())
        m_monitor.join();
}

void PictureWatchdog::watch(const QString &name, Probe probe)
{
    Q_ASSERT(!m_monitor.joinable());
    m_parts.push_back({name, std::move(probe)});
}

void PictureWatchdog::start()
{
    // Armed when the event loop first turns: building the window before it is not a stall.
    QTimer::singleShot(0, this, [this] {
        m_lastBeatMs = steadyNowMs();
        m_beat.start();
        m_monitor = std::thread([this] { monitor(); });
    });
}

void PictureWatchdog::hold()
{
    ++m_holds;
}

void PictureWatchdog::release()
{
    Q_ASSERT(m_holds > 0);
    m_lastBeatMs = steadyNowMs();
    --m_holds;
}

void PictureWatchdog::beat()
{
    const qint64 now = steadyNowMs();
    if (m_holds > 0) {
        m_lastBeatMs = now;
        show(pipelineStallMs(now), now);
        return;
    }
    const qint64 late = std::max<qint64>(0, now - m_lastBeatMs.exchange(now) - kBeatMs);
    ++m_latencyBins[size_t(std::min<qint64>(late, qint64(m_latencyBins.size()) - 1))];
    m_latencyMaxMs = std::max(m_latencyMaxMs, late);

    const qint64 stalled = std::max(late + kBeatMs > kStallMs ? late + kBeatMs : 0, pipelineStallMs(now));
    show(stalled, now);
}

qint64 PictureWatchdog::stuckForMs(const Part &part, qint64 nowMs)
{
    const qint64 since = part.probe();
    return since > 0 && nowMs - since > kStallMs ? nowMs - since : 0;
}

qint64 PictureWatchdog::pipelineStallMs(qint64 nowMs)
{
    qint64 longest = 0;
    for (const Part &part : m_parts)
        longest = std::max(longest, stuckForMs(part, nowMs));
    return longest;
}

void PictureWatchdog::show(qint64 stalledMs, qint64 nowMs)
{
    if (stalledMs > 0) {
        m_stallEndedMs = nowMs;
        raise(true);
        // Whole seconds: the banner changes once a second, not at every beat.
        if (stalledMs / 1000 != m_shownMs / 1000 || m_shownMs == 0) {
            m_shownMs = stalledMs;
            emit stallChanged(m_shownMs);
        }
        return;
    }
    raise(false);
    if (m_shownMs > 0 && nowMs - m_stallEndedMs > kShowAfterMs) {
        m_shownMs = 0;
        emit stallChanged(0);
    }
}

void PictureWatchdog::raise(bool stalled)
{
    if (!m_alerts || stalled == m_alertRaised)
        return;
    m_alertRaised = stalled;
    AlertUpdate update;
    update.alertId = kAlertId;
    update.kind = AlertKind::PictureStalled;
    update.severity = Severity::Critical;
    update.state = stalled ? AlertState::ActiveUnacknowledged : AlertState::Cleared;
    if (stalled)
        m_raisedUtcUs = m_alerts->now();
    update.raisedUtcUs = m_raisedUtcUs;
    m_alerts->reportConsoleAlert({kAlertService, kAlertId}, update);
}

void PictureWatchdog::monitor()
{
    // Runs beside the GUI thread: when that one is stuck, this is the only voice left.
    std::unique_lock lock(m_mutex);
    bool guiLogged = false;
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stopping; })) {
        const qint64 now = steadyNowMs();
        const qint64 silent = m_holds > 0 ? 0 : now - m_lastBeatMs.load();
        if (silent > kStallMs && !guiLogged) {
            std::fprintf(stderr, "cop-console: picture stalled: the GUI thread has not run for %.1f s\n",
                         double(silent) / 1000.0);
            guiLogged = true;
        } else if (silent <= kStallMs) {
            guiLogged = false;
        }
        for (Part &part : m_parts) {
            const qint64 stuckMs = stuckForMs(part, now);
            if (stuckMs > 0 && !part.logged) {
                std::fprintf(stderr, "cop-console: picture stalled: %s has been working for %.1f s\n",
                             qPrintable(part.name), double(stuckMs) / 1000.0);
            }
            part.logged = stuckMs > 0;
        }
    }
}

PictureWatchdog::Latency PictureWatchdog::latency() const
{
    Latency result;
    for (qint64 count : m_latencyBins)
        result.samples += count;
    if (result.samples == 0)
        return result;
    const auto percentile = [this, &result](double share) {
        const qint64 rank = qint64(share * double(result.samples - 1));
        qint64 seen = 0;
        for (size_t bin = 0; bin < m_latencyBins.size(); ++bin) {
            seen += m_latencyBins[bin];
            if (seen > rank)
                return double(bin);
        }
        return double(m_latencyBins.size() - 1);
    };
    result.p50Ms = percentile(0.50);
    result.p99Ms = percentile(0.99);
    result.maxMs = double(m_latencyMaxMs);
    return result;
}

void PictureWatchdog::resetLatency()
{
    // From now: the caller's own work before this call is not the event loop's latency.
    m_lastBeatMs = steadyNowMs();
    m_latencyBins.fill(0);
    m_latencyMaxMs = 0;
}

} // namespace cop
