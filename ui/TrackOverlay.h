#pragma once

#include "OverlayScene.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>

namespace cop {

class FusedPicture;
class Picture;

// One scene-graph item draws every track, launch and prediction of the picture over the map
// (a QML item per track collapses at a few thousand). It follows the map's centre and zoom.
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

    // Where the overlay draws a point, for QML (hit tests, pop-ups) and tests.
    Q_INVOKABLE QPointF project(const QGeoCoordinate &coordinate) const;

signals:
    void pictureChanged();
    void fusionChanged();
    void fusedViewChanged();
    void centerChanged();
    void zoomLevelChanged();
    void labelFontChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

private:
    MapViewport viewport() const;

    QPointer<Picture> m_picture;
    QPointer<FusedPicture> m_fusion;
    bool m_fusedView = true;
    QGeoCoordinate m_center{0.0, 0.0};
    qreal m_zoomLevel = 0.0;
    QFont m_labelFont;
    OverlayScene m_scene;
    // Redraws once a second so track ages, greying and countdowns move without new data.
    QTimer m_ageTimer;
};

} // namespace cop
