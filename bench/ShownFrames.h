#pragma once

// What reaches the screen of a map (a QQuickView in MapWidget): the frames its scene renders
// and swaps on its render thread, when each new raster of its TrackOverlay is first shown (the
// swap of the first frame whose sync took it), and, apart from the map, the frames the widgets
// of its top-level window flush.

#include "MapWidget.h"
#include "TrackOverlay.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQuickWindow>

#include <atomic>
#include <chrono>
#include <functional>

class ShownFrames : public QObject
{
public:
    // shown(serial, wall clock µs) on the GUI thread for each raster when first shown.
    ShownFrames(cop::MapWidget *map, cop::TrackOverlay *overlay, std::function<void(quint64, qint64)> shown = {})
        : m_window(map->window()), m_overlay(overlay), m_shown(std::move(shown))
    {
        // On the render thread: a frame's sync, which takes a new raster, comes before its swap,
        // and the next sync after it.
        connect(map->quickWindow(), &QQuickWindow::frameSwapped, this, [this] {
            m_rendered.fetch_add(1, std::memory_order_relaxed);
            const quint64 raster = m_overlay->rasterOnScreen();
            if (raster == m_shownRaster)
                return;
            m_shownRaster = raster;
            using namespace std::chrono;
            const qint64 now = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
            QMetaObject::invokeMethod(this, [this, raster, now] {
                if (m_shown)
                    m_shown(raster, now);
            }, Qt::QueuedConnection);
        }, Qt::DirectConnection);
        qApp->installEventFilter(this);
    }

    int rendered() const { return m_rendered.load(std::memory_order_relaxed); }
    int flushed() const { return m_flushed; }
    void reset()
    {
        m_rendered.store(0, std::memory_order_relaxed);
        m_flushed = 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::UpdateRequest)
            ++m_flushed;
        return false;
    }

private:
    QObject *m_window;
    cop::TrackOverlay *m_overlay;
    std::function<void(quint64, qint64)> m_shown;
    std::atomic<int> m_rendered{0};
    int m_flushed = 0;
    quint64 m_shownRaster = 0; // render thread only
};
