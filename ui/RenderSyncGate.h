#pragma once

#include <QObject>

#include <atomic>

class QQuickWindow;

namespace cop {

// Keeps the GUI thread from waiting for a frame that is still being drawn. Qt's threaded render
// loop answers a window's update request by blocking the GUI thread until the render thread has
// synchronised the scene, and the render thread only takes the request once the frame it is
// drawing is done: under llvmpipe on a loaded 2-core host that is 20-60 ms, in the middle of a
// pan, a zoom or a wheel turn. An update request that comes while a frame is in flight is held
// and asked for again when the frame ends; the next sync then takes every change made
// meanwhile.
class RenderSyncGate : public QObject
{
public:
    // Installed on `window` for as long as both live.
    explicit RenderSyncGate(QQuickWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askAgain(); // GUI thread

    QQuickWindow *m_window;
    std::atomic<bool> m_frameInFlight{false};
    std::atomic<bool> m_held{false};
};

} // namespace cop
