#include "RenderSyncGate.h"

#include <QEvent>
#include <QQuickWindow>

namespace cop {

RenderSyncGate::RenderSyncGate(QQuickWindow *window) : QObject(window), m_window(window)
{
    // On the render thread. Qt emits the two in pairs, around every frame it renders for the
    // window (failed ones too), and neither for a grab, which holds the GUI thread anyway.
    connect(window, &QQuickWindow::beforeFrameBegin, this, [this] { m_frameInFlight.store(true); },
            Qt::DirectConnection);
    connect(window, &QQuickWindow::afterFrameEnd, this, [this] {
        m_frameInFlight.store(false);
        if (m_held.load())
            QMetaObject::invokeMethod(this, &RenderSyncGate::askAgain, Qt::QueuedConnection);
    }, Qt::DirectConnection);
    window->installEventFilter(this);
}

bool RenderSyncGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::UpdateRequest)
        return false;
    // Held first, then the frame looked at: a frame that ends between the two either sees the
    // request held and has it asked for again, or is seen ended here and the request goes on.
    m_held.store(true);
    if (m_frameInFlight.load())
        return true;
    m_held.store(false);
    return false;
}

void RenderSyncGate::askAgain()
{
    if (m_held.exchange(false))
        m_window->requestUpdate();
}

} // namespace cop
