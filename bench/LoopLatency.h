#pragma once

// The GUI event loop's worst lateness at a finer grain than the watchdog's 50 ms beat: a 5 ms
// precise timer on the calling thread, late by as long as the loop was busy. The watchdog's
// beat can hide up to 50 ms of a stall; an operator's 50 ms budget needs a finer probe.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

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
            m_worstNs = std::max(m_worstNs, now - m_lastNs - qint64(kPeriodMs) * 1'000'000);
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start();
    }

    // From now: also the time the caller has spent before this call is not counted.
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_worstNs = 0;
    }

    // The longest the loop was late since the last reset, including a turn running right now.
    double worstMs() const
    {
        const qint64 running = m_clock.nsecsElapsed() - m_lastNs - qint64(kPeriodMs) * 1'000'000;
        return double(std::max(m_worstNs, running)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};
