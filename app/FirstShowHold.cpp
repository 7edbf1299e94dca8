#include "FirstShowHold.h"

#include "alerts/PictureWatchdog.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace cop {

FirstShowHold::FirstShowHold(QWidget *window, PictureWatchdog *watchdog)
    : QObject(window)
    , m_watchdog(watchdog)
{
    m_watchdog->hold();
    // The first paint comes with the native window's first expose, after show() returns.
    window->windowHandle()->installEventFilter(this);
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, &FirstShowHold::release);
    m_limit.start(kLimitMs);
}

FirstShowHold::~FirstShowHold()
{
    if (m_held && m_watchdog)
        m_watchdog->release();
}

bool FirstShowHold::eventFilter(QObject *watched, QEvent *event)
{
    // Released once the expose has been handled: its painting is the first show's too.
    if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
        QMetaObject::invokeMethod(this, &FirstShowHold::release, Qt::QueuedConnection);
    return false;
}

void FirstShowHold::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_watchdog)
        m_watchdog->release();
    deleteLater();
}

} // namespace cop
