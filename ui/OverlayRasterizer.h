#pragma once

#include "OverlayFrame.h"
#include "OverlayScene.h"

#include <QFont>
#include <QImage>

#include <memory>
#include <vector>

namespace cop {

class BackgroundPool;

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
    // In the image's pixels, what holds anything (overlayCoverage): the rest is transparent.
    std::vector<QRect> occupied;
    double paintMs = 0.0;
};

// Paints a snapshot into an image, on whichever thread builds the overlay (OverlayBuilder).
class OverlayRasterizer
{
public:
    // With helpers, their threads paint bands of the image beside the calling thread's.
    static OverlayRaster paint(const OverlaySnapshot &snapshot, BackgroundPool *helpers = nullptr);
    // Beyond this many tracks, launches and predictions in a snapshot, strokes are painted as
    // aliased hairlines (ShapeBatch::paint).
    static constexpr size_t kHairlineBatches = 1500;
    // A band of fewer rows than this is painted by a thread already painting another.
    static constexpr int kMinBandRows = 128;
};

} // namespace cop
