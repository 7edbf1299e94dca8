#include "OverlayScene.h"

#include "FusedPicture.h"
#include "ImpactEllipseOutline.h"
#include "OverlayStyle.h"
#include "Picture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

using namespace overlayStyle;

QColor trackColor(const Track &track, qint64 nowUtcUs)
{
    if (nowUtcUs - track.receivedUtcUs > kStaleAfterUs)
        return kStale;
    return track.state.exercise ? kExercise : kHostile;
}

// "who what  altitude  speed": a service and its track id, or a fused id and its nations.
QString trackLabel(const QString &who, const QString &what, const TrackUpdate &state)
{
    const auto &v = state.velocityEcef;
    const double speed = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return QCoreApplication::translate("OverlayScene", "%1 %2  %3 km  %4 km/s")
        .arg(who, what)
        .arg(state.position.heightM / 1000.0, 0, 'f', 0)
        .arg(speed / 1000.0, 0, 'f', 1);
}

QColor badgeColor(const QString &nation)
{
    if (nation == u"US")
        return kBadgeUs;
    if (nation == u"JP")
        return kBadgeJp;
    if (nation == u"KR")
        return kBadgeKr;
    return kBadgeOther;
}

} // namespace

void OverlayScene::build(const Picture &picture, const MapViewport &viewport, QSizeF size,
                         qint64 nowUtcUs)
{
    m_triangles.clear();
    m_labels.clear();
    m_labelRequests.clear();
    addGraticule(viewport, size);
    addPredictions(picture, viewport);
    addLaunches(picture, viewport);
    if (m_fusion)
        addFusedTracks(picture, viewport, nowUtcUs);
    else
        addTracks(picture, viewport, nowUtcUs);
    placeLabels();
}

void OverlayScene::requestLabel(LabelPriority priority, QPointF anchor, const QString &text, QColor color)
{
    m_labelRequests.push_back({priority, anchor, {anchor, text, color}});
}

void OverlayScene::placeLabels()
{
    // Track labels win over impact labels; a label that would cover another slides down a line
    // or two, and is left out rather than drawn over one (the track table still lists it).
    constexpr int kMaxShifts = 3;
    std::stable_sort(m_labelRequests.begin(), m_labelRequests.end(),
                     [](const LabelRequest &a, const LabelRequest &b) { return a.priority < b.priority; });
    m_placed.clear();
    const double lineHeight = m_metrics.height();
    for (LabelRequest &request : m_labelRequests) {
        const QSizeF size(m_metrics.horizontalAdvance(request.label.text), lineHeight);
        for (int shift = 0; shift <= kMaxShifts; ++shift) {
            const QRectF rect(request.anchor + QPointF(0, shift * lineHeight), size);
            const bool overlaps = std::any_of(m_placed.begin(), m_placed.end(),
                                              [&rect](const QRectF &placed) { return placed.intersects(rect); });
            if (!overlaps) {
                m_placed.push_back(rect);
                request.label.position = rect.topLeft();
                m_labels.push_back(std::move(request.label));
                break;
            }
        }
    }
}

void OverlayScene::addGraticule(const MapViewport &viewport, QSizeF size)
{
    constexpr double kStepDeg = 5.0;
    const GeoPoint topLeft = viewport.unproject({0, 0});
    const GeoPoint bottomRight = viewport.unproject({size.width(), size.height()});
    double east = bottomRight.lonDeg;
    if (east < topLeft.lonDeg)
        east += 360.0;
    for (double lon = std::ceil(topLeft.lonDeg / kStepDeg) * kStepDeg; lon <= east; lon += kStepDeg) {
        const double x = viewport.project(0.0, lon).x();
        m_triangles.addLine({x, 0}, {x, size.height()}, 1.0f, kGraticule);
    }
    for (double lat = std::ceil(bottomRight.latDeg / kStepDeg) * kStepDeg; lat <= topLeft.latDeg;
         lat += kStepDeg) {
        const double y = viewport.project(lat, topLeft.lonDeg).y();
        m_triangles.addLine({0, y}, {size.width(), y}, 1.0f, kGraticule);
    }
}

void OverlayScene::addPredictions(const Picture &picture, const MapViewport &viewport)
{
    QSet<ServiceKey> shown;
    if (m_fusion) {
        for (const FusedTrack *track : m_fusion->tracks()) {
            if (track->predictionSource)
                shown.insert(*track->predictionSource);
        }
    }
    for (auto it = picture.predictions().cbegin(); it != picture.predictions().cend(); ++it) {
        if (m_fusion && !shown.contains(it.key()))
            continue;
        const Prediction &prediction = *it;
        m_scratch.clear();
        for (const TrajectorySample &sample : prediction.trajectory)
            m_scratch.push_back(viewport.project(sample.point));
        const QColor trajectory = prediction.local ? kLocalTrajectory : kTrajectory;
        m_triangles.addPolyline(m_scratch, kLineWidth, trajectory,
                                prediction.provisional ? 8.0f : 0.0f);
        for (const ImpactEllipse &ellipse : prediction.ellipses) {
            m_scratch.clear();
            for (const GeoPoint &p : impactEllipseOutline(prediction.impactPoint, ellipse))
                m_scratch.push_back(viewport.project(p));
            m_triangles.addPolyline(m_scratch, 2.0f,
                                    ellipse.confidence > 0.75 ? kEllipse95 : kEllipse50);
        }
        const QPointF impact = viewport.project(prediction.impactPoint);
        m_triangles.addLine(impact + QPointF(-6, -6), impact + QPointF(6, 6), 2.0f, kEllipse50);
        m_triangles.addLine(impact + QPointF(-6, 6), impact + QPointF(6, -6), 2.0f, kEllipse50);
        const QString impactTime = QDateTime::fromMSecsSinceEpoch(prediction.impactTimeUtcUs / 1000,
                                                                  QTimeZone::UTC)
                                       .toString(u"HH:mm:ss'Z'");
        const QString label = prediction.local
                                  ? QCoreApplication::translate("OverlayScene",
                                                                "impact %1 (computed locally)")
                                  : QCoreApplication::translate("OverlayScene", "impact %1");
        requestLabel(LabelPriority::Impact, impact + QPointF(10, 4), label.arg(impactTime),
                     trajectory);
    }
}

void OverlayScene::addLaunches(const Picture &picture, const MapViewport &viewport)
{
    for (const Launch &launch : picture.launches()) {
        const QPointF p = viewport.project(launch.point);
        m_triangles.addTriangle(p + QPointF(0, -7), p + QPointF(6, 5), p + QPointF(-6, 5), kLaunch);
    }
}

QPointF OverlayScene::addTrackSymbol(const TrackUpdate &state, const std::deque<GeoPoint> &trail,
                                     const MapViewport &viewport, QColor color)
{
    const QPointF position = viewport.project(state.position);
    m_scratch.clear();
    for (const GeoPoint &p : trail)
        m_scratch.push_back(viewport.project(p));
    m_scratch.push_back(position);
    QColor trailColor = color;
    trailColor.setAlpha(kTrail.alpha());
    m_triangles.addPolyline(m_scratch, kLineWidth, trailColor);

    Vec3 ahead = state.positionEcef;
    for (int i = 0; i < 3; ++i)
        ahead[i] += state.velocityEcef[i] * kLeaderSeconds;
    m_triangles.addLine(position, viewport.project(geodeticFromEcef(ahead)), kLineWidth, color);

    if (state.phase == TrackPhase::Boost)
        m_triangles.addFilledDiamond(position, kSymbolHalfSize, color);
    else
        m_triangles.addDiamond(position, kSymbolHalfSize, kSymbolStroke, color);
    return position;
}

void OverlayScene::addTracks(const Picture &picture, const MapViewport &viewport, qint64 nowUtcUs)
{
    for (const Track &track : picture.tracks()) {
        const QColor color = trackColor(track, nowUtcUs);
        const QPointF position = addTrackSymbol(track.state, track.trail, viewport, color);
        requestLabel(LabelPriority::Track, position + QPointF(kSymbolHalfSize + 4, -kSymbolHalfSize),
                     trackLabel(track.service, track.state.trackId, track.state),
                     color == kStale ? kStale : kLabel);
    }
}

void OverlayScene::addFusedTracks(const Picture &picture, const MapViewport &viewport, qint64 nowUtcUs)
{
    for (const FusedTrack *fused : m_fusion->tracks()) {
        // Drawn as its best contributor's track (its trail), at the fused state.
        Track track = picture.tracks().value(fused->best().key);
        track.receivedUtcUs = std::max_element(fused->contributors.begin(), fused->contributors.end(),
                                               [](const Contributor &a, const Contributor &b) {
                                                   return a.receivedUtcUs < b.receivedUtcUs;
                                               })->receivedUtcUs;
        track.state.position = fused->position;
        track.state.positionEcef = {fused->state.x(0), fused->state.x(1), fused->state.x(2)};
        track.state.velocityEcef = {fused->state.x(3), fused->state.x(4), fused->state.x(5)};
        const QColor color = trackColor(track, nowUtcUs);
        const QPointF position = addTrackSymbol(track.state, track.trail, viewport, color);
        if (fused->divergence != Divergence::None)
            m_triangles.addDiamond(position, kSymbolHalfSize + 5, kSymbolStroke, kDivergence);

        // The badge row under the symbol: one square per nation, in the label's order.
        const QStringList nations = fused->nations();
        QPointF badge = position + QPointF(-kSymbolHalfSize, kSymbolHalfSize + 3);
        for (const QString &nation : nations) {
            const QPointF a = badge, b = badge + QPointF(kBadgeSize, 0),
                          c = badge + QPointF(kBadgeSize, kBadgeSize), d = badge + QPointF(0, kBadgeSize);
            m_triangles.addTriangle(a, b, c, badgeColor(nation));
            m_triangles.addTriangle(a, c, d, badgeColor(nation));
            badge.rx() += kBadgeSize + 2;
        }
        QString badges = u'[' + nations.join(u' ') + u']';
        if (fused->divergence != Divergence::None)
            badges += QCoreApplication::translate("OverlayScene", " disagree");
        const QString label = trackLabel(fused->id, badges, track.state);
        requestLabel(LabelPriority::Track, position + QPointF(kSymbolHalfSize + 4, -kSymbolHalfSize),
                     label, color == kStale ? kStale : kLabel);
    }
}

} // namespace cop
