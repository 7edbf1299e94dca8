#include "TrackOverlay.h"

#include "BasemapData.h"
#include "OverlayRasterNode.h"
#include "base/SecondTicker.h"
#include "base/SteadyClock.h"
#include "fusion/FusedPicture.h"
#include "picture/Picture.h"
#include "regions/RegionMap.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGTransformNode>

namespace cop {

namespace {

// A click anywhere on a track's symbol picks it: its 2525 frame is about 25 px across.
constexpr double kPickRadiusPx = 14.0;

// How long the seconds' build waits for the fusion's next result before it goes ahead alone.
constexpr qint64 kFusionWaitMs = 1000;

} // namespace

TrackOverlay::TrackOverlay(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_labelFont.setPixelSize(12);
    // The language decides the CJK face (Korean or Japanese glyph forms): the labels follow
    // the application font's families when the operator switches language.
    qGuiApp->installEventFilter(this);
    m_builder.setRegions(&regions::RegionMap::builtIn());
    m_builder.setPlaces(&basemap::BasemapData::builtIn().places());
    connect(SecondTicker::instance(), &SecondTicker::tick, this, &TrackOverlay::markDataChanged);
    for (QTimer *settle : {&m_zoomSettle, &m_panSettle}) {
        settle->setSingleShot(true);
        settle->setInterval(200);
    }
    connect(&m_zoomSettle, &QTimer::timeout, this, [this] {
        m_frameChanged = true;
        m_refresh.start();
    });
    connect(&m_panSettle, &QTimer::timeout, this, &TrackOverlay::markRasterWanted);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &TrackOverlay::refresh);
    connect(&m_builder, &OverlayBuilder::built, this, &TrackOverlay::takeBuild);
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
        m_refresh.start();
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
        connect(m_picture, &Picture::changed, this, &TrackOverlay::markPictureChanged);
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
        connect(m_fusion, &FusedPicture::changed, this, &TrackOverlay::markFusionChanged);
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
    // The selection's key names a fused or a service track: it means nothing in the other view.
    setSelected(std::nullopt);
    markRasterWanted();
}

bool TrackOverlay::drawsFusion() const
{
    return m_fusedView && m_fusion;
}

void TrackOverlay::markPictureChanged()
{
    // A fused view draws the picture as the fusion's next result has it: each change of the
    // picture makes a fusion pass, and a build for the change itself would draw the launches
    // and predictions of one moment over the tracks of an earlier one, and hold the CPU the
    // build for the pass's result then waits for.
    if (!drawsFusion())
        markDataChanged();
}

void TrackOverlay::markFusionChanged()
{
    if (!drawsFusion())
        return;
    m_fusionChanged = true;
    markDataChanged();
}

void TrackOverlay::markDataChanged()
{
    m_dataChanged = true;
    m_refresh.start();
}

void TrackOverlay::markRasterWanted()
{
    m_rasterWanted = true;
    m_refresh.start();
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
    emit labelFontChanged();
    m_frameChanged = true;
    m_refresh.start();
}

void TrackOverlay::setGraticuleVisible(bool visible)
{
    if (visible == m_graticuleVisible)
        return;
    m_graticuleVisible = visible;
    emit graticuleVisibleChanged();
    markRasterWanted();
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
    std::optional<ServiceKey> picked;
    if (m_picker) {
        // The picker works in the frame the geometry was built in, which may be a zoom behind.
        const QTransform toFrame = m_builtFrame.viewTransform(viewport()).inverted();
        picked = m_picker->nearest(toFrame.map(point), kPickRadiusPx * std::abs(toFrame.m11()));
    }
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
    emit selectionChanged();
    markRasterWanted();
}

void TrackOverlay::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        markRasterWanted();
}

void TrackOverlay::refresh()
{
    // What changes during a build goes into the next one, started when it is taken.
    if (size().isEmpty() || !m_builder.isIdle() || !(m_dataChanged || m_rasterWanted || m_frameChanged))
        return;
    const bool dataOnly = !m_rasterWanted && !m_frameChanged && !m_fusionChanged;
    if (dataOnly && m_buildPause.isActive())
        return;
    // A fused view's next fusion result brings the second's changes with it: a build for the
    // second alone would start just before that result and hold it up for a whole build. A
    // pipeline that has not delivered for a second does not hold the second back.
    if (dataOnly && drawsFusion() && !m_fusion->isSettled() && steadyNowMs() - m_lastBuildMs < kFusionWaitMs)
        return;
    OverlayRequest request;
    if (drawsFusion())
        request.fusion = m_fusion->result();
    if (m_picture) {
        // Implicitly shared: the picture copies a hash only if it changes while it is held, and
        // the builder lets go of them before it lays out and paints. A fused view draws the
        // tracks its fusion result was made from: the picture's own (tens of thousands, changing
        // all the time) are not held.
        if (!request.fusion)
            request.picture.tracks = m_picture->tracks();
        request.picture.launches = m_picture->launches();
        request.picture.predictions = m_picture->predictions();
    }
    request.nowUtcUs = now();
    request.view = viewport();
    request.newFrame = m_frameChanged;
    request.repaint = m_rasterWanted;
    request.devicePixelRatio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    request.labelFont = m_labelFont;
    request.graticuleVisible = m_graticuleVisible;
    request.selected = m_selected;
    m_buildingFusionResult = m_fusionChanged;
    m_dataChanged = m_rasterWanted = m_frameChanged = m_fusionChanged = false;
    m_lastBuildMs = steadyNowMs();
    m_builder.start(std::move(request));
    emit sceneUpdated();
    emit rasterStarted(++m_buildsStarted);
}

void TrackOverlay::takeBuild()
{
    OverlayBuild build = *m_builder.take();
    m_builtFrame = build.frame;
    m_picker = std::move(build.picker);
    if (build.raster) {
        m_raster = std::move(build.raster);
        m_rasterSerial = m_buildsStarted;
        m_rasterChanged = true;
        update();
        emit rastered(m_raster->paintMs);
    }
    if (std::exchange(m_buildingFusionResult, false) && drawsFusion())
        m_fusion->viewBuilt(build.tookMs);
    m_buildPause.after(build.tookMs);
    m_refresh.start();
}

QSGNode *TrackOverlay::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root)
        root = new QSGTransformNode;
    if (!m_raster)
        return root;
    auto *raster = static_cast<OverlayRasterNode *>(root->firstChild());
    if (m_rasterChanged) {
        if (!raster) {
            raster = new OverlayRasterNode;
            root->appendChildNode(raster);
        }
        raster->setRaster(std::unique_ptr<QSGTexture>(window()->createTextureFromImage(
                              m_raster->image, QQuickWindow::TextureHasAlphaChannel)),
                          m_raster->area, m_raster->occupied);
        // The texture holds the pixels now.
        m_raster->image = {};
        m_rasterChanged = false;
        m_rasterOnScreen.store(m_rasterSerial, std::memory_order_relaxed);
    }
    const QTransform view = m_raster->frame.viewTransform(viewport());
    root->setMatrix(QMatrix4x4(view));
    // Drawn at the scale it was painted at (all but a zoom in flight), each pixel of the raster
    // is one on screen: sampled nearest, which llvmpipe shades at about half the cost.
    if (raster)
        raster->setFiltering(qFuzzyCompare(view.m11(), 1.0) ? QSGTexture::Nearest : QSGTexture::Linear);
    return root;
}

} // namespace cop
