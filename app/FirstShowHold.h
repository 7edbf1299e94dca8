#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace cop {

class PictureWatchdog;

// Holds the watchdog (PictureWatchdog::hold) from a window's first show until it has been
// exposed and painted once, or kLimitMs at most: a window that never reaches the screen must
// not switch the watchdog off. Made on the first show; deletes itself when released.
class FirstShowHold : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLimitMs = 10'000;

    FirstShowHold(QWidget *window, PictureWatchdog *watchdog);
    ~FirstShowHold() override;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void release();

    QPointer<PictureWatchdog> m_watchdog;
    QTimer m_limit;
    bool m_held = true;
};

} // namespace cop
