#include "MapWidget.h"

#include "BasemapSource.h"
#include "session/ConsoleSession.h"
#include "NoDataBanner.h"
#include "TrackOverlay.h"

#include <QEvent>
#include <QGeoCoordinate>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>

namespace cop {

MapWidget::MapWidget(ConsoleSession *session, BasemapSource *basemap, bool fusedView, QWidget *parent)
    : QQuickWidget(parent)
{
    setResizeMode(QQuickWidget::SizeRootObjectToView);
    setClearColor(QColor(0x0a, 0x16, 0x22));
    // Below this the map shows too little of the region to be read: docks give way first.
    setMinimumSize(480, 360);
    // QQuickWidget of Qt 6.8 cannot pass initial properties itself, so the component is made here.
    // The tile URL must be there before the map's plugin is created.
    auto *component = new QQmlComponent(engine(), this);
    component->loadFromModule("Cop.Map", "MapView");
    QObject *item = component->createWithInitialProperties(
        {{QStringLiteral("picture"), QVariant::fromValue<QObject *>(session->picture())},
         {QStringLiteral("fusion"), QVariant::fromValue<QObject *>(session->fusion())},
         {QStringLiteral("fusedView"), fusedView},
         {QStringLiteral("tileUrl"), basemap->urlTemplate()},
         {QStringLiteral("tileMaxZoom"), basemap->maxZoom() + 0.99}});
    if (!item) {
        for (const auto &error : component->errors())
            qCritical("map: %s", qPrintable(error.toString()));
    }
    setContent(component->url(), component, item);
    if (QQuickItem *root = rootObject()) {
        auto showAvailability = [root, basemap] {
            root->setProperty("basemapAvailable", basemap->state() == BasemapSource::State::Ready);
        };
        connect(basemap, &BasemapSource::stateChanged, root, showAvailability);
        showAvailability();
        m_overlay = root->property("overlay").value<TrackOverlay *>();
        if (m_overlay)
            connect(m_overlay, &TrackOverlay::selectionChanged, this, &MapWidget::selectionChanged);
    }
    auto *banner = new NoDataBanner(session->picture(), this);
    connect(session->watchdog(), &PictureWatchdog::stallChanged, banner, &NoDataBanner::showStall);
}

void MapWidget::changeEvent(QEvent *event)
{
    // QML texts (map labels) follow through the engine.
    if (event->type() == QEvent::LanguageChange)
        engine()->retranslate();
    QQuickWidget::changeEvent(event);
}

std::optional<ServiceKey> MapWidget::selectedTrack() const
{
    if (!m_overlay || m_overlay->selectedTrackId().isEmpty())
        return std::nullopt;
    return ServiceKey{m_overlay->selectedService(), m_overlay->selectedTrackId()};
}

void MapWidget::setFusedView(bool fused)
{
    if (QQuickItem *root = rootObject())
        root->setProperty("fusedView", fused);
}

void MapWidget::centerOn(double latDeg, double lonDeg)
{
    // A property, not MapView's centerOn(): invoked by name with doubles, a QML function of
    // untyped parameters is not found.
    if (QQuickItem *root = rootObject())
        root->setProperty("center", QVariant::fromValue(QGeoCoordinate(latDeg, lonDeg)));
}

void MapWidget::setZoomLevel(double zoomLevel)
{
    if (QQuickItem *root = rootObject())
        root->setProperty("zoomLevel", zoomLevel);
}

void MapWidget::goHome()
{
    if (QQuickItem *root = rootObject())
        QMetaObject::invokeMethod(root, "goHome");
}

} // namespace cop
