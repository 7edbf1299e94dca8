#include "OverlayScene.h"

#include "BasemapData.h"
#include "BasemapStyle.h"
#include "geo/ImpactEllipseOutline.h"
#include "interop/SymbolCode.h"
#include "picture/ImpactArea.h"
#include "picture/ObjectNames.h"
#include "OverlayStyle.h"
#include "regions/RegionMap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextLayout>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace cop {

namespace {

using namespace overlayStyle;

// Semi-axes of a p-confidence ellipse in sigmas (docs/flight-dynamics.md).
constexpr double kSigmas95 = 2.44775;
// Between a symbol's frame and the selection box or divergence ring around it.
constexpr double kSymbolMarginPx = 4.0;

QColor trackColor(const Track &track, bool stale)
{
    if (stale)
        return kStale;
    if (track.state.exercise)
        return kExercise;
    // The trail and leader in the colour of the symbol's frame (suspect is drawn as hostile).
    switch (track.state.affiliation) {
    case Affiliation::Friend: return kFriend;
    case Affiliation::Unknown: return kUnknown;
    case Affiliation::Hostile:
    case Affiliation::Suspect: break;
    }
    return kHostile;
}

// `object` names what is not a missile, first: a space launch or a piece of one.
QString trackLabel(const Track &track, const QString &object)
{
    const auto &v = track.state.velocityEcef;
    const double speed = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    const QString label = QCoreApplication::translate("OverlayScene", "%1  %2 km  %3 km/s")
                              .arg(track.state.trackId)
                              .arg(track.state.position.heightM / 1000.0, 0, 'f', 0)
                              .arg(speed / 1000.0, 0, 'f', 1);
    return object.isEmpty() ? label
                            : QCoreApplication::translate("OverlayScene", "%1  %2", "object name, then the track label")
                                  .arg(object, label);
}

QString utcTime(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(u"HH:mm:ss'Z'");
}

QString countdown(qint64 untilUs, qint64 nowUtcUs)
{
    const long long seconds = std::abs(untilUs - nowUtcUs) / 1'000'000;
    const QString clock = seconds >= 3600
                              ? QString::asprintf("%lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60)
                              : QString::asprintf("%02lld:%02lld", seconds / 60, seconds % 60);
    return (untilUs >= nowUtcUs ? QStringLiteral("T-") : QStringLiteral("T+")) + clock;
}

// The 95 % ellipse of a launch point from its east/north covariance.
std::optional<ImpactEllipse> launchEllipse(const Launch &launch)
{
    if (!launch.pointCovarianceEn)
        return std::nullopt;
    const auto [ee, en, nn] = *launch.pointCovarianceEn;
    const double mean = (ee + nn) / 2.0, spread = std::hypot((ee - nn) / 2.0, en);
    const double major = mean + spread, minor = std::max(mean - spread, 0.0);
    // Angle of the major axis from east towards north, turned into an azimuth from north.
    const double fromEast = 0.5 * std::atan2(2.0 * en, ee - nn) * 180.0 / std::numbers::pi;
    return ImpactEllipse{0.95, kSigmas95 * std::sqrt(major), kSigmas95 * std::sqrt(minor), 90.0 - fromEast};
}

GeoPoint interpolate(const TrajectorySample &a, const TrajectorySample &b, qint64 timeUs)
{
    const double f = double(timeUs - a.timeUtcUs) / double(b.timeUtcUs - a.timeUtcUs);
    return {a.point.latDeg + (b.point.latDeg - a.point.latDeg) * f,
            a.point.lonDeg + (b.point.lonDeg - a.point.lonDeg) * f, 0.0};
}

// A symbol's extent around the point it is drawn at.
QRectF symbolBox(QPointF at, double left, double top, double right, double bottom)
{
    return QRectF(at - QPointF(left, top), at + QPointF(right, bottom));
}

// Where a 2525 symbol is drawn around at, which no label may cover.
QRectF symbolBox(QPointF at, const QString &sidc)
{
    return symbolImages::extent(sidc).translated(at);
}

// Where a label of this size may go, best first, until tryAt(top left, with a leader line)
// takes one: where it was made to go, then all around its symbol, and with leaders on rings
// further out, joined to the symbol by a leader line.
template<typename Try>
bool forEachPlace(QPointF anchor, QPointF offset, double clearance, bool leaders, QSizeF size, Try tryAt)
{
    const int rings = leaders ? 8 : 1;
    // Not the label's height: the same places for any size of label (see layoutLabels' probe).
    constexpr double kRingStepPx = 16.0;
    if (tryAt(anchor + offset, false))
        return true;
    if (clearance <= 0.0)
        return false;
    const double w = size.width(), h = size.height(), x = anchor.x(), y = anchor.y();
    for (int ring = 0; ring < rings; ++ring) {
        const double d = clearance + ring * kRingStepPx;
        // Right, left, then above and below: a line of text is wide, so its sides come first.
        const QPointF places[] = {{x + d, y - h / 2}, {x + d, y - h}, {x + d, y},
                                  {x - d - w, y - h / 2}, {x - d - w, y - h}, {x - d - w, y},
                                  {x - w / 2, y - d - h}, {x - w / 2, y + d}};
        for (const QPointF &at : places)
            if (tryAt(at, ring > 0))
                return true;
    }
    return false;
}

std::array<QPointF, 20> circle(QPointF centre, double radius)
{
    std::array<QPointF, 20> points;
    for (size_t i = 0; i < points.size(); ++i) {
        const double angle = 2.0 * std::numbers::pi * double(i) / double(points.size());
        points[i] = centre + radius * QPointF(std::cos(angle), std::sin(angle));
    }
    return points;
}

// A fused track drawn as its most accurate contributor's track (its trail, phase and id
// replaced by the fused id) at the fused state, as fresh as its freshest contributor.
// The fused track drawn as its most accurate contributor's, with the fused state and the
// newest report of any contributor.
Track fusedAsTrack(const Track &best, const FusedTrack &fused, qint64 receivedUtcUs)
{
    Track track = best;
    track.receivedUtcUs = receivedUtcUs;
    track.state.trackId = fused.id;
    track.state.timeUtcUs = fused.state.timeUtcUs;
    track.state.phase = fused.phase;
    track.state.position = fused.position;
    track.state.positionEcef = {fused.state.x(0), fused.state.x(1), fused.state.x(2)};
    track.state.velocityEcef = {fused.state.x(3), fused.state.x(4), fused.state.x(5)};
    // The symbol says what the nations together call it, the one that warns most.
    track.state.affiliation = fused.affiliation;
    track.state.exercise = fused.exercise;
    return track;
}

} // namespace

OverlayScene::OverlayScene(const QFont &labelFont)
    : m_font(labelFont)
    , m_metrics(labelFont)
{}

void OverlayScene::setLabelFont(const QFont &font)
{
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_textSizes.clear();
    m_frame = {};
}

void OverlayScene::setRegions(const regions::RegionMap *regions)
{
    m_regionMap = regions;
    // What was checked against the old regions goes.
    m_predictions.clear();
    m_regions = {};
}

void OverlayScene::setGraticuleVisible(bool visible)
{
    m_graticuleVisible = visible;
    buildGraticule();
}

void OverlayScene::setSelectedTrack(const std::optional<ServiceKey> &key)
{
    m_selected = key;
}

void OverlayScene::setFrame(const MapViewport &viewport)
{
    m_frame = OverlayFrame(viewport);
    ++m_frameGeneration;
    m_regions = {};
    buildGraticule();
    buildPlaces();
}

// Projects points into the frame, dropping those drawing would not show.
std::vector<QPointF> &OverlayScene::projected(const auto &points, auto pointOf)
{
    m_scratch.clear();
    for (const auto &p : points)
        m_scratch.push_back(toFrame(pointOf(p)));
    return m_thinning.thin(m_scratch);
}

template<typename Shown>
void OverlayScene::updateTrack(const ServiceKey &key, const TrackLook &look, qint64 nowUtcUs, bool &changed,
                               Shown shown)
{
    const bool stale = nowUtcUs - look.receivedUtcUs > Picture::kStaleAfterUs;
    const bool selected = m_selected == key;
    Entity &entity = m_tracks[key];
    if (needsBuild(entity, trackSignature(look, stale, selected))) {
        const auto [track, badges] = shown();
        buildTrack(entity, track, look.launch, badges, look.divergent, stale, selected);
        changed = true;
    }
}

size_t OverlayScene::trackSignature(const TrackLook &look, bool stale, bool selected) const
{
    // Built again only when it would look different: at tens of thousands of tracks, each
    // reported several times a second, most reports move nothing on screen by half a pixel. So
    // the symbol's place and the leader's tip to half a pixel, the label's figures to the digit
    // it shows, the symbol's height to 100 m (space begins at a height), and the rest whole.
    constexpr double kStepPx = 0.5;
    const auto step = [](double value, double size) { return qint64(std::floor(value / size)); };
    const QPointF at = toFrame(look.position);
    const double leaderStepMps = kStepPx / (m_frame.pixelsPerMetre(look.position.latDeg) * kLeaderSeconds);
    const auto &v = look.velocityEcef;
    const double speed = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    // A space launch is told apart when its service judges the launch, between two updates.
    return qHashMulti(0, step(at.x(), kStepPx), step(at.y(), kStepPx), step(v[0], leaderStepMps),
                      step(v[1], leaderStepMps), step(v[2], leaderStepMps), step(speed, 100.0),
                      step(look.heightM, 100.0), look.affiliation, look.exercise, look.objectKind, look.stage,
                      look.trailHeadUtcUs, look.trailSize, stale, selected, look.nations, look.divergent,
                      look.launch ? look.launch->kind : LaunchKind::Unknown,
                      look.launch ? look.launch->origin : QString());
}

bool OverlayScene::update(const PictureContent &picture, const FusionResult *fusion, qint64 nowUtcUs)
{
    ++m_generation;
    if (fusion)
        m_fusion.emplace(*fusion, picture.launches, picture.predictions);
    else
        m_fusion.reset();
    // A fused view draws from the tracks the fusion result was made from.
    m_sources = fusion ? &fusion->sources : &picture.tracks;
    bool changed = false;
    bool tracksChanged = false;
    if (m_fusion) {
        // Thousands of fused tracks are looked at on every update: what one shows is copied
        // together only when it has changed.
        for (const FusedTrack &fused : m_fusion->tracks()) {
            const auto best = m_sources->constFind(fused.best().key);
            if (best == m_sources->cend())
                continue;
            const TrackUpdate &state = best->state;
            TrackLook look{fused.position,
                           {fused.state.x(3), fused.state.x(4), fused.state.x(5)},
                           fused.position.heightM,
                           fused.affiliation,
                           fused.exercise,
                           state.objectKind,
                           state.stage,
                           best->trailHeadUtcUs,
                           best->trail.size(),
                           0,
                           0,
                           fused.divergence != Divergence::None,
                           m_fusion->launch(fused)};
            for (const Contributor &contributor : fused.contributors) {
                look.receivedUtcUs = std::max(look.receivedUtcUs, contributor.receivedUtcUs);
                look.nations = qHashMulti(look.nations, contributor.key.service);
            }
            updateTrack({QString(), fused.id}, look, nowUtcUs, tracksChanged, [&] {
                return std::pair(fusedAsTrack(*best, fused, look.receivedUtcUs), fused.nations());
            });
        }
    } else {
        for (auto it = picture.tracks.cbegin(); it != picture.tracks.cend(); ++it) {
            const TrackUpdate &state = it->state;
            const TrackLook look{state.position,   state.velocityEcef,    state.position.heightM,
                                 state.affiliation, state.exercise,        state.objectKind,
                                 state.stage,       it->trailHeadUtcUs,    it->trail.size(),
                                 it->receivedUtcUs, qHash(it->service),    false,
                                 launchOfTrack(picture.launches, it.key())};
            updateTrack(it.key(), look, nowUtcUs, tracksChanged, [&] {
                return std::pair(it.value(), QStringList{it->service});
            });
        }
    }
    changed = tracksChanged;
    for (auto it = picture.predictions.cbegin(); it != picture.predictions.cend(); ++it) {
        if (!predictionShown(it.key()))
            continue;
        const Prediction &prediction = it.value();
        const Affiliation affiliation = affiliationOf({it.key().service, prediction.trackId});
        const size_t signature = qHashMulti(0, prediction.issuedUtcUs, prediction.impactTimeUtcUs,
                                            prediction.trajectory.size(), prediction.provisional,
                                            prediction.orbital, affiliation);
        Entity &entity = m_predictions[it.key()];
        if (needsBuild(entity, signature)) {
            buildPrediction(entity, prediction, affiliation, pieceName(picture, it.key()));
            changed = true;
        }
    }
    const QSet<ServiceKey> fusedLaunches = m_fusion ? launchesShownFused(picture) : QSet<ServiceKey>();
    for (auto it = picture.launches.cbegin(); it != picture.launches.cend(); ++it) {
        if (m_fusion && !fusedLaunches.contains(it.key()))
            continue;
        const Launch &launch = it.value();
        const Affiliation affiliation = affiliationOf({it.key().service, launch.trackId});
        const size_t signature = qHashMulti(0, launch.launchTimeUtcUs, launch.launchTimeSigmaS, launch.point.latDeg,
                                            launch.point.lonDeg, launch.pointCovarianceEn.has_value(), affiliation,
                                            launch.outcomeUtcUs, launch.failure.has_value());
        Entity &entity = m_launches[it.key()];
        if (needsBuild(entity, signature)) {
            buildLaunch(entity, launch, affiliation);
            changed = true;
        }
    }
    // Dropped tracks and withdrawn predictions vanish.
    for (auto *entities : {&m_tracks, &m_predictions, &m_launches}) {
        for (auto it = entities->begin(); it != entities->end();) {
            if (it.value().generation == m_generation) {
                ++it;
                continue;
            }
            it = entities->erase(it);
            changed = true;
            tracksChanged = tracksChanged || entities == &m_tracks;
        }
    }

    regions::RegionMask touched;
    for (const Entity &entity : std::as_const(m_predictions))
        touched.add(entity.regions);
    const size_t regionSignature = qHashMulti(1, touched.bits());
    if (m_regions.signature != regionSignature) {
        m_regions.signature = regionSignature;
        buildRegions(touched);
        changed = true;
    }

    if (tracksChanged) {
        // A new one, not changed in place: the GUI thread may be picking from the last.
        auto picker = std::make_shared<TrackPicker>();
        if (m_fusion) {
            for (const FusedTrack &fused : m_fusion->tracks())
                picker->insert(toFrame(fused.position), {QString(), fused.id});
        } else {
            for (auto it = picture.tracks.cbegin(); it != picture.tracks.cend(); ++it)
                picker->insert(toFrame(it.value().state.position), it.key());
        }
        m_picker = std::move(picker);
    }
    // They speak of the copies the caller holds only for this call.
    m_fusion.reset();
    m_sources = nullptr;
    return changed;
}

bool OverlayScene::needsBuild(Entity &entity, size_t signature)
{
    entity.generation = m_generation;
    if (entity.signature == signature && entity.frameGeneration == m_frameGeneration)
        return false;
    if (entity.signature != signature)
        entity.outlines.clear();
    entity.signature = signature;
    entity.frameGeneration = m_frameGeneration;
    return true;
}

QSet<ServiceKey> OverlayScene::launchesShownFused(const PictureContent &picture) const
{
    // One marker per missile, the one every view shows (LaunchChoice); a launch whose track is
    // not fused is shown.
    QSet<ServiceKey> shown;
    for (auto it = picture.launches.cbegin(); it != picture.launches.cend(); ++it) {
        if (m_fusion->fusedIdOf({it.key().service, it->trackId}).isEmpty())
            shown.insert(it.key());
    }
    for (const FusedTrack &fused : m_fusion->tracks()) {
        if (fused.launchSource)
            shown.insert(*fused.launchSource);
    }
    return shown;
}

Affiliation OverlayScene::affiliationOf(const ServiceKey &track) const
{
    // A launch or a prediction carries no affiliation of its own: its track's, as the nations
    // together call it while fused. A track no longer in the picture is unknown, as in the
    // debrief's exports.
    if (m_fusion) {
        if (const FusedTrack *fused = m_fusion->find(m_fusion->fusedIdOf(track)))
            return fused->affiliation;
    }
    const auto found = m_sources->constFind(track);
    return found == m_sources->cend() ? Affiliation::Unknown : found->state.affiliation;
}

bool OverlayScene::predictionShown(const ServiceKey &key) const
{
    if (!m_fusion)
        return true;
    const QString fusedId = m_fusion->fusedIdOf(key);
    const FusedTrack *fused = fusedId.isEmpty() ? nullptr : m_fusion->find(fusedId);
    return fused && fused->predictionSource == key;
}

std::shared_ptr<ShapeBatch> OverlayScene::emptiedShapes(Entity &entity)
{
    if (entity.shapes.use_count() != 1)
        return std::make_shared<ShapeBatch>();
    std::shared_ptr<ShapeBatch> shapes = std::move(entity.shapes);
    shapes->clear();
    return shapes;
}

void OverlayScene::buildTrack(Entity &entity, const Track &track, const Launch *launch, const QStringList &badges,
                              bool divergent, bool stale, bool selected)
{
    std::shared_ptr<ShapeBatch> shapes = emptiedShapes(entity);
    entity.labels.clear();
    const QColor color = trackColor(track, stale);
    const QPointF position = toFrame(track.state.position);

    QColor trail = color;
    trail.setAlpha(kTrail.alpha());
    const std::vector<QPointF> &trailInFrame = entity.trail.project(track.trail, m_frame, m_frameGeneration);
    m_scratch.assign(trailInFrame.begin(), trailInFrame.end());
    m_scratch.push_back(position);
    shapes->addPolyline(m_thinning.thin(m_scratch), kLineWidth, trail);

    Vec3 ahead = track.state.positionEcef;
    for (int i = 0; i < 3; ++i)
        ahead[i] += track.state.velocityEcef[i] * kLeaderSeconds;
    shapes->addLine(position, toFrame(geodeticFromEcef(ahead)), kLineWidth, color);
    const SymbolEntity symbol = trackSymbolEntity(track.state.objectKind, launch);
    const QString sidc = symbolCode(symbol, track.state.affiliation, track.state.exercise, track.state.position.heightM);
    shapes->addSymbol(position, sidc, stale ? symbolImages::Look::Stale : symbolImages::Look::Current);
    const QRectF frame = symbolBox(position, sidc);
    // Outside the selection box, so a selected track that diverges shows both.
    const QRectF box = frame.adjusted(-kSymbolMarginPx, -kSymbolMarginPx, kSymbolMarginPx, kSymbolMarginPx);
    if (selected) {
        const QPointF corners[] = {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
        shapes->addClosedPolyline(corners, 1.5f, kSelection);
    }
    if (divergent) {
        const double dx = std::max(position.x() - box.left(), box.right() - position.x());
        const double dy = std::max(position.y() - box.top(), box.bottom() - position.y());
        shapes->addClosedPolyline(circle(position, std::hypot(dx, dy)), kSymbolStroke, kDivergence);
    }
    entity.symbols = {frame};
    const double right = frame.right() - position.x();
    entity.labels.push_back({LabelPriority::Track, position, QPointF(right + 4, frame.top() - position.y()),
                             right + 4, trackLabel(track, symbol == SymbolEntity::BallisticMissile ? QString() : trackedObjectName(track.state, launch)),
                             stale ? kStale : kLabel, badges, 0,
                             divergent ? QCoreApplication::translate("OverlayScene", " disagree") : QString(),
                             track.state.trackId});
    entity.shapes = std::move(shapes);
}

QString OverlayScene::pieceName(const PictureContent &picture, const ServiceKey &trackKey) const
{
    const auto track = m_sources->constFind(trackKey);
    if (track == m_sources->cend())
        return {};
    const Launch *launch = m_fusion ? m_fusion->launchOf(trackKey) : launchOfTrack(picture.launches, trackKey);
    return trackSymbolEntity(track->state.objectKind, launch) == SymbolEntity::SpacePiece
               ? trackedObjectName(track->state, launch)
               : QString();
}

void OverlayScene::buildPrediction(Entity &entity, const Prediction &prediction, Affiliation affiliation,
                                   const QString &piece)
{
    auto shapes = std::make_shared<ShapeBatch>();
    entity.labels.clear();
    entity.symbols.clear();
    // A prediction this console computed (no service sent one) is drawn apart from the services'.
    const QColor lineColor = prediction.exercise ? kExercise
                             : prediction.local  ? kLocalTrajectory
                                                 : kTrajectory;
    const auto &trajectory = prediction.trajectory;
    shapes->addPolyline(projected(trajectory, [](const TrajectorySample &s) { return s.point; }), kLineWidth,
                              lineColor, prediction.provisional ? 8.0f : 0.0f);

    // A tick across the ground track every minute of flight: how fast the threat closes.
    if (trajectory.size() > 1) {
        const qint64 step = qint64(kTickSeconds * 1'000'000);
        qint64 tick = trajectory.front().timeUtcUs + step;
        for (size_t i = 1; i < trajectory.size(); ++i) {
            const TrajectorySample &a = trajectory[i - 1], &b = trajectory[i];
            for (; tick <= b.timeUtcUs && b.timeUtcUs > a.timeUtcUs; tick += step) {
                const QPointF at = toFrame(interpolate(a, b, tick));
                const QPointF d = toFrame(b.point) - toFrame(a.point);
                const double length = std::hypot(d.x(), d.y());
                if (length <= 0.0)
                    continue;
                const QPointF normal(-d.y() / length * 5.0, d.x() / length * 5.0);
                shapes->addLine(at - normal, at + normal, kLineWidth, lineColor);
            }
        }
    }

    if (prediction.apogee.heightM > 0.0) {
        const QPointF apogee = toFrame(prediction.apogee);
        shapes->addLine(apogee + QPointF(-5, 3), apogee + QPointF(0, -4), 2.0f, lineColor);
        shapes->addLine(apogee + QPointF(0, -4), apogee + QPointF(5, 3), 2.0f, lineColor);
        entity.symbols.push_back(symbolBox(apogee, 5, 4, 5, 3));
        entity.labels.push_back({LabelPriority::Apogee, apogee, QPointF(7, -8), 7,
                                 QCoreApplication::translate("OverlayScene", "apogee %1 km")
                                     .arg(prediction.apogee.heightM / 1000.0, 0, 'f', 0),
                                 lineColor, {}});
    }

    if (prediction.orbital) {
        buildOrbitEnd(entity, *shapes, prediction, lineColor);
        entity.shapes = std::move(shapes);
        return;
    }
    auto is95 = [](const ImpactEllipse &ellipse) { return ellipse.confidence > 0.75; };
    if (entity.outlines.empty()) {
        for (const ImpactEllipse &ellipse : prediction.ellipses)
            entity.outlines.push_back(impactEllipseOutline(prediction.impactPoint, ellipse));
        checkRegions(entity, prediction);
    }
    for (size_t i = 0; i < prediction.ellipses.size(); ++i) {
        const auto &points = projected(entity.outlines[i], [](const GeoPoint &p) { return p; });
        if (is95(prediction.ellipses[i])) {
            QColor fill = kEllipse95;
            fill.setAlpha(0x38);
            shapes->addFilledPolygon(points, fill);
        }
        shapes->addPolyline(points, 2.0f, is95(prediction.ellipses[i]) ? kEllipse95 : kEllipse50);
    }

    const QPointF impact = toFrame(prediction.impactPoint);
    const QString sidc = symbolCode(SymbolEntity::PredictedImpactPoint, affiliation, prediction.exercise);
    shapes->addSymbol(impact, sidc);
    const QString regions = m_regionMap ? impactAreaText(entity.impactArea) : QString();
    // A stage's fall is planned, not a missile's impact: its label says what falls.
    const QString impactAt = utcTime(prediction.impactTimeUtcUs);
    const QString impactText =
        !piece.isEmpty()   ? QCoreApplication::translate("OverlayScene", "%1 falls %2", "Stage 1 falls 05:12:30Z")
                                 .arg(piece, impactAt)
        : prediction.local ? QCoreApplication::translate("OverlayScene", "impact %1 (computed locally)").arg(impactAt)
                           : QCoreApplication::translate("OverlayScene", "impact %1").arg(impactAt);
    const QRectF impactSymbol = symbolBox(impact, sidc);
    entity.symbols.push_back(impactSymbol);
    entity.labels.push_back({LabelPriority::Impact, impact, QPointF(impactSymbol.right() - impact.x() + 2, 4),
                             impactSymbol.right() - impact.x() + 2,
                             impactText,
                             lineColor, {}, prediction.impactTimeUtcUs,
                             regions.isEmpty() ? QString() : QStringLiteral("  ") + regions});
    entity.shapes = std::move(shapes);
}

void OverlayScene::buildOrbitEnd(Entity &entity, ShapeBatch &shapes, const Prediction &prediction,
                                 const QColor &lineColor) const
{
    // The ground track ends with the first orbit: an open circle, where an impact would have its
    // symbol, says that nothing comes down there.
    const QPointF end = toFrame(prediction.trajectory.back().point);
    shapes.addClosedPolyline(circle(end, kOrbitEndRadiusPx), kLineWidth, lineColor);
    entity.symbols.push_back(QRectF(end - QPointF(kOrbitEndRadiusPx, kOrbitEndRadiusPx),
                                    QSizeF(2 * kOrbitEndRadiusPx, 2 * kOrbitEndRadiusPx)));
    entity.labels.push_back({LabelPriority::Impact, end, QPointF(kOrbitEndRadiusPx + 2, 4), kOrbitEndRadiusPx + 2,
                             QCoreApplication::translate("OverlayScene", "first orbit, to %1")
                                 .arg(utcTime(prediction.trajectory.back().timeUtcUs)),
                             lineColor, {}});
}

void OverlayScene::checkRegions(Entity &entity, const Prediction &prediction) const
{
    entity.impactArea = {};
    entity.regions = {};
    // The alert row's and the exports' classification: a boost-phase impact point names no
    // region on the map either.
    if (!m_regionMap)
        return;
    entity.impactArea = impactAreaOf(*m_regionMap, prediction);
    if (!entity.impactArea.meaningful)
        return;
    entity.regions = entity.impactArea.touched;
    // Overflight: territory under the ground track, less the launching country's own (whatever
    // lies under the first minute, so a coastal launch site a cell out at sea still counts).
    if (prediction.trajectory.empty())
        return;
    const qint64 boostEndUs = prediction.trajectory.front().timeUtcUs + 60 * 1'000'000;
    regions::RegionMask home, overflown;
    for (const TrajectorySample &sample : prediction.trajectory) {
        const regions::Region under = m_regionMap->at(sample.point);
        if (under.kind() == regions::RegionKind::Territory)
            (sample.timeUtcUs <= boostEndUs ? home : overflown).add(under);
    }
    overflown.forEachWorstFirst([&](regions::Region region) {
        if (!home.contains(region))
            entity.regions.add(region);
    });
}

void OverlayScene::buildLaunch(Entity &entity, const Launch &launch, Affiliation affiliation)
{
    auto shapes = std::make_shared<ShapeBatch>();
    entity.labels.clear();
    if (const auto ellipse = launchEllipse(launch)) {
        if (entity.outlines.empty())
            entity.outlines.push_back(impactEllipseOutline(launch.point, *ellipse));
        shapes->addPolyline(projected(entity.outlines.front(), [](const GeoPoint &p) { return p; }), 1.5f,
                            kLaunchEllipse);
    }
    const QPointF p = toFrame(launch.point);
    const QString sidc = symbolCode(SymbolEntity::LaunchPoint, affiliation, launch.exercise);
    shapes->addSymbol(p, sidc);
    const double spreadS = launchTimeSpread95S(launch);
    const QString label = spreadS > 0.0 ? QCoreApplication::translate("OverlayScene", "launch %1 ±%2 s")
                                              .arg(utcTime(launch.launchTimeUtcUs))
                                              .arg(spreadS, 0, 'f', 0)
                                        : QCoreApplication::translate("OverlayScene", "launch %1")
                                              .arg(utcTime(launch.launchTimeUtcUs));
    // The launch point graphic is a pin whose tip is the point: its label goes below.
    entity.symbols = {symbolBox(p, sidc)};
    entity.labels.push_back({LabelPriority::Launch, p, QPointF(-8, 8), 8, label, kLaunch, {}});
    if (launch.failure)
        buildDebris(entity, *shapes, *launch.failure, affiliation, launch.exercise);
    entity.shapes = std::move(shapes);
}

void OverlayScene::buildDebris(Entity &entity, ShapeBatch &shapes, const LaunchFailure &failure,
                               Affiliation affiliation, bool exercise)
{
    // Where a failed space launch's debris comes down is drawn as an impact is: it is one.
    for (const ImpactEllipse &ellipse : failure.debrisEllipses) {
        const auto &points = projected(impactEllipseOutline(failure.debrisPoint, ellipse),
                                       [](const GeoPoint &p) { return p; });
        QColor fill = kEllipse95;
        fill.setAlpha(0x38);
        shapes.addFilledPolygon(points, fill);
        shapes.addPolyline(points, 2.0f, kEllipse95);
    }
    const QPointF at = toFrame(failure.debrisPoint);
    const QString sidc = symbolCode(SymbolEntity::PredictedImpactPoint, affiliation, exercise);
    shapes.addSymbol(at, sidc);
    const QRectF box = symbolBox(at, sidc);
    entity.symbols.push_back(box);
    const QString label = failure.debrisUntilUtcUs > 0
                              ? QCoreApplication::translate("OverlayScene", "debris falls until %1")
                                    .arg(utcTime(failure.debrisUntilUtcUs))
                              : QCoreApplication::translate("OverlayScene", "debris falls");
    entity.labels.push_back({LabelPriority::Impact, at, QPointF(box.right() - at.x() + 2, 4), box.right() - at.x() + 2,
                             label, kTrajectory, {}, failure.debrisUntilUtcUs});
}

void OverlayScene::buildRegions(regions::RegionMask touched)
{
    auto shapes = std::make_shared<ShapeBatch>();
    m_regions.shapes = shapes;
    if (!m_regionMap)
        return;
    touched.forEachWorstFirst([&](regions::Region region) {
        if (!region.isWatched())
            return;
        const bool land = region.kind() == regions::RegionKind::Territory;
        for (const auto &[from, to] : m_regionMap->outline(region))
            shapes->addLine(toFrame(from), toFrame(to), land ? 2.0f : 1.0f, land ? kRegion : kRegionEez);
    });
}

void OverlayScene::setPlaces(const std::vector<basemap::Place> *places)
{
    m_places = places;
    buildPlaces();
}

void OverlayScene::buildPlaces()
{
    auto shapes = std::make_shared<ShapeBatch>();
    m_placeNames.labels.clear();
    if (m_places && m_frame.isValid()) {
        const basemap::BasemapStyle style;
        const QLocale locale;
        const double zoom = m_frame.zoom();
        for (const basemap::Place &place : *m_places) {
            if (place.minZoom > zoom + 0.5)
                continue;
            const QPointF at = toFrame({place.latDeg, place.lonDeg, 0.0});
            const QString name = place.nameFor(locale);
            if (place.kind == basemap::Place::Kind::Sea) {
                const QPointF centred(m_metrics.horizontalAdvance(name) / 2.0, m_metrics.height() / 2.0);
                // A sea's name belongs where it is: nowhere else.
                m_placeNames.labels.push_back({LabelPriority::Place, at, -centred, 0, name, style.seaLabel, {}});
                continue;
            }
            shapes->addFilledPolygon(circle(at, place.capital ? 3.2 : 2.4), style.city);
            m_placeNames.labels.push_back({LabelPriority::Place, at, QPointF(5, -4 - m_metrics.ascent()), 4, name,
                                           style.cityLabel, {}});
        }
    }
    m_placeNames.shapes = std::move(shapes);
}

void OverlayScene::buildGraticule()
{
    auto lines = std::make_shared<ShapeBatch>();
    m_graticule = lines;
    if (!m_graticuleVisible || !m_frame.isValid())
        return;
    constexpr double kStepDeg = 5.0;
    for (double lon = 90.0; lon <= 180.0; lon += kStepDeg)
        lines->addLine(toFrame({0.0, lon, 0.0}), toFrame({70.0, lon, 0.0}), 1.0f, kGraticule);
    for (double lat = 0.0; lat <= 70.0; lat += kStepDeg)
        lines->addLine(toFrame({lat, 90.0, 0.0}), toFrame({lat, 180.0, 0.0}), 1.0f, kGraticule);
}

std::vector<std::shared_ptr<const ShapeBatch>> OverlayScene::shapes(const QRectF &area) const
{
    std::vector<std::shared_ptr<const ShapeBatch>> batches;
    auto take = [&](const std::shared_ptr<const ShapeBatch> &batch) {
        if (batch && !batch->isEmpty() && batch->bounds().intersects(area))
            batches.push_back(batch);
    };
    take(m_graticule);
    take(m_placeNames.shapes);
    take(m_regions.shapes);
    // Tracks last: they draw over the predictions they belong to.
    // An entity not yet rebuilt after a zoom would be drawn in the old frame's coordinates.
    for (const auto *entities : {&m_predictions, &m_launches, &m_tracks})
        for (const Entity &entity : *entities)
            if (entity.frameGeneration == m_frameGeneration)
                take(entity.shapes);
    return batches;
}

QSizeF OverlayScene::textSize(const QString &text)
{
    if (const auto found = m_textSizes.constFind(text); found != m_textSizes.cend())
        return *found;
    // Bounded: countdowns and figures make new texts every second. Forgetting all at once costs
    // one build its shaping.
    constexpr qsizetype kMaxRemembered = 8192;
    if (m_textSizes.size() >= kMaxRemembered)
        m_textSizes.clear();
    // Shaped as the rasterizer draws it: a glyph that a fallback face draws (Korean or Japanese
    // in a Latin face) brings that face's ascent and descent into the line's height.
    QTextLayout layout(text, m_font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    QSizeF size(0.0, m_metrics.height());
    if (line.isValid()) {
        line.setLineWidth(1e6);
        size = {line.naturalTextWidth(), line.height()};
    }
    layout.endLayout();
    return m_textSizes.emplace(text, size).value();
}

bool OverlayScene::placeLabel(const LabelRequest &request, const QString &text, qint64 nowUtcUs)
{
    QString line = text;
    if (request.countdownToUs)
        line += QStringLiteral("  ") + countdown(request.countdownToUs, nowUtcUs);
    line += request.suffix;
    const QSizeF textBox = textSize(line);
    QList<double> badgeWidths;
    double width = textBox.width(), height = textBox.height();
    for (const QString &badge : request.badges) {
        const QSizeF box = textSize(badge);
        badgeWidths.push_back(box.width() + 6.0);
        width += box.width() + 8.0;
        height = std::max(height, box.height());
    }
    // With the shadow, drawn a pixel right and down.
    const QSizeF size(width + 1.0, height + 1.0);
    // A leader line over nothing taken if there is such a place; else one that crosses, rather
    // than no label.
    bool leaderOverFree = true;
    const auto tryAt = [&](QPointF at, bool leader) {
        const QRectF rect(at, size);
        if (!m_taken.isFree(rect))
            return false;
        if (leader) {
            // From just outside the symbol to the label's nearest point, over nothing taken.
            const QPointF near(std::clamp(request.anchor.x(), rect.left(), rect.right()),
                               std::clamp(request.anchor.y(), rect.top(), rect.bottom()));
            const QPointF towards = near - request.anchor;
            const double length = std::hypot(towards.x(), towards.y());
            const auto along = [&](double distance) { return request.anchor + towards * distance / length; };
            // Past the corners of its own symbol, which the clearance clears only side-on.
            for (double distance = request.clearance + 2.0; leaderOverFree && distance < length - 1.0; distance += 3.0)
                if (!m_taken.isFree(QRectF(along(distance), QSizeF(1.0, 1.0))))
                    return false;
            QColor color = request.color;
            color.setAlpha(0xa0);
            m_labelBackgrounds.addLine(along(request.clearance - 2.0), near, 1.0f, color);
            // The line is part of the label: no later label is drawn across it.
            for (double distance = request.clearance; distance < length; distance += 2.0)
                m_taken.add(QRectF(along(distance) - QPointF(1.0, 1.0), QSizeF(2.0, 2.0)));
        }
        m_taken.add(rect);
        for (qsizetype i = 0; i < request.badges.size(); ++i) {
            const QString &badge = request.badges[i];
            m_labelBackgrounds.addFilledRect(QRectF(at, QSizeF(badgeWidths[i], height)), badgeColor(badge));
            m_labels.push_back({at + QPointF(3, 0), badge, kLabel, request.anchor});
            at.rx() += badgeWidths[i] + 2.0;
        }
        m_labels.push_back({at, line, request.color, request.anchor});
        return true;
    };
    const auto place = [&] {
        return forEachPlace(request.anchor, request.offset, request.clearance, request.leaders(), size, tryAt);
    };
    if (place())
        return true;
    leaderOverFree = false;
    return request.leaders() && place();
}

void OverlayScene::layoutLabels(const QRectF &visible, qint64 nowUtcUs)
{
    // Urgent labels first, each where it covers no symbol and no label placed before it, or
    // left out (the track table still lists it). A cap keeps a dense picture legible; the grid
    // keeps each try to the rectangles near it, and a request is measured (its text shaped,
    // the layout's main cost) only once a place around it is free, so in a crowded picture most
    // cost a few grid lookups, and the most urgent kMaxTries only are tried at all.
    constexpr size_t kMaxLabels = 250;
    constexpr size_t kMaxTries = 8 * kMaxLabels;
    m_taken.clear();
    std::vector<const LabelRequest *> requests;
    for (const auto *entities : {&m_tracks, &m_predictions, &m_launches}) {
        for (const Entity &entity : *entities) {
            if (entity.frameGeneration != m_frameGeneration)
                continue;
            for (const QRectF &symbol : entity.symbols)
                if (visible.intersects(symbol))
                    m_taken.add(symbol);
            for (const LabelRequest &request : entity.labels)
                if (visible.contains(request.anchor))
                    requests.push_back(&request);
        }
    }
    // Place names last: they give way to everything the picture shows.
    for (const LabelRequest &request : m_placeNames.labels)
        if (visible.contains(request.anchor))
            requests.push_back(&request);
    std::stable_sort(requests.begin(), requests.end(),
                     [](const LabelRequest *a, const LabelRequest *b) { return a->priority < b->priority; });

    m_labels.clear();
    m_labelBackgrounds = {};
    const QSizeF probe(1.0, m_metrics.ascent());
    size_t placed = 0;
    const size_t tries = std::min(requests.size(), kMaxTries);
    for (size_t i = 0; i < tries && placed < kMaxLabels; ++i) {
        const LabelRequest &request = *requests[i];
        // Within any label's rectangle at each place: where it is taken, no label goes.
        if (!forEachPlace(request.anchor, request.offset, request.clearance, request.leaders(), probe,
                          [&](QPointF at, bool) { return m_taken.isFree(QRectF(at, probe)); }))
            continue;
        if (placeLabel(request, request.text, nowUtcUs)
            || (!request.shortText.isEmpty() && placeLabel(request, request.shortText, nowUtcUs)))
            ++placed;
    }
}

void OverlayScene::build(const PictureContent &picture, const FusionResult *fusion, const MapViewport &viewport,
                         qint64 nowUtcUs)
{
    setFrame(viewport);
    update(picture, fusion, nowUtcUs);
    layoutLabels(QRectF(QPointF(0, 0), viewport.size()), nowUtcUs);
}

} // namespace cop
