#pragma once

#include "MapViewport.h"
#include "TriangleBatch.h"

#include <QColor>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

#include <deque>
#include <vector>

namespace cop {

class FusedPicture;
class Picture;
struct FusedTrack;
struct TrackUpdate;

struct OverlayLabel
{
    QPointF position; // top-left of the text, item coordinates
    QString text;
    QColor color;
};

// Turns the picture into what the overlay draws for one viewport: all shapes as one triangle
// batch, plus text labels. GUI-thread data in, plain geometry out, so it is testable headless.
class OverlayScene
{
public:
    explicit OverlayScene(const QFont &labelFont = {}) : m_metrics(labelFont) {}
    void setLabelFont(const QFont &font) { m_metrics = QFontMetricsF(font); }

    void build(const Picture &picture, const MapViewport &viewport, QSizeF size, qint64 nowUtcUs);
    // With a fused picture, one symbol per fused track with a badge per reporting nation (and
    // only the prediction each fused track shows); without, every service's track on its own.
    void setFusion(const FusedPicture *fusion) { m_fusion = fusion; }

    const TriangleBatch &triangles() const { return m_triangles; }
    const std::vector<OverlayLabel> &labels() const { return m_labels; }

private:
    enum class LabelPriority { Track, Impact };
    struct LabelRequest
    {
        LabelPriority priority;
        QPointF anchor;
        OverlayLabel label;
    };

    void requestLabel(LabelPriority priority, QPointF anchor, const QString &text, QColor color);
    void placeLabels();
    void addGraticule(const MapViewport &viewport, QSizeF size);
    void addPredictions(const Picture &picture, const MapViewport &viewport);
    void addLaunches(const Picture &picture, const MapViewport &viewport);
    void addTracks(const Picture &picture, const MapViewport &viewport, qint64 nowUtcUs);
    void addFusedTracks(const Picture &picture, const MapViewport &viewport, qint64 nowUtcUs);
    // Trail, leader and symbol of one track; returns where the symbol is.
    QPointF addTrackSymbol(const TrackUpdate &state, const std::deque<GeoPoint> &trail,
                           const MapViewport &viewport, QColor color);

    TriangleBatch m_triangles;
    std::vector<OverlayLabel> m_labels;
    std::vector<LabelRequest> m_labelRequests;
    std::vector<QRectF> m_placed;
    std::vector<QPointF> m_scratch;
    QFontMetricsF m_metrics;
    const FusedPicture *m_fusion = nullptr;
};

} // namespace cop
