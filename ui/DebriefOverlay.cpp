#include "DebriefOverlay.h"

#include "geo/ImpactEllipseOutline.h"
#include "MapViewport.h"

#include <QGeoCoordinate>
#include <QPainter>

namespace cop {

namespace {

const QColor kPredicted{0x64, 0xd2, 0xff};
const QColor kActual{0xff, 0xff, 0xff};

} // namespace

DebriefOverlay::DebriefOverlay(QQuickItem *trackOverlay)
    : QQuickPaintedItem(trackOverlay)
    , m_trackOverlay(trackOverlay)
{
    setAntialiasing(true);
    setSize(trackOverlay->size());
    connect(trackOverlay, &QQuickItem::widthChanged, this, [this] { setWidth(m_trackOverlay->width()); });
    connect(trackOverlay, &QQuickItem::heightChanged, this, [this] { setHeight(m_trackOverlay->height()); });
    // Redraw with the map: the track overlay's properties follow its centre and zoom.
    connect(trackOverlay, SIGNAL(centerChanged()), this, SLOT(update()));
    connect(trackOverlay, SIGNAL(zoomLevelChanged()), this, SLOT(update()));
}

void DebriefOverlay::setImpacts(std::vector<ImpactDebrief> impacts)
{
    m_impacts = std::move(impacts);
    update();
}

void DebriefOverlay::setTime(qint64 utcUs)
{
    m_timeUtcUs = utcUs;
    update();
}

ShapeBatch DebriefOverlay::build() const
{
    ShapeBatch shapes;
    const auto center = m_trackOverlay->property("center").value<QGeoCoordinate>();
    const MapViewport viewport(center.latitude(), center.longitude(),
                               m_trackOverlay->property("zoomLevel").toDouble(), size());
    std::vector<QPointF> points;
    for (const ImpactDebrief &impact : m_impacts) {
        std::vector<const Prediction *> shown;
        for (const Prediction &prediction : impact.predictions) {
            if (prediction.issuedUtcUs <= m_timeUtcUs)
                shown.push_back(&prediction);
        }
        std::vector<QPointF> drift;
        for (size_t i = 0; i < shown.size(); ++i) {
            QColor color = kPredicted;
            color.setAlphaF(float(0.25 + 0.75 * double(i + 1) / double(shown.size())));
            for (const ImpactEllipse &ellipse : shown[i]->ellipses) {
                if (ellipse.confidence < 0.9)
                    continue;
                points.clear();
                for (const GeoPoint &p : impactEllipseOutline(shown[i]->impactPoint, ellipse, 48))
                    points.push_back(viewport.project(p));
                shapes.addClosedPolyline(points, 1.0f, color);
            }
            drift.push_back(viewport.project(shown[i]->impactPoint));
        }
        shapes.addPolyline(drift, 1.5f, kPredicted);
        const QPointF actual = viewport.project(impact.actualImpact);
        shapes.addDiamond(actual, 9.0f, 2.5f, kActual);
        shapes.addLine(actual + QPointF(-12, 0), actual + QPointF(12, 0), 2.0f, kActual);
        shapes.addLine(actual + QPointF(0, -12), actual + QPointF(0, 12), 2.0f, kActual);
    }
    return shapes;
}

void DebriefOverlay::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    build().paint(*painter);
}

} // namespace cop
