#include "TrackOverlay.h"

#include "FusedPicture.h"
#include "Picture.h"

#include <QDateTime>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGTextNode>
#include <QSGVertexColorMaterial>
#include <QTextLayout>

namespace cop {

TrackOverlay::TrackOverlay(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_labelFont.setPixelSize(12);
    m_scene.setLabelFont(m_labelFont);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &QQuickItem::update);
    m_ageTimer.start();
}

QObject *TrackOverlay::picture() const
{
    return m_picture;
}

void TrackOverlay::setPicture(QObject *picture)
{
    auto *typed = qobject_cast<Picture *>(picture);
    if (typed == m_picture)
        return;
    if (m_picture)
        disconnect(m_picture, nullptr, this, nullptr);
    m_picture = typed;
    if (m_picture)
        connect(m_picture, &Picture::changed, this, &QQuickItem::update);
    emit pictureChanged();
    update();
}

QObject *TrackOverlay::fusion() const
{
    return m_fusion;
}

void TrackOverlay::setFusion(QObject *fusion)
{
    auto *typed = qobject_cast<FusedPicture *>(fusion);
    if (typed == m_fusion)
        return;
    if (m_fusion)
        disconnect(m_fusion, nullptr, this, nullptr);
    m_fusion = typed;
    if (m_fusion)
        connect(m_fusion, &FusedPicture::changed, this, &QQuickItem::update);
    emit fusionChanged();
    update();
}

void TrackOverlay::setFusedView(bool on)
{
    if (on == m_fusedView)
        return;
    m_fusedView = on;
    emit fusedViewChanged();
    update();
}

void TrackOverlay::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    emit centerChanged();
    update();
}

void TrackOverlay::setZoomLevel(qreal zoomLevel)
{
    if (qFuzzyCompare(zoomLevel, m_zoomLevel))
        return;
    m_zoomLevel = zoomLevel;
    emit zoomLevelChanged();
    update();
}

void TrackOverlay::setLabelFont(const QFont &font)
{
    if (font == m_labelFont)
        return;
    m_labelFont = font;
    m_scene.setLabelFont(font);
    emit labelFontChanged();
    update();
}

MapViewport TrackOverlay::viewport() const
{
    return MapViewport(m_center.latitude(), m_center.longitude(), m_zoomLevel, size());
}

QPointF TrackOverlay::project(const QGeoCoordinate &coordinate) const
{
    return viewport().project(coordinate.latitude(), coordinate.longitude());
}

QSGNode *TrackOverlay::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *root = oldNode;
    QSGGeometryNode *shapes = nullptr;
    if (!root) {
        root = new QSGNode;
        shapes = new QSGGeometryNode;
        auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        shapes->setGeometry(geometry);
        shapes->setFlag(QSGNode::OwnsGeometry);
        shapes->setMaterial(new QSGVertexColorMaterial);
        shapes->setFlag(QSGNode::OwnsMaterial);
        root->appendChildNode(shapes);
    } else {
        shapes = static_cast<QSGGeometryNode *>(root->firstChild());
    }

    if (m_picture) {
        m_scene.setFusion(m_fusedView ? m_fusion.data() : nullptr);
        m_scene.build(*m_picture, viewport(), size(), m_picture->nowUtcUs());
    }
    m_scene.triangles().fill(shapes->geometry());
    shapes->markDirty(QSGNode::DirtyGeometry);

    // Labels: reuse text nodes, one per label, and drop the surplus.
    const auto &labels = m_scene.labels();
    QSGNode *textNode = shapes->nextSibling();
    for (const OverlayLabel &label : labels) {
        auto *text = static_cast<QSGTextNode *>(textNode);
        if (!text) {
            text = window()->createTextNode();
            root->appendChildNode(text);
        }
        text->clear();
        QTextLayout layout(label.text, m_labelFont);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        text->setColor(label.color);
        text->addTextLayout(label.position, &layout);
        textNode = text->nextSibling();
    }
    while (textNode) {
        QSGNode *next = textNode->nextSibling();
        root->removeChildNode(textNode);
        delete textNode;
        textNode = next;
    }
    return root;
}

} // namespace cop
