#include "TrackOverlay.h"

#include "BasemapData.h"
#include "fusion/FusedPicture.h"
#include "picture/Picture.h"
#include "regions/RegionMap.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTransformNode>

namespace cop {

namespace {

// A click anywhere on a track's symbol picks it: its 2525 frame is about 25 px across.
constexpr double kPickRadiusPx = 14.0;
// An update looks at every track, so at tens of thousands of them it costs milliseconds: data
// arriving many times a second would keep the GUI thread busy updating. After each update the
// next waits this many times as long as it took, which keeps updates to a fifth of the thread.
constexpr qint64 kDataPauseFactor = 4;
// The raster reaches this fraction of the view beyond each edge, so a pan shows what was already
// painted while the next raster is made.
constexpr double kRasterMargin = 0.5;

// Geometry built per update on the GUI thread; what is left is built in the next turns of the
// event loop, so many new tracks at once or a zoom never hold the GUI thread for long.
constexpr std::chrono::milliseconds kBuildBudget{20};

} // namespace

TrackOverlay::TrackOverlay(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_labelFont.setPixelSize(12);
    m_scene.setLabelFont(m_labelFont);
    m_scene.setBuildBudget(kBuildBudget);
    // The language decides the CJK face (Korean or Japanese glyph forms): the labels follow
    // the application font's families when the operator switches language.
    qGuiApp->installEventFilter(this);
    m_scene.setRegions(&regions::RegionMap::builtIn());
    m_scene.setPlaces(&basemap::BasemapData::builtIn().places());
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        m_rasterWanted = true;
        markDataChanged();
    });
    m_ageTimer.start();
    for (QTimer *settle : {&m_zoomSettle, &m_panSettle}) {
        settle->setSingleShot(true);
        settle->setInterval(200);
    }
    connect(&m_zoomSettle, &QTimer::timeout, this, [this] {
        m_frameChanged = true;
        polish();
    });
    connect(&m_panSettle, &QTimer::timeout, this, &TrackOverlay::markRasterWanted);
    m_dataPause.setSingleShot(true);
    connect(&m_dataPause, &QTimer::timeout, this, [this] {
        if (m_dataChanged)
            polish();
    });
    connect(&m_rasterizer, &OverlayRasterizer::rasterReady, this, [this] {
        m_raster = m_rasterizer.takeRaster();
        m_rasterChanged = true;
        update();
        if (m_rasterWanted)
            polish();
        emit rastered(m_raster->paintMs);
    });
}

bool TrackOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange) {
        QFont labels = m_labelFont;
        labels.setFamilies(QGuiApplication::font().families());
        setLabelFont(labels);
    }
    // Labels and place names are worded when built: build them again in the new language.
    if (watched == qGuiApp && event->type() == QEvent::LanguageChange) {
        m_frameChanged = true;
        polish();
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
    setSelected(std::nullopt);
    markDataChanged();
}

void TrackOverlay::markDataChanged()
{
    m_dataChanged = true;
    polish();
}

void TrackOverlay::markRasterWanted()
{
    m_rasterWanted = true;
    polish();
}

void TrackOverlay::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    emit centerChanged();
    m_panSettle.start();
    // Painted again at once when the pan has gone past what the raster holds.
    if (m_raster) {
        if (!m_raster->area.contains(m_raster->frame.visibleArea(viewport())))
            markRasterWanted();
    }
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
    polish();
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

qint64 TrackOverlay::now() const
{
    // The picture's clock: the wall clock live, the replay clock in a debrief.
    return m_picture ? m_picture->nowUtcUs() : QDateTime::currentMSecsSinceEpoch() * 1000;
}

bool TrackOverlay::selectAt(QPointF point)
{
    // The picker works in the frame the geometry was built in, which may be a zoom behind.
    const QTransform toFrame = m_scene.frame().viewTransform(viewport()).inverted();
    const double radius = kPickRadiusPx * std::abs(toFrame.m11());
    const std::optional<ServiceKey> picked = m_scene.trackNear(toFrame.map(point), radius);
    setSelected(picked);
    return picked.has_value();
}

void TrackOverlay::select(const QString &service, const QString &trackId)
{
    setSelected(trackId.isEmpty() ? std::nullopt : std::optional(ServiceKey{service, trackId}));
}

void TrackOverlay::setSelected(const std::optional<ServiceKey> &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    m_scene.setSelectedTrack(key);
    emit selectionChanged();
    markDataChanged();
}

void TrackOverlay::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        markRasterWanted();
}

void TrackOverlay::updatePolish()
{
    const MapViewport view = viewport();
    if (size().isEmpty())
        return;
    if (m_frameChanged || !m_scene.frame().isValid()) {
        m_scene.setFrame(view);
        m_frameChanged = false;
        m_dataChanged = m_rasterWanted = true;
    }
    if (m_dataChanged && m_picture && !m_dataPause.isActive()) {
        QElapsedTimer cost;
        cost.start();
        m_rasterWanted = m_scene.update(*m_picture, now()) || m_rasterWanted;
        m_dataChanged = false;
        if (const qint64 pause = cost.elapsed() * kDataPauseFactor; pause > 0)
            m_dataPause.start(int(pause));
        // Not polish() from here: Qt would polish again in this same frame.
        if (m_scene.incomplete())
            QTimer::singleShot(0, this, &TrackOverlay::markDataChanged);
    }
    // What changes while a raster is painting goes into the next one.
    if (m_rasterWanted && m_rasterizer.isIdle()) {
        startRaster(view);
        m_rasterWanted = false;
    }
}

void TrackOverlay::startRaster(const MapViewport &view)
{
    const QRectF visible = m_scene.frame().visibleArea(view);
    const double dx = visible.width() * kRasterMargin, dy = visible.height() * kRasterMargin;
    const QRectF area = visible.adjusted(-dx, -dy, dx, dy);
    const qint64 at = now();
    m_scene.layoutLabels(area, at);
    m_rasterizer.start({m_scene.frame(), area, window() ? window()->effectiveDevicePixelRatio() : 1.0,
                        m_scene.shapes(area), m_scene.labelBackgrounds(), m_scene.labels(), m_labelFont});
}

QSGNode *TrackOverlay::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root)
        root = new QSGTransformNode;
    if (!m_raster)
        return root;
    if (m_rasterChanged) {
        auto *image = static_cast<QSGImageNode *>(root->firstChild());
        if (!image) {
            image = window()->createImageNode();
            image->setOwnsTexture(true);
            image->setFiltering(QSGTexture::Linear);
            root->appendChildNode(image);
        }
        image->setTexture(window()->createTextureFromImage(m_raster->image, QQuickWindow::TextureHasAlphaChannel));
        image->setRect(m_raster->area);
        // The texture holds the pixels now.
        m_raster->image = {};
        m_rasterChanged = false;
    }
    root->setMatrix(QMatrix4x4(m_raster->frame.viewTransform(viewport())));
    return root;
}

} // namespace cop
