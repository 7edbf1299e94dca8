#include "MapWidget.h"

#include "BasemapSource.h"
#include "session/ConsoleSession.h"
#include "NoDataBanner.h"
#include "RenderSyncGate.h"
#include "TrackOverlay.h"

#include <QEvent>
#include <QGeoCoordinate>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QVBoxLayout>

namespace cop {

MapWidget::MapWidget(ConsoleSession *session, BasemapSource *basemap, bool fusedView, QWidget *parent)
    : QWidget(parent)
    , m_view(new QQuickView)
{
    m_view->setResizeMode(QQuickView::SizeRootObjectToView);
    m_view->setColor(QColor(0x0a, 0x16, 0x22));
    // The keyboard stays with the widgets: the map's keys are MapKeyboard's shortcuts on this
    // widget, which a click on the map gives the focus to (eventFilter).
    m_view->setFlag(Qt::WindowDoesNotAcceptFocus);
    // The tile URL must be there before the map's plugin is created.
    m_view->setInitialProperties(
        {{QStringLiteral("picture"), QVariant::fromValue<QObject *>(session->picture())},
         {QStringLiteral("fusion"), QVariant::fromValue<QObject *>(session->fusion())},
         {QStringLiteral("fusedView"), fusedView},
         {QStringLiteral("tileUrl"), basemap->urlTemplate()},
         {QStringLiteral("tileMaxZoom"), basemap->maxZoom() + 0.99}});
    m_view->loadFromModule("Cop.Map", "MapView");
    for (const auto &error : m_view->errors())
        qCritical("map: %s", qPrintable(error.toString()));
    m_view->installEventFilter(this);
    new RenderSyncGate(m_view);

    m_container = QWidget::createWindowContainer(m_view, this);
    m_container->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_container);
    // Below this the map shows too little of the region to be read: docks give way first.
    setMinimumSize(480, 360);

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
    m_banner = new NoDataBanner(session->picture(), this);
    connect(session->watchdog(), &PictureWatchdog::stallChanged, m_banner, &NoDataBanner::showStall);
    if (QQuickItem *root = rootObject()) {
        const auto showBanner = [root](const QString &text) { root->setProperty("noDataText", text); };
        connect(m_banner, &NoDataBanner::textChanged, root, showBanner);
        showBanner(m_banner->text());
    }
}

QQuickItem *MapWidget::rootObject() const
{
    return m_view->rootObject();
}

QQuickWindow *MapWidget::quickWindow() const
{
    return m_view;
}

void MapWidget::changeEvent(QEvent *event)
{
    // QML texts (map labels) follow through the engine.
    if (event->type() == QEvent::LanguageChange) {
        m_view->engine()->retranslate();
        m_banner->retranslate();
    }
    QWidget::changeEvent(event);
}

bool MapWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::MouseButtonPress)
        setFocus(Qt::MouseFocusReason);
    return QWidget::eventFilter(watched, event);
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

QImage MapWidget::grabMap() const
{
    return m_view->grabWindow();
}

QImage grabWithMaps(QWidget *window)
{
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    for (const MapWidget *map : window->findChildren<MapWidget *>()) {
        if (map->isVisible() && map->window() == window)
            painter.drawImage(QRect(map->mapTo(window, QPoint(0, 0)), map->size()), map->grabMap());
    }
    return image;
}

} // namespace cop
