#include "ReplayClock.h"

#include <algorithm>

namespace cop {

ReplayClock::ReplayClock(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(50);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayClock::tick);
}

void ReplayClock::setRange(qint64 startUtcUs, qint64 endUtcUs)
{
    m_start = startUtcUs;
    m_end = std::max(startUtcUs, endUtcUs);
    setPosition(m_start);
}

void ReplayClock::play()
{
    if (isPlaying())
        return;
    if (m_position >= m_end)
        setPosition(m_start);
    m_sinceTick.start();
    m_timer.start();
    emit playingChanged(true);
}

void ReplayClock::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void ReplayClock::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(speed);
}

void ReplayClock::setPosition(qint64 utcUs)
{
    m_position = std::clamp(utcUs, m_start, m_end);
    emit positionChanged(m_position);
}

void ReplayClock::tick()
{
    // Measured, not assumed: a late tick must not slow the replay down.
    const qint64 elapsedUs = m_sinceTick.nsecsElapsed() / 1000;
    m_sinceTick.start();
    setPosition(m_position + qint64(double(elapsedUs) * m_speed));
    if (m_position >= m_end)
        pause();
}

} // namespace cop
