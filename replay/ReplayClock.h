#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cop {

// The replay's time: runs from a start to an end at a chosen speed while playing, and ticks at
// the console's 20 Hz batch rate, so that a replay at 1x updates the views as live did.
class ReplayClock : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 64.0;

    explicit ReplayClock(QObject *parent = nullptr);

    void setRange(qint64 startUtcUs, qint64 endUtcUs);
    qint64 startUtcUs() const { return m_start; }
    qint64 endUtcUs() const { return m_end; }
    qint64 positionUtcUs() const { return m_position; }
    double speed() const { return m_speed; }
    bool isPlaying() const { return m_timer.isActive(); }

    void play();
    void pause();
    void setSpeed(double speed); // clamped to [kMinSpeed, kMaxSpeed]
    void setPosition(qint64 utcUs);

signals:
    void positionChanged(qint64 utcUs);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void tick();

    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_position = 0;
    double m_speed = 1.0;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
};

} // namespace cop
