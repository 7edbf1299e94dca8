#pragma once

#include "picture/Picture.h"

#include <QQuickWidget>

#include <optional>

namespace cop {

class BasemapSource;
class ConsoleSession;
class TrackOverlay;

// The map of a console session (ui/MapView.qml) in a widget, with the banner that says when the
// picture is incomplete or stalled. The main window's centre and the map window each show one:
// both draw the session's one picture, each at its own centre and zoom.
class MapWidget : public QQuickWidget
{
    Q_OBJECT

public:
    // The basemap must be prepared (not BasemapSource::State::Preparing).
    MapWidget(ConsoleSession *session, BasemapSource *basemap, bool fusedView, QWidget *parent = nullptr);

    // Null if MapView.qml failed to load (reported on the log).
    TrackOverlay *overlay() const { return m_overlay; }
    // The track picked on this map, in the keys of TrackTableModel.
    std::optional<ServiceKey> selectedTrack() const;

    void setFusedView(bool fused);
    void centerOn(double latDeg, double lonDeg);
    void setZoomLevel(double zoomLevel);
    void goHome();

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    TrackOverlay *m_overlay = nullptr;
};

} // namespace cop
