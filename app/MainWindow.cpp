#include "MainWindow.h"

#include "BasemapSource.h"
#include "FeedStatusModel.h"
#include "Picture.h"
#include "TrackDetailsWidget.h"
#include "TrackOverlay.h"
#include "TrackTableModel.h"

#include <QDateTime>
#include <QDockWidget>
#include <QGeoCoordinate>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>

namespace cop {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

MainWindow::MainWindow(Picture *picture, BasemapSource *basemap, const ConsoleOptions &options,
                       QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("COP Console — Missile Early Warning"));
    createDocks(picture);
    if (basemap->state() == BasemapSource::State::Preparing) {
        auto *preparing = new QLabel(tr("Preparing basemap…"), this);
        preparing->setAlignment(Qt::AlignCenter);
        connect(basemap, &BasemapSource::progress, preparing, [preparing](int percent) {
            preparing->setText(tr("Preparing basemap %1 %").arg(percent));
        });
        connect(basemap, &BasemapSource::ready, this, [this, picture, basemap, options] {
            createMap(picture, basemap, options);
        }, Qt::SingleShotConnection);
        setCentralWidget(preparing);
    } else {
        createMap(picture, basemap, options);
    }
    createMenus();

    m_clock = new QLabel(this);
    statusBar()->addPermanentWidget(m_clock);
    if (options.services.isEmpty())
        statusBar()->showMessage(tr("No track services configured: use --service NAME=HOST:PORT."));
    auto *clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    clockTimer->start(1000);
    updateClock();
}

void MainWindow::createMap(Picture *picture, BasemapSource *basemap, const ConsoleOptions &options)
{
    m_map = new QQuickWidget(this);
    m_map->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_map->setClearColor(QColor(0x0a, 0x16, 0x22));
    // QQuickWidget of Qt 6.8 cannot pass initial properties itself, so the component is made here.
    // The tile URL must be there before the map's plugin is created.
    auto *component = new QQmlComponent(m_map->engine(), m_map);
    component->loadFromModule("Cop.Map", "MapView");
    QObject *item = component->createWithInitialProperties(
        {{QStringLiteral("picture"), QVariant::fromValue<QObject *>(picture)},
         {QStringLiteral("tileUrl"), basemap->urlTemplate()},
         {QStringLiteral("tileMaxZoom"), basemap->maxZoom() + 0.99}});
    if (!item) {
        for (const auto &error : component->errors())
            qCritical("map: %s", qPrintable(error.toString()));
    }
    m_map->setContent(component->url(), component, item);
    if (QQuickItem *root = m_map->rootObject()) {
        if (options.center)
            root->setProperty("center", QVariant::fromValue(QGeoCoordinate(options.center->first,
                                                                           options.center->second)));
        if (options.zoom)
            root->setProperty("zoomLevel", *options.zoom);
        auto showAvailability = [root, basemap] {
            root->setProperty("basemapAvailable", basemap->state() == BasemapSource::State::Ready);
        };
        connect(basemap, &BasemapSource::stateChanged, root, showAvailability);
        showAvailability();
        if (auto *overlay = root->property("overlay").value<TrackOverlay *>()) {
            connect(overlay, &TrackOverlay::selectionChanged, this, [this, overlay] {
                m_trackDetails->setTrack(overlay->selectedTrackId().isEmpty()
                                             ? std::nullopt
                                             : std::optional(ServiceKey{overlay->selectedService(),
                                                                        overlay->selectedTrackId()}));
            });
        }
    }
    setCentralWidget(m_map);
}

void MainWindow::createDocks(Picture *picture)
{
    auto *tracks = new QDockWidget(tr("Tracks"), this);
    tracks->setObjectName(QStringLiteral("tracksDock"));
    m_trackModel = new TrackTableModel(picture, tracks);
    tracks->setWidget(makeTable(m_trackModel, tracks));
    addDockWidget(Qt::RightDockWidgetArea, tracks);

    auto *details = new QDockWidget(tr("Selected track"), this);
    details->setObjectName(QStringLiteral("trackDetailsDock"));
    m_trackDetails = new TrackDetailsWidget(picture, m_trackModel, details);
    details->setWidget(m_trackDetails);
    addDockWidget(Qt::RightDockWidgetArea, details);

    auto *feeds = new QDockWidget(tr("Track services"), this);
    feeds->setObjectName(QStringLiteral("feedsDock"));
    feeds->setWidget(makeTable(new FeedStatusModel(picture, feeds), feeds));
    addDockWidget(Qt::BottomDockWidgetArea, feeds);
    resizeDocks({tracks}, {560}, Qt::Horizontal);
    resizeDocks({feeds}, {160}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Reset map to region"), QKeySequence(Qt::CTRL | Qt::Key_Home), this, [this] {
        if (QQuickItem *root = m_map ? m_map->rootObject() : nullptr)
            QMetaObject::invokeMethod(root, "goHome");
    });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::updateClock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Korea and Japan both keep UTC+9 with no daylight saving.
    const QDateTime local = now.toTimeZone(QTimeZone(9 * 3600));
    m_clock->setText(tr("%1Z   UTC+9 %2").arg(now.toString(u"HH:mm:ss"), local.toString(u"HH:mm:ss")));
}

} // namespace cop
