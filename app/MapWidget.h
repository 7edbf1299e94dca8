#pragma once

#include "picture/Picture.h"

#include <QWidget>

#include <optional>

class QQuickItem;
class QQuickView;
class QQuickWindow;

namespace cop {

class BasemapSource;
class ConsoleSession;
class NoDataBanner;
class TrackOverlay;

// The map of a console session (ui/MapView.qml) in a widget, with the banner that says when the
// picture is incomplete or stalled. The main window's centre and the map window each show one:
// both draw the session's one picture, each at its own centre and zoom.
//
// The map is a QQuickView in a window container, not a QQuickWidget: a QQuickWidget renders on
// the GUI thread, so every frame of a zoom or pan and every repaint after a language switch cost
// the GUI thread a render by llvmpipe, and every widget repaint of the window went through the GL
// compositor. The view renders on its own thread, and a change made while it draws a frame waits
// for that frame without the GUI thread (RenderSyncGate); the widgets around it paint as plain
// widgets.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    // The basemap must be prepared (not BasemapSource::State::Preparing).
    MapWidget(ConsoleSession *session, BasemapSource *basemap, bool fusedView, QWidget *parent = nullptr);

    // Null if MapView.qml failed to load (reported on the log).
    TrackOverlay *overlay() const { return m_overlay; }
    QQuickItem *rootObject() const;
    // Where the map renders, and where its mouse and wheel events go.
    QQuickWindow *quickWindow() const;
    // The track picked on this map, in the keys of TrackTableModel.
    std::optional<ServiceKey> selectedTrack() const;

    void setFusedView(bool fused);
    void centerOn(double latDeg, double lonDeg);
    void setZoomLevel(double zoomLevel);
    void goHome();

    // What the operator sees of this map, banner and all: its last frame. QWidget::grab() leaves
    // the map's native window blank.
    QImage grabMap() const;

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QQuickView *m_view;
    QWidget *m_container;
    TrackOverlay *m_overlay = nullptr;
    NoDataBanner *m_banner = nullptr;
};

// What the operator sees of `window`: its widgets with every map in it drawn in its place.
QImage grabWithMaps(QWidget *window);

} // namespace cop
