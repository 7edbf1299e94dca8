#pragma once

// The GUI event loop's worst lateness at a finer grain than the watchdog's 50 ms beat: a 5 ms
// precise timer on the calling thread, late by as long as the loop was busy. The watchdog's
// beat can hide up to 50 ms of a stall; an operator's 50 ms budget needs a finer probe.
// Also the most CPU the thread spent between two ticks: on a machine shared with other work a
// tick can be late because the thread was not scheduled, and the CPU time tells the console's
// own work apart from that (waits for render threads and locks are not in it). And, of the
// worst turn, how long the thread waited for a core (the kernel's run-queue time, Linux only):
// what is left of its lateness is the thread blocked (on the render thread, a lock, I/O).

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

class LoopLatency
{
public:
    static constexpr int kPeriodMs = 5;
    // The target: no stall an operator would feel, over 50 ms.
    static constexpr double kBudgetMs = 50.0;

    LoopLatency()
        : m_schedstat(open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kPeriodMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const qint64 waited = runQueueNs();
            const qint64 late = now - m_lastNs - qint64(kPeriodMs) * 1'000'000;
            if (late > m_worstNs) {
                m_worstNs = late;
                const double cpuMs = double(cpu - m_lastCpuNs) / 1e6, runQueueMs = double(waited - m_lastRunQueueNs) / 1e6;
                m_worstTurn = {cpuMs, runQueueMs, std::max(0.0, double(now - m_lastNs) / 1e6 - cpuMs - runQueueMs)};
            }
            m_worstBusyNs = std::max(m_worstBusyNs, cpu - m_lastCpuNs);
            m_lastNs = now;
            m_lastCpuNs = cpu;
            m_lastRunQueueNs = waited;
        });
        m_clock.start();
        reset();
        m_timer.start();
    }

    ~LoopLatency()
    {
        if (m_schedstat >= 0)
            close(m_schedstat);
    }
    LoopLatency(const LoopLatency &) = delete;
    LoopLatency &operator=(const LoopLatency &) = delete;

    // From now: also the time the caller has spent before this call is not counted.
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_lastCpuNs = threadCpuNs();
        m_lastRunQueueNs = runQueueNs();
        m_worstNs = m_worstBusyNs = 0;
        m_worstTurn = {};
    }

    // The worst turn since the last reset (of those finished): the CPU the thread spent in it,
    // how long it waited for a core (0 where the kernel does not say), and the rest of it, where
    // the thread was blocked.
    struct Turn
    {
        double cpuMs = 0.0;
        double runQueueMs = 0.0;
        double blockedMs = 0.0;
    };
    Turn worstTurn() const { return m_worstTurn; }

    // The longest the loop was late since the last reset, including a turn running right now.
    double worstMs() const
    {
        const qint64 running = m_clock.nsecsElapsed() - m_lastNs - qint64(kPeriodMs) * 1'000'000;
        return double(std::max(m_worstNs, running)) / 1e6;
    }

    // The most CPU the thread spent between two ticks since the last reset, with a turn running
    // right now.
    double worstBusyMs() const { return double(std::max(m_worstBusyNs, threadCpuNs() - m_lastCpuNs)) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    // The thread's time on a run queue, waiting for a core: /proc's schedstat, "running waiting
    // timeslices" in nanoseconds. Kept open, read anew every tick: opening it each time cost the
    // probe a tenth of the GUI thread's CPU.
    qint64 runQueueNs() const
    {
        char text[96];
        const ssize_t read = m_schedstat >= 0 ? pread(m_schedstat, text, sizeof text - 1, 0) : -1;
        if (read <= 0)
            return 0;
        text[read] = '\0';
        long long running = 0, waiting = 0;
        return std::sscanf(text, "%lld %lld", &running, &waiting) == 2 ? waiting : 0;
    }

    // The constructing thread's: the probe runs on it.
    const int m_schedstat;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_lastRunQueueNs = 0;
    Turn m_worstTurn;
    qint64 m_worstNs = 0;
    qint64 m_worstBusyNs = 0;
};
