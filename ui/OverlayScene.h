#pragma once

#include "MapViewport.h"
#include "Picture.h"
#include "TrackPicker.h"
#include "TriangleBatch.h"

#include <QColor>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>
#include <vector>

namespace cop {

class FusedPicture;
struct FusedTrack;

namespace basemap {
class RegionIndex;
}

struct OverlayLabel
{
    QPointF position; // top-left of the text, frame coordinates
    QString text;
    QColor color;
};

// Turns the picture into what the overlay draws: shapes as vertex-coloured triangles, plus text
// labels. Geometry is built in a frame (world pixels at one zoom, shifted so one viewport maps
// one to one) and kept per track, launch and prediction: a pan or a zoom only changes the
// transform the frame is seen through, and new data rebuilds only what changed.
class OverlayScene
{
public:
    explicit OverlayScene(const QFont &labelFont = {});
    void setLabelFont(const QFont &font);
    // Where impacts and overflights are checked against territory and EEZ; none: not checked.
    void setRegions(const basemap::RegionIndex *regions);
    // A graticule for when no basemap draws one.
    void setGraticuleVisible(bool visible);
    // Track keys: a service's track, or {"", fused id} while a fused picture is shown.
    void setSelectedTrack(const std::optional<ServiceKey> &key);
    // With a fused picture, one symbol per missile with a badge per reporting nation, a ring
    // while the nations disagree, and only the prediction each fused track shows; without one,
    // every service's own tracks and predictions.
    void setFusion(const FusedPicture *fusion);

    // Rebuilds everything in the frame of this viewport.
    void setFrame(const MapViewport &viewport);
    double frameZoom() const { return m_frameZoom; }
    // Maps frame coordinates to the item coordinates of this viewport.
    QTransform viewTransform(const MapViewport &viewport) const;
    QPointF toFrame(const GeoPoint &point) const;

    // Brings the geometry up to date with the picture; returns whether anything changed.
    bool update(const Picture &picture, qint64 nowUtcUs);
    // Places the labels of what lies in visible (frame coordinates); the most urgent first.
    void layoutLabels(const QRectF &visible, qint64 nowUtcUs);
    // setFrame, update and layoutLabels for one viewport: what a still picture needs.
    void build(const Picture &picture, const MapViewport &viewport, qint64 nowUtcUs);

    // Everything but labels, in drawing order.
    std::vector<const TriangleBatch *> shapes() const;
    size_t vertexCount() const;
    const TriangleBatch &labelBackgrounds() const { return m_labelBackgrounds; }
    const std::vector<OverlayLabel> &labels() const { return m_labels; }
    std::optional<ServiceKey> trackNear(QPointF inFrame, double radius) const
    {
        return m_picker.nearest(inFrame, radius);
    }

private:
    enum class LabelPriority { Impact, Track, Launch, Apogee };
    struct LabelRequest
    {
        LabelPriority priority;
        QPointF anchor;
        QString text;
        QColor color;
        QStringList badges;
        qint64 countdownToUs = 0; // non-zero: append the time left until then
        QString suffix;           // after the countdown
    };
    struct Entity
    {
        size_t signature = 0;
        quint64 generation = 0;
        TriangleBatch shapes;
        std::vector<LabelRequest> labels;
        quint8 territory = 0; // regions an impact ellipse touches or a trajectory overflies
        quint8 eez = 0;
    };

    void updateTrack(const ServiceKey &key, const Track &track, const QStringList &badges, bool divergent,
                     qint64 nowUtcUs, bool &changed);
    void buildTrack(Entity &entity, const Track &track, const QStringList &badges, bool divergent, bool stale,
                    bool selected);
    bool predictionShown(const ServiceKey &key) const;
    void buildPrediction(Entity &entity, const Prediction &prediction);
    void buildLaunch(Entity &entity, const Launch &launch);
    void buildRegions(quint8 territory, quint8 eez);
    void buildGraticule();
    void checkRegions(Entity &entity, const Prediction &prediction,
                      const std::vector<GeoPoint> &ellipse95) const;
    QString regionText(const Entity &entity) const;
    std::vector<QPointF> &projected(const auto &points, auto pointOf);
    double labelWidth(const LabelRequest &request, qint64 nowUtcUs) const;

    QFont m_font;
    QFontMetricsF m_metrics;
    const basemap::RegionIndex *m_regionIndex = nullptr;
    bool m_graticuleVisible = false;
    std::optional<ServiceKey> m_selected;
    const FusedPicture *m_fusion = nullptr;

    double m_frameZoom = -1.0;
    double m_frameWorldSize = 1.0;
    QPointF m_frameOrigin;

    quint64 m_generation = 0;
    QHash<ServiceKey, Entity> m_tracks;
    QHash<ServiceKey, Entity> m_predictions;
    QHash<ServiceKey, Entity> m_launches;
    Entity m_regions;
    TriangleBatch m_graticule;
    TrackPicker m_picker;

    std::vector<OverlayLabel> m_labels;
    TriangleBatch m_labelBackgrounds;
    std::vector<QPointF> m_scratch;
};

} // namespace cop
