#pragma once

// What reaches the screen of a map in a QQuickWidget: the frames its scene renders, the frames
// its window composes onto the screen, and when each new raster of its TrackOverlay is first
// shown. A QQuickWidget renders on the GUI thread into a texture; the window's next flush puts
// that on screen, so a raster is shown when the first flush after the render that uploaded it
// has returned.

#include "TrackOverlay.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQuickWidget>
#include <QQuickWindow>

#include <chrono>
#include <functional>

class ShownFrames : public QObject
{
public:
    // shown(serial, wall clock µs) for each raster when first shown.
    ShownFrames(QQuickWidget *map, cop::TrackOverlay *overlay, std::function<void(quint64, qint64)> shown = {})
        : m_window(map->window()), m_overlay(overlay), m_shown(std::move(shown))
    {
        connect(map->quickWindow(), &QQuickWindow::afterRendering, this, [this] {
            ++m_rendered;
            m_renderedRaster = m_overlay->rasterOnScreen();
        }, Qt::DirectConnection);
        qApp->installEventFilter(this);
    }

    int rendered() const { return m_rendered; }
    int flushed() const { return m_flushed; }
    void reset() { m_rendered = m_flushed = 0; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window || event->type() != QEvent::UpdateRequest || m_inside)
            return false;
        // Handled here to see when the flush has returned.
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        ++m_flushed;
        if (m_renderedRaster != m_shownRaster) {
            m_shownRaster = m_renderedRaster;
            if (m_shown) {
                using namespace std::chrono;
                m_shown(m_shownRaster, duration_cast<microseconds>(system_clock::now().time_since_epoch()).count());
            }
        }
        return true;
    }

private:
    QObject *m_window;
    cop::TrackOverlay *m_overlay;
    std::function<void(quint64, qint64)> m_shown;
    int m_rendered = 0;
    int m_flushed = 0;
    quint64 m_renderedRaster = 0;
    quint64 m_shownRaster = 0;
    bool m_inside = false;
};
