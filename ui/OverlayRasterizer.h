#pragma once

#include "base/BackgroundPool.h"
#include "OverlayFrame.h"
#include "OverlayScene.h"

#include <QFont>
#include <QImage>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace cop {

// What one raster of the overlay paints: a snapshot of the scene's batches and labels for an
// area of a frame. Batches are shared with the scene, never copied: a snapshot of ten thousand
// tracks costs a few thousand pointer copies.
struct OverlaySnapshot
{
    OverlayFrame frame;
    QRectF area; // frame coordinates
    qreal devicePixelRatio = 1.0;
    std::vector<std::shared_ptr<const ShapeBatch>> shapes;
    ShapeBatch labelBackgrounds;
    std::vector<OverlayLabel> labels;
    QFont font;
};

// The overlay's picture as an image of an area of a frame.
struct OverlayRaster
{
    OverlayFrame frame;
    QRectF area;
    QImage image;
    double paintMs = 0.0;
};

// Paints snapshots into images on a thread of its own, so that however many tracks the picture
// holds a frame of the map never waits for them: the map shows the last finished raster, moved
// and scaled with pans and zooms, until the next one is ready. One raster at a time: the caller
// takes its snapshot when the rasterizer is idle, so a busy picture costs no snapshots that
// would only be thrown away.
class OverlayRasterizer : public QObject
{
    Q_OBJECT

public:
    explicit OverlayRasterizer(QObject *parent = nullptr);
    ~OverlayRasterizer() override;

    // Starts painting; only when idle.
    void start(OverlaySnapshot snapshot);
    bool isIdle() const { return !m_busy; }
    // The newest finished raster, once; none when nothing new finished since the last call.
    std::optional<OverlayRaster> takeRaster();

    static OverlayRaster paint(const OverlaySnapshot &snapshot);
    // Beyond this many tracks, launches and predictions in a snapshot, strokes are painted as
    // hairlines (ShapeBatch::paint).
    static constexpr size_t kHairlineBatches = 1500;

signals:
    void rasterReady();

private:
    BackgroundPool m_pool{QStringLiteral("overlay raster"), 1};
    bool m_busy = false;
    std::optional<OverlayRaster> m_finished;
};

} // namespace cop
