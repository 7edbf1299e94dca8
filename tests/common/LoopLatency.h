#pragma once

// The GUI event loop's worst lateness at a finer grain than the watchdog's 50 ms beat: a 5 ms
// precise timer on the calling thread, late by as long as the loop was busy. The watchdog's
// beat can hide up to 50 ms of a stall; an operator's 50 ms budget needs a finer probe.
// Also the most CPU the thread spent between two ticks: on a machine shared with other work a
// tick can be late because the thread was not scheduled, and the CPU time tells the console's
// own work apart from that (waits for render threads and locks are not in it).

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <ctime>

class LoopLatency
{
public:
    static constexpr int kPeriodMs = 5;
    // The target: no stall an operator would feel, over 50 ms.
    static constexpr double kBudgetMs = 50.0;

    LoopLatency()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kPeriodMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_worstNs = std::max(m_worstNs, now - m_lastNs - qint64(kPeriodMs) * 1'000'000);
            m_worstBusyNs = std::max(m_worstBusyNs, cpu - m_lastCpuNs);
            m_lastNs = now;
            m_lastCpuNs = cpu;
        });
        m_clock.start();
        reset();
        m_timer.start();
    }

    // From now: also the time the caller has spent before this call is not counted.
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_lastCpuNs = threadCpuNs();
        m_worstNs = m_worstBusyNs = 0;
    }

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

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_worstNs = 0;
    qint64 m_worstBusyNs = 0;
};
