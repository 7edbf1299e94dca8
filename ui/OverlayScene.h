#pragma once

#include "MapViewport.h"
#include "TriangleBatch.h"

#include <QColor>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

#include <vector>

namespace cop {

class Picture;

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

    TriangleBatch m_triangles;
    std::vector<OverlayLabel> m_labels;
    std::vector<LabelRequest> m_labelRequests;
    std::vector<QRectF> m_placed;
    std::vector<QPointF> m_scratch;
    QFontMetricsF m_metrics;
};

} // namespace cop
