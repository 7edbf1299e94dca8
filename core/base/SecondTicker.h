#pragma once

#include <QObject>
#include <QTimer>

namespace cop {

// One tick just after each whole second of the wall clock, for everything that shows seconds
// (the clock, track ages, countdowns). Each view with a timer of its own would change at its
// own moment within the second, and each change is a frame of the whole window: on one tick
// they all change in the same turn of the event loop, so a console at rest shows one frame a
// second instead of one per view.
class SecondTicker : public QObject
{
    Q_OBJECT

public:
    // The application's ticker (made with the application object, which owns it); GUI thread.
    static SecondTicker *instance();

signals:
    void tick();

private:
    explicit SecondTicker(QObject *parent);
    void arm();

    QTimer m_timer;
};

} // namespace cop
