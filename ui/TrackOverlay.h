#pragma once

#include "base/WorkPause.h"
#include "OverlayBuilder.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>

#include <atomic>

namespace cop {

class FusedPicture;
class Picture;

// One scene-graph item draws every track, launch and prediction of the picture over the map
// (a QML item per track collapses at a few thousand). The scene is built and rasterised off the
// GUI thread (OverlayBuilder) from copies of the picture, and shown as one texture that follows
// pans and zooms through a transform: a frame costs the same with ten tracks or ten thousand,
// and the GUI thread's share does not grow with them.
class TrackOverlay : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *picture READ picture WRITE setPicture NOTIFY pictureChanged)
    // A FusedPicture; while fusedView is on, one symbol per fused track with nation badges.
    Q_PROPERTY(QObject *fusion READ fusion WRITE setFusion NOTIFY fusionChanged)
    Q_PROPERTY(bool fusedView READ fusedView WRITE setFusedView NOTIFY fusedViewChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY centerChanged)
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY zoomLevelChanged)
    Q_PROPERTY(QFont labelFont READ labelFont WRITE setLabelFont NOTIFY labelFontChanged)
    Q_PROPERTY(bool graticuleVisible READ graticuleVisible WRITE setGraticuleVisible NOTIFY graticuleVisibleChanged)
    Q_PROPERTY(QString selectedService READ selectedService NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedTrackId READ selectedTrackId NOTIFY selectionChanged)

public:
    explicit TrackOverlay(QQuickItem *parent = nullptr);

    QObject *picture() const;
    void setPicture(QObject *picture);
    QObject *fusion() const;
    void setFusion(QObject *fusion);
    bool fusedView() const { return m_fusedView; }
    void setFusedView(bool on);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    qreal zoomLevel() const { return m_zoomLevel; }
    void setZoomLevel(qreal zoomLevel);
    QFont labelFont() const { return m_labelFont; }
    void setLabelFont(const QFont &font);
    bool graticuleVisible() const { return m_graticuleVisible; }
    void setGraticuleVisible(bool visible);
    QString selectedService() const { return m_selected ? m_selected->service : QString(); }
    QString selectedTrackId() const { return m_selected ? m_selected->id : QString(); }

    // Where the overlay draws a point, for QML (hit tests, pop-ups) and tests.
    Q_INVOKABLE QPointF project(const QGeoCoordinate &coordinate) const;
    // Selects the track drawn nearest to point (item coordinates) within a few pixels, or none.
    Q_INVOKABLE bool selectAt(QPointF point);
    // Selects a track by its key (as the track table names it); an empty id selects none.
    Q_INVOKABLE void select(const QString &service, const QString &trackId);

    // The raster (rasterStarted's serial) whose pixels the last frame synchronised carries; 0
    // before the first. Safe from any thread: with the threaded render loop it is written
    // there. For measuring how long data takes to reach the screen (cop-bench-glass).
    quint64 rasterOnScreen() const { return m_rasterOnScreen.load(std::memory_order_relaxed); }

signals:
    void pictureChanged();
    void fusionChanged();
    void fusedViewChanged();
    void centerChanged();
    void zoomLevelChanged();
    void labelFontChanged();
    void graticuleVisibleChanged();
    void selectionChanged();
    // A new raster of the picture is ready to be shown; painting it took paintMs off the GUI thread.
    void rastered(double paintMs);
    // A build of the whole scene from the picture (or the fused picture) as it is now has started.
    void sceneUpdated();
    // The raster of that build, if it paints one, has this serial; serials count up from 1.
    void rasterStarted(quint64 serial);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

private:
    MapViewport viewport() const;
    qint64 now() const;
    bool drawsFusion() const;
    void markPictureChanged();
    void markFusionChanged();
    void markDataChanged();
    void setSelected(const std::optional<ServiceKey> &key);
    void showFusion();
    void markRasterWanted();
    void refresh();
    void takeBuild();

    QPointer<Picture> m_picture;
    QPointer<FusedPicture> m_fusion;
    bool m_fusedView = true;
    QGeoCoordinate m_center{0.0, 0.0};
    qreal m_zoomLevel = 0.0;
    QFont m_labelFont;
    bool m_graticuleVisible = false;
    std::optional<ServiceKey> m_selected;
    OverlayBuilder m_builder;
    // Of the last build: what a click picks from, in the frame it was built in.
    OverlayFrame m_builtFrame;
    std::shared_ptr<const TrackPicker> m_picker;
    // The raster on screen; a new one replaces the texture at the next sync.
    std::optional<OverlayRaster> m_raster;
    bool m_rasterChanged = false;
    quint64 m_buildsStarted = 0;
    quint64 m_rasterSerial = 0; // of m_raster: one build runs at a time, the last started
    std::atomic<quint64> m_rasterOnScreen{0};
    // What the next build is for. Each second (SecondTicker) tracks may grey and countdowns move
    // without new data: that is a data change whose build paints only if a label reads otherwise.
    bool m_dataChanged = true;
    // A fusion result not yet drawn. It skips the rest after a build: the fusion paces its
    // results by the builds it is told of (FusedPicture::viewBuilt), and a result waiting out
    // a build's rest would reach the screen a build later.
    bool m_fusionChanged = false;
    bool m_buildingFusionResult = false;
    qint64 m_lastBuildMs = 0; // steadyNowMs() when the last build started
    bool m_rasterWanted = true;
    bool m_frameChanged = true;
    // A zoom rebuilds the scene once the wheel or pinch has come to rest; until then the last
    // raster is scaled.
    QTimer m_zoomSettle;
    // Once a pan has come to rest the raster is made again around what is on screen.
    QTimer m_panSettle;
    // Starts a build in a turn of the event loop of its own, not in the window's polish: a
    // polish makes the map render a frame, and most of these change nothing on screen
    // until their raster is ready.
    QTimer m_refresh;
    // After a build, new data rests (each build paints the whole raster again); what the
    // operator does (a zoom, a pan, a selection) does not wait.
    WorkPause m_buildPause{[this] { refresh(); }};
};

} // namespace cop
