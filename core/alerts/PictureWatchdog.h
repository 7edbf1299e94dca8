#pragma once

#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace cop {

class AlertBook;

// Whether the picture is alive: the GUI event loop turning, and the picture pipeline's work in
// flight finishing (docs/architecture.md, "Liveness"). Either stuck past kStallMs is a stall:
// logged at once on stderr from a thread of its own (a stuck GUI thread cannot draw), reported
// by stallChanged() for the banner, and raised as the console's critical "Picture stalled"
// alert, which returns to normal when both run again. Also measures the event loop's latency.
class PictureWatchdog : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kStallMs = 1'000;
    static constexpr int kBeatMs = 50;
    // A stall as short as a second is still shown this long, so that an operator sees it.
    static constexpr qint64 kShowAfterMs = 5'000;
    static inline const QString kAlertService = QStringLiteral("console");
    static inline const QString kAlertId = QStringLiteral("picture.stalled");

    // When the work in flight started (steadyNowMs()), 0 while idle. Called from the
    // watchdog's own thread as well as the GUI thread: it must be thread-safe.
    using Probe = std::function<qint64()>;

    explicit PictureWatchdog(AlertBook *alerts = nullptr, QObject *parent = nullptr);
    ~PictureWatchdog() override;

    // Watches a part of the pipeline too; before start().
    void watch(const QString &name, Probe probe);
    // Arms the watchdog once the event loop runs.
    void start();
    // While held, the GUI event loop's lateness is neither a stall nor latency: a window's first
    // show (its scene graph, shaders and first frames made on the GUI thread, a second and more
    // on a loaded machine) is the console starting, and an alarm for it would say nothing an
    // operator can act on. The pipeline is still watched. Holds nest; a release restarts the
    // GUI heartbeat.
    void hold();
    void release();

    struct Latency
    {
        double p50Ms = 0.0;
        double p99Ms = 0.0;
        double maxMs = 0.0;
        qint64 samples = 0;
    };
    // How late the event loop ran its timer, since start() or the last reset (on the GUI thread).
    Latency latency() const;
    void resetLatency();

    // How long the picture has been (or, for kShowAfterMs after the end, was) stalled; 0 if not.
    qint64 stalledMs() const { return m_shownMs; }

signals:
    void stallChanged(qint64 stalledMs);

private:
    struct Part
    {
        QString name;
        Probe probe;
        bool logged = false;
    };

    void beat();
    void monitor();
    // How long a part's work in flight has been running past kStallMs, or 0.
    static qint64 stuckForMs(const Part &part, qint64 nowMs);
    qint64 pipelineStallMs(qint64 nowMs);
    void show(qint64 stalledMs, qint64 nowMs);
    void raise(bool stalled);

    AlertBook *const m_alerts;
    std::vector<Part> m_parts;
    QTimer m_beat;
    std::atomic<qint64> m_lastBeatMs{0};
    std::atomic<int> m_holds{0};
    std::array<qint64, 1'001> m_latencyBins{}; // 1 ms each; the last one holds everything later
    qint64 m_latencyMaxMs = 0;
    qint64 m_shownMs = 0;
    qint64 m_stallEndedMs = 0;
    bool m_alertRaised = false;
    qint64 m_raisedUtcUs = 0;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_monitor;
};

} // namespace cop
