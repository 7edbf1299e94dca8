#pragma once

#include "fusion/FusedView.h"
#include "picture/ImpactArea.h"
#include "LabelGrid.h"
#include "MapViewport.h"
#include "OverlayFrame.h"
#include "picture/Picture.h"
#include "PolylineThinning.h"
#include "regions/Region.h"
#include "ShapeBatch.h"
#include "TrackPicker.h"
#include "TrailProjection.h"

#include <QColor>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QTransform>

#include <memory>
#include <optional>
#include <vector>

namespace cop {

namespace basemap {
struct Place;
}
namespace regions {
class RegionMap;
}

struct OverlayLabel
{
    QPointF position; // top-left of the text, frame coordinates
    QString text;
    QColor color;
    QPointF anchor; // the point on the map it names, frame coordinates

    friend bool operator==(const OverlayLabel &, const OverlayLabel &) = default;
};

// Turns the picture into what the overlay draws: shapes and text labels, in an OverlayFrame.
// Shapes are kept per track, launch and prediction, so new data rebuilds only what changed; a
// batch once built is never changed (a rebuild makes a new one), so a raster of an earlier
// state can still be painting it on another thread.
class OverlayScene
{
public:
    explicit OverlayScene(const QFont &labelFont = {});
    void setLabelFont(const QFont &font);
    // Where impacts and overflights are checked against territory and EEZ; none: not checked.
    void setRegions(const regions::RegionMap *regions);
    // Cities and seas, named in the default locale's language when the frame is set.
    void setPlaces(const std::vector<basemap::Place> *places);
    // A graticule for when no basemap draws one.
    void setGraticuleVisible(bool visible);
    // Track keys: a service's track, or {"", fused id} while a fused picture is shown.
    void setSelectedTrack(const std::optional<ServiceKey> &key);

    // Rebuilds everything in the frame of this viewport.
    void setFrame(const MapViewport &viewport);
    const OverlayFrame &frame() const { return m_frame; }

    // Brings the geometry up to date with the picture; returns whether anything changed. With a
    // fusion result (of this picture), one symbol per missile with a badge per reporting nation,
    // a ring while the nations disagree, and only the prediction each fused track shows; without
    // one, every service's own tracks and predictions. Reads only what it is given: the map's
    // overlay calls it off the GUI thread with copies of the picture's content. A fused view
    // reads the tracks the result was fused from (FusionResult::sources), not the picture's.
    bool update(const PictureContent &picture, const FusionResult *fusion, qint64 nowUtcUs);
    // Places the labels of what lies in visible (frame coordinates), the most urgent first, each
    // where it covers no other label and no symbol: beside its symbol, else a little further
    // out with a leader line, else without its least important detail, else not at all.
    void layoutLabels(const QRectF &visible, qint64 nowUtcUs);
    // setFrame, update and layoutLabels for one viewport: what a still picture needs.
    void build(const PictureContent &picture, const FusionResult *fusion, const MapViewport &viewport,
               qint64 nowUtcUs);

    // Everything but labels that reaches into area (frame coordinates), in drawing order.
    std::vector<std::shared_ptr<const ShapeBatch>> shapes(const QRectF &area) const;
    const ShapeBatch &labelBackgrounds() const { return m_labelBackgrounds; }
    const std::vector<OverlayLabel> &labels() const { return m_labels; }
    // Where the tracks are, in the frame; replaced, never changed, when they move.
    std::shared_ptr<const TrackPicker> picker() const { return m_picker; }

private:
    enum class LabelPriority { Impact, Track, Launch, Apogee, Place };
    struct LabelRequest
    {
        LabelPriority priority;
        QPointF anchor;   // what it names: its symbol's centre
        QPointF offset;   // where its top left goes first, from the anchor
        double clearance; // how far from the anchor the other places around it start; 0: none
        QString text;
        QColor color;
        QStringList badges;
        qint64 countdownToUs = 0; // non-zero: append the time left until then
        QString suffix;           // after the countdown
        QString shortText;        // the text without its details, for where the whole finds no room

        // A place's name sits beside its dot or gives way: a leader line from a city would read
        // as part of the picture.
        bool leaders() const { return priority != LabelPriority::Place; }
    };
    struct Entity
    {
        size_t signature = 0;
        quint64 generation = 0;
        quint64 frameGeneration = 0;
        std::shared_ptr<ShapeBatch> shapes;
        TrailProjection trail;
        // Geodesic outlines: they do not depend on the frame, so a zoom only projects them again.
        std::vector<std::vector<GeoPoint>> outlines;
        std::vector<LabelRequest> labels;
        // Where its symbols are drawn, which no label may cover.
        std::vector<QRectF> symbols;
        // What the label says of the impact, the alert row's and the exports' words (ImpactArea).
        ImpactArea impactArea;
        // Outlined on the map: what the 95 % ellipse touches and the path overflies.
        regions::RegionMask regions;
    };

    // What a track symbol's looks depend on, cheap to gather for every track on every update.
    struct TrackLook
    {
        GeoPoint position;
        Vec3 velocityEcef{};
        double heightM = 0.0;
        Affiliation affiliation = Affiliation::Unknown;
        bool exercise = false;
        ObjectKind objectKind = ObjectKind::Unknown;
        quint8 stage = 0;
        qint64 trailHeadUtcUs = 0;
        qsizetype trailSize = 0;
        qint64 receivedUtcUs = 0;
        size_t nations = 0; // hash of the badges
        bool divergent = false;
        const Launch *launch = nullptr; // the track's, whose kind decides the symbol and label
    };

    bool needsBuild(Entity &entity, size_t signature);
    // shown() gives the track and badges to draw, called only when they have changed.
    template<typename Shown>
    void updateTrack(const ServiceKey &key, const TrackLook &look, qint64 nowUtcUs, bool &changed, Shown shown);
    size_t trackSignature(const TrackLook &look, bool stale, bool selected) const;
    // The entity's batch emptied, when no paint still holds it (its storage is reused: tens of
    // thousands of tracks are built again in every build), else a new one.
    static std::shared_ptr<ShapeBatch> emptiedShapes(Entity &entity);
    void buildTrack(Entity &entity, const Track &track, const Launch *launch, const QStringList &badges,
                    bool divergent, bool stale, bool selected);
    bool predictionShown(const ServiceKey &key) const;
    QSet<ServiceKey> launchesShownFused(const PictureContent &picture) const;
    Affiliation affiliationOf(const ServiceKey &track) const;
    // The name of a space launch's piece (a stage, a fairing) a prediction is for; empty for a missile.
    QString pieceName(const PictureContent &picture, const ServiceKey &trackKey) const;
    void buildPrediction(Entity &entity, const Prediction &prediction, Affiliation affiliation, const QString &piece);
    void buildLaunch(Entity &entity, const Launch &launch, Affiliation affiliation);
    void buildDebris(Entity &entity, ShapeBatch &shapes, const LaunchFailure &failure, Affiliation affiliation,
                     bool exercise);
    void buildRegions(regions::RegionMask touched);
    void buildGraticule();
    void buildPlaces();
    QPointF toFrame(const GeoPoint &point) const { return m_frame.toFrame(point); }
    void buildOrbitEnd(Entity &entity, ShapeBatch &shapes, const Prediction &prediction,
                       const QColor &lineColor) const;
    void checkRegions(Entity &entity, const Prediction &prediction) const;
    std::vector<QPointF> &projected(const auto &points, auto pointOf);
    QSizeF textSize(const QString &text);
    bool placeLabel(const LabelRequest &request, const QString &text, qint64 nowUtcUs);

    QFont m_font;
    QFontMetricsF m_metrics;
    // Shaping is the label layout's main cost, and a label's text is laid out again in every
    // build until its figures change (about once a second): most builds only look sizes up.
    QHash<QString, QSizeF> m_textSizes;
    const regions::RegionMap *m_regionMap = nullptr;
    bool m_graticuleVisible = false;
    std::optional<ServiceKey> m_selected;
    std::optional<FusedView> m_fusion; // during update() only
    const TrackTable *m_sources = nullptr; // during update() only

    OverlayFrame m_frame;

    quint64 m_generation = 0;
    quint64 m_frameGeneration = 0;
    QHash<ServiceKey, Entity> m_tracks;
    QHash<ServiceKey, Entity> m_predictions;
    QHash<ServiceKey, Entity> m_launches;
    Entity m_regions;
    const std::vector<basemap::Place> *m_places = nullptr;
    Entity m_placeNames;
    std::shared_ptr<const ShapeBatch> m_graticule;
    std::shared_ptr<const TrackPicker> m_picker = std::make_shared<TrackPicker>();

    std::vector<OverlayLabel> m_labels;
    ShapeBatch m_labelBackgrounds;
    LabelGrid m_taken;
    std::vector<QPointF> m_scratch;
    PolylineThinning m_thinning;
};

} // namespace cop
