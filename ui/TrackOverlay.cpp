#include "TrackOverlay.h"

#include "FusedPicture.h"
#include "Picture.h"
#include "RegionIndex.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGTextNode>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>
#include <QTextLayout>

namespace cop {

namespace {

constexpr double kPickRadiusPx = 8.0;
// Vertices per geometry node: the renderer indexes vertices with 16 bits (a multiple of 3, so
// triangles are never split between nodes).
constexpr size_t kMaxNodeVertices = 65535;

QSGGeometryNode *createShapesNode()
{
    auto *node = new QSGGeometryNode;
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    // Hint that the buffer survives frames where only the transform moves.
    geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(new QSGVertexColorMaterial);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

} // namespace

TrackOverlay::TrackOverlay(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_labelFont.setPixelSize(12);
    m_scene.setLabelFont(m_labelFont);
    // The language decides the CJK face (Korean or Japanese glyph forms): the labels follow
    // the application font's families when the operator switches language.
    qGuiApp->installEventFilter(this);
    m_scene.setRegions(&basemap::RegionIndex::builtIn());
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        m_labelsChanged = true;
        markDataChanged();
    });
    m_ageTimer.start();
    for (QTimer *settle : {&m_zoomSettle, &m_panSettle}) {
        settle->setSingleShot(true);
        settle->setInterval(200);
    }
    connect(&m_zoomSettle, &QTimer::timeout, this, [this] {
        m_frameChanged = true;
        update();
    });
    connect(&m_panSettle, &QTimer::timeout, this, [this] {
        m_labelsChanged = true;
        update();
    });
}

bool TrackOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange) {
        QFont labels = m_labelFont;
        labels.setFamilies(QGuiApplication::font().families());
        setLabelFont(labels);
    }
    return QQuickItem::eventFilter(watched, event);
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
        connect(m_picture, &Picture::changed, this, &TrackOverlay::markDataChanged);
    emit pictureChanged();
    markDataChanged();
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
        connect(m_fusion, &FusedPicture::changed, this, &TrackOverlay::markDataChanged);
    emit fusionChanged();
    showFusion();
}

void TrackOverlay::setFusedView(bool on)
{
    if (on == m_fusedView)
        return;
    m_fusedView = on;
    emit fusedViewChanged();
    showFusion();
}

void TrackOverlay::showFusion()
{
    m_scene.setFusion(m_fusedView ? m_fusion.data() : nullptr);
    // The selection's key names a fused or a service track: it means nothing in the other view.
    if (m_selected) {
        m_selected.reset();
        m_scene.setSelectedTrack(m_selected);
        emit selectionChanged();
    }
    m_labelsChanged = true;
    markDataChanged();
}

void TrackOverlay::markDataChanged()
{
    m_dataChanged = true;
    update();
}

void TrackOverlay::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    emit centerChanged();
    m_panSettle.start();
    update();
}

void TrackOverlay::setZoomLevel(qreal zoomLevel)
{
    if (qFuzzyCompare(zoomLevel, m_zoomLevel))
        return;
    m_zoomLevel = zoomLevel;
    emit zoomLevelChanged();
    m_zoomSettle.start();
    update();
}

void TrackOverlay::setLabelFont(const QFont &font)
{
    if (font == m_labelFont)
        return;
    m_labelFont = font;
    m_scene.setLabelFont(font);
    emit labelFontChanged();
    m_frameChanged = true;
    update();
}

void TrackOverlay::setGraticuleVisible(bool visible)
{
    if (visible == m_graticuleVisible)
        return;
    m_graticuleVisible = visible;
    m_scene.setGraticuleVisible(visible);
    emit graticuleVisibleChanged();
    markDataChanged();
}

MapViewport TrackOverlay::viewport() const
{
    return MapViewport(m_center.latitude(), m_center.longitude(), m_zoomLevel, size());
}

QPointF TrackOverlay::project(const QGeoCoordinate &coordinate) const
{
    return viewport().project(coordinate.latitude(), coordinate.longitude());
}

bool TrackOverlay::selectAt(QPointF point)
{
    // The picker works in the frame the geometry was built in, which may be a zoom behind.
    const QTransform toFrame = m_scene.viewTransform(viewport()).inverted();
    const double radius = kPickRadiusPx * std::abs(toFrame.m11());
    const std::optional<ServiceKey> picked = m_scene.trackNear(toFrame.map(point), radius);
    if (picked != m_selected) {
        m_selected = picked;
        m_scene.setSelectedTrack(picked);
        emit selectionChanged();
        m_labelsChanged = true;
        markDataChanged();
    }
    return picked.has_value();
}

QSGNode *TrackOverlay::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        root->appendChildNode(new QSGNode);        // shapes, in as many nodes as they need
        root->appendChildNode(createShapesNode()); // label backgrounds, under the text
        m_frameChanged = true;
    }
    QSGNode *shapes = root->firstChild();
    auto *backgrounds = static_cast<QSGGeometryNode *>(shapes->nextSibling());

    const MapViewport view = viewport();
    // The picture's clock: the wall clock live, the replay clock in a debrief.
    const qint64 now = m_picture ? m_picture->nowUtcUs() : QDateTime::currentMSecsSinceEpoch() * 1000;
    bool shapesChanged = false;
    if (m_frameChanged || m_scene.frameZoom() < 0) {
        m_scene.setFrame(view);
        m_frameChanged = false;
        m_dataChanged = m_labelsChanged = shapesChanged = true;
    }
    if (m_dataChanged && m_picture) {
        shapesChanged = m_scene.update(*m_picture, now) || shapesChanged;
        m_dataChanged = false;
    }
    if (shapesChanged)
        fillShapeNodes(shapes);
    const QTransform transform = m_scene.viewTransform(view);
    if (m_labelsChanged) {
        m_scene.layoutLabels(transform.inverted().mapRect(QRectF(QPointF(0, 0), size())), now);
        m_scene.labelBackgrounds().fill(backgrounds->geometry());
        backgrounds->markDirty(QSGNode::DirtyGeometry);
        updateTextNodes(root);
        m_labelsChanged = false;
    }
    root->setMatrix(QMatrix4x4(transform));
    return root;
}

void TrackOverlay::fillShapeNodes(QSGNode *container)
{
    const std::vector<const TriangleBatch *> batches = m_scene.shapes();
    size_t remaining = 0;
    for (const TriangleBatch *batch : batches)
        remaining += batch->vertexCount();
    const int nodes = int((remaining + kMaxNodeVertices - 1) / kMaxNodeVertices);
    while (container->childCount() < nodes)
        container->appendChildNode(createShapesNode());
    while (container->childCount() > nodes) {
        QSGNode *last = container->lastChild();
        container->removeChildNode(last);
        delete last;
    }
    size_t batchIndex = 0, offset = 0;
    for (QSGNode *child = container->firstChild(); child; child = child->nextSibling()) {
        auto *node = static_cast<QSGGeometryNode *>(child);
        const size_t count = std::min(kMaxNodeVertices, remaining);
        node->geometry()->allocate(int(count));
        auto *out = node->geometry()->vertexDataAsColoredPoint2D();
        for (size_t filled = 0; filled < count;) {
            const TriangleBatch *batch = batches[batchIndex];
            const size_t take = std::min(batch->vertexCount() - offset, count - filled);
            out = batch->copyTo(out, offset, take);
            filled += take;
            offset += take;
            if (offset == batch->vertexCount()) {
                ++batchIndex;
                offset = 0;
            }
        }
        node->geometry()->markVertexDataDirty();
        node->markDirty(QSGNode::DirtyGeometry);
        remaining -= count;
    }
}

void TrackOverlay::updateTextNodes(QSGNode *parent)
{
    // Reuse text nodes, one per label, and drop the surplus.
    QSGNode *textNode = parent->firstChild()->nextSibling()->nextSibling();
    for (const OverlayLabel &label : m_scene.labels()) {
        auto *text = static_cast<QSGTextNode *>(textNode);
        if (!text) {
            text = window()->createTextNode();
            parent->appendChildNode(text);
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
        parent->removeChildNode(textNode);
        delete textNode;
        textNode = next;
    }
}

} // namespace cop
