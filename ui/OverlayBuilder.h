#pragma once

#include "base/BackgroundPool.h"
#include "fusion/FusionPass.h"
#include "MapViewport.h"
#include "OverlayRasterizer.h"
#include "OverlayScene.h"

#include <QFont>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace cop {

// What the overlay is to show: the picture's content and its fusion result as they are now
// (implicitly shared copies, taken together on the GUI thread at no cost), the view and the looks.
struct OverlayRequest
{
    PictureContent picture;
    std::shared_ptr<const FusionResult> fusion; // none: every service's own tracks
    qint64 nowUtcUs = 0;
    MapViewport view{0.0, 0.0, 0.0, {}};
    // Everything is built again in the view's frame (a zoom, a new size or language); otherwise
    // the scene keeps its frame and builds only what changed.
    bool newFrame = false;
    // Painted even if the scene looks as it did (a pan nearing the raster's edge, a new size).
    bool repaint = false;
    qreal devicePixelRatio = 1.0;
    QFont labelFont;
    bool graticuleVisible = false;
    std::optional<ServiceKey> selected;
};

// What a build hands back.
struct OverlayBuild
{
    // None when nothing would look different: a second passed that moved no label.
    std::optional<OverlayRaster> raster;
    OverlayFrame frame; // the scene's, which picker positions are in
    std::shared_ptr<const TrackPicker> picker;
    qint64 tookMs = 0; // building and painting it, on the builder's thread
};

// Builds the overlay's scene and paints it, on a thread of its own: however many tracks the
// picture holds, and whatever a zoom or a language switch makes build again, the GUI thread only
// takes copies and shows finished rasters, and every raster shows one whole picture. One build at
// a time; the scene stays between builds, so each builds only what changed.
class OverlayBuilder : public QObject
{
    Q_OBJECT

public:
    explicit OverlayBuilder(QObject *parent = nullptr);
    // Waits for the build in flight, whose result is dropped.
    ~OverlayBuilder() override;

    // Read by every build: set before the first.
    void setRegions(const regions::RegionMap *regions);
    void setPlaces(const std::vector<basemap::Place> *places);

    // Only when idle.
    void start(OverlayRequest request);
    bool isIdle() const { return !m_busy; }
    // The finished build, once.
    std::optional<OverlayBuild> take() { return std::exchange(m_finished, std::nullopt); }

signals:
    void built();

private:
    OverlayBuild build(OverlayRequest request);

    // Touched by the build in flight only, or while idle.
    OverlayScene m_scene;
    QFont m_labelFont;
    bool m_graticuleVisible = false;
    std::vector<OverlayLabel> m_paintedLabels;

    bool m_busy = false;
    std::optional<OverlayBuild> m_finished;
    // As urgent as the fusion pass: every new picture passes through both on its way to the
    // screen, and at the lowest priority the build took twice as long on a busy machine.
    BackgroundPool m_pool{QStringLiteral("overlay build"), 1, Urgency::Picture};
    // Paint bands of each raster beside the build's thread, one fewer than the cores, at most 3.
    BackgroundPool m_paintHelpers;
};

} // namespace cop
