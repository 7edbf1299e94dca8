#pragma once

// An operator's hand on a map: real wheel and mouse events sent to the map's window, which hands
// them to its scene as a mouse would, so the map's own handlers (MapView.qml's
// WheelHandler and DragHandler) zoom and pan it. Spaced in time as a hand moves, with the event
// loop running between them, so that what each step costs the GUI thread shows as it would.

#include "MapWidget.h"
#include "RunFor.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QQuickWindow>
#include <QWheelEvent>

namespace MapGestures {

// A wheel notch as most mice report it (15 degrees).
constexpr int kNotch = 120;
// Between the notches of a spin, and between the moves of a drag (a 60 Hz mouse).
constexpr int kNotchGapMs = 40;
constexpr int kMoveGapMs = 16;

// One wheel notch over the middle of the map, away from the operator (zoom in) when `in`.
inline void wheelNotch(cop::MapWidget *map, bool in)
{
    QQuickWindow *window = map->quickWindow();
    const QPointF at = QRectF(QPointF(), window->size()).center();
    QWheelEvent event(at, window->mapToGlobal(at), QPoint(), QPoint(0, in ? kNotch : -kNotch), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(window, &event);
}

// A left-button drag from the middle of the map by `by` pixels in `steps` moves.
inline void drag(cop::MapWidget *map, QPoint by, int steps = 20)
{
    QQuickWindow *window = map->quickWindow();
    const QPointF from = QRectF(QPointF(), window->size()).center();
    auto send = [window](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, window->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= steps; ++step) {
        runFor(kMoveGapMs);
        send(QEvent::MouseMove, from + QPointF(by) * step / steps, Qt::NoButton, Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, from + QPointF(by), Qt::LeftButton, Qt::NoButton);
}

} // namespace MapGestures
