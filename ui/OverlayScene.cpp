#include "OverlayScene.h"

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

QString trackLabel(const Track &track)
{
    const auto &v = track.state.velocityEcef;
    const double speed = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return QCoreApplication::translate("OverlayScene", "%1 %2  %3 km  %4 km/s")
        .arg(track.service, track.state.trackId)
        .arg(track.state.position.heightM / 1000.0, 0, 'f', 0)
        .arg(speed / 1000.0, 0, 'f', 1);
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
    for (const Prediction &prediction : picture.predictions()) {
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

void OverlayScene::addTracks(const Picture &picture, const MapViewport &viewport, qint64 nowUtcUs)
{
    for (const Track &track : picture.tracks()) {
        const QColor color = trackColor(track, nowUtcUs);
        const QPointF position = viewport.project(track.state.position);

        m_scratch.clear();
        for (const GeoPoint &p : track.trail)
            m_scratch.push_back(viewport.project(p));
        m_scratch.push_back(position);
        QColor trail = color;
        trail.setAlpha(kTrail.alpha());
        m_triangles.addPolyline(m_scratch, kLineWidth, trail);

        Vec3 ahead = track.state.positionEcef;
        for (int i = 0; i < 3; ++i)
            ahead[i] += track.state.velocityEcef[i] * kLeaderSeconds;
        m_triangles.addLine(position, viewport.project(geodeticFromEcef(ahead)), kLineWidth, color);

        if (track.state.phase == TrackPhase::Boost)
            m_triangles.addFilledDiamond(position, kSymbolHalfSize, color);
        else
            m_triangles.addDiamond(position, kSymbolHalfSize, kSymbolStroke, color);
        requestLabel(LabelPriority::Track, position + QPointF(kSymbolHalfSize + 4, -kSymbolHalfSize),
                     trackLabel(track), color == kStale ? kStale : kLabel);
    }
}

} // namespace cop
