#include "OverlayBuilder.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace cop {

namespace {

// The raster reaches this fraction of the view beyond each edge, so a pan shows what was already
// painted while the next raster is made. Half a view each way (four views of pixels) covered a
// whole level of zoom out, but every new raster then made the render thread upload four views
// of pixels through llvmpipe, and a zoom's frames waited for it: the GUI thread's worst wait in
// a zoom at 3 x 10,000 tracks was 66-79 ms, and 22-24 ms at a quarter.
constexpr double kRasterMargin = 0.25;

} // namespace

OverlayBuilder::OverlayBuilder(QObject *parent)
    : QObject(parent)
    , m_paintHelpers(QStringLiteral("overlay paint"), std::clamp(QThread::idealThreadCount() - 1, 1, 3),
                     Urgency::Picture)
{
    m_scene.setLabelFont(m_labelFont);
}

OverlayBuilder::~OverlayBuilder()
{
    m_pool.waitForDone();
}

void OverlayBuilder::setRegions(const regions::RegionMap *regions)
{
    Q_ASSERT(!m_busy);
    m_scene.setRegions(regions);
}

void OverlayBuilder::setPlaces(const std::vector<basemap::Place> *places)
{
    Q_ASSERT(!m_busy);
    m_scene.setPlaces(places);
}

void OverlayBuilder::start(OverlayRequest request)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_pool.start([this, request = std::move(request)]() mutable {
        QElapsedTimer took;
        took.start();
        OverlayBuild finished = build(std::move(request));
        finished.tookMs = took.elapsed();
        // Back on the owner's thread; dropped with the builder if it is gone by then.
        QMetaObject::invokeMethod(this, [this, finished = std::move(finished)]() mutable {
            m_finished = std::move(finished);
            m_busy = false;
            emit built();
        }, Qt::QueuedConnection);
    });
}

OverlayBuild OverlayBuilder::build(OverlayRequest request)
{
    bool changed = request.repaint;
    if (request.labelFont != m_labelFont) {
        m_labelFont = request.labelFont;
        m_scene.setLabelFont(m_labelFont);
    }
    if (request.graticuleVisible != m_graticuleVisible) {
        m_graticuleVisible = request.graticuleVisible;
        m_scene.setGraticuleVisible(m_graticuleVisible);
        changed = true;
    }
    m_scene.setSelectedTrack(request.selected);
    if (request.newFrame || !m_scene.frame().isValid()) {
        m_scene.setFrame(request.view);
        changed = true;
    }
    changed = m_scene.update(request.picture, request.fusion.get(), request.nowUtcUs) || changed;
    // Let go of the copies now: while this side holds them, the GUI thread's next change to the
    // picture copies its hashes.
    request.picture = {};
    request.fusion.reset();

    const QRectF visible = m_scene.frame().visibleArea(request.view);
    const double dx = visible.width() * kRasterMargin, dy = visible.height() * kRasterMargin;
    const QRectF area = visible.adjusted(-dx, -dy, dx, dy);
    m_scene.layoutLabels(area, request.nowUtcUs);
    OverlayBuild finished{std::nullopt, m_scene.frame(), m_scene.picker()};
    // Only the clock moved: a raster only if a countdown (or any label) now reads otherwise.
    if (!changed && m_scene.labels() == m_paintedLabels)
        return finished;
    m_paintedLabels = m_scene.labels();
    finished.raster = OverlayRasterizer::paint({m_scene.frame(), area, request.devicePixelRatio, m_scene.shapes(area),
                                                m_scene.labelBackgrounds(), m_scene.labels(), m_labelFont},
                                               &m_paintHelpers);
    return finished;
}

} // namespace cop
