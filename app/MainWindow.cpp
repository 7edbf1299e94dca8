#include "MainWindow.h"

#include "AlarmHorn.h"
#include "AlertHistoryPanel.h"
#include "AlertPanel.h"
#include "Annunciator.h"
#include "FeedStatusModel.h"
#include "NoDataBanner.h"
#include "Picture.h"
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

MainWindow::MainWindow(Picture *picture, AlertBook *alerts, const ConsoleOptions &options,
                       QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("COP Console — Missile Early Warning"));
    createMap(picture, options);
    createDocks(picture);
    createAlertDocks(picture, alerts, options);
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

void MainWindow::createMap(Picture *picture, const ConsoleOptions &options)
{
    m_map = new QQuickWidget(this);
    m_map->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_map->setClearColor(QColor(0x0a, 0x14, 0x1e));
    // QQuickWidget of Qt 6.8 cannot pass initial properties itself, so the component is made here.
    auto *component = new QQmlComponent(m_map->engine(), m_map);
    component->loadFromModule("Cop.Map", "MapView");
    QObject *item = component->createWithInitialProperties(
        {{QStringLiteral("picture"), QVariant::fromValue<QObject *>(picture)}});
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
    }
    setCentralWidget(m_map);
    new NoDataBanner(picture, m_map);
}

void MainWindow::createDocks(Picture *picture)
{
    auto *tracks = new QDockWidget(tr("Tracks"), this);
    tracks->setObjectName(QStringLiteral("tracksDock"));
    tracks->setWidget(makeTable(new TrackTableModel(picture, tracks), tracks));
    addDockWidget(Qt::RightDockWidgetArea, tracks);

    auto *feeds = new QDockWidget(tr("Track services"), this);
    feeds->setObjectName(QStringLiteral("feedsDock"));
    feeds->setWidget(makeTable(new FeedStatusModel(picture, feeds), feeds));
    addDockWidget(Qt::BottomDockWidgetArea, feeds);
    resizeDocks({tracks}, {560}, Qt::Horizontal);
    resizeDocks({feeds}, {160}, Qt::Vertical);
}

void MainWindow::createAlertDocks(Picture *picture, AlertBook *alerts, const ConsoleOptions &options)
{
    auto *annunciator = new Annunciator(alerts, this);
    auto *horn = new AlarmHorn(this);
    connect(annunciator, &Annunciator::soundingChanged, horn, &AlarmHorn::sound);

    auto *dock = new QDockWidget(tr("Alerts"), this);
    dock->setObjectName(QStringLiteral("alertsDock"));
    m_alertPanel = new AlertPanel(alerts, picture, annunciator, horn, dock);
    m_alertPanel->setReduceMotion(options.reduceMotion);
    connect(m_alertPanel, &AlertPanel::centreRequested, this, [this](double lat, double lon) {
        if (QQuickItem *root = m_map->rootObject())
            QMetaObject::invokeMethod(root, "centerOn", lat, lon);
    });
    dock->setWidget(m_alertPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    auto *history = new QDockWidget(tr("Alert history"), this);
    history->setObjectName(QStringLiteral("alertHistoryDock"));
    history->setWidget(new AlertHistoryPanel(alerts, history));
    auto *feeds = findChild<QDockWidget *>(QStringLiteral("feedsDock"));
    splitDockWidget(dock, feeds, Qt::Horizontal);
    tabifyDockWidget(feeds, history);
    feeds->raise();
    resizeDocks({dock, feeds}, {1000, 600}, Qt::Horizontal);
    resizeDocks({dock}, {380}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Reset map to region"), QKeySequence(Qt::CTRL | Qt::Key_Home), this, [this] {
        if (QQuickItem *root = m_map->rootObject())
            QMetaObject::invokeMethod(root, "goHome");
    });
    QAction *reduceMotion = m_viewMenu->addAction(tr("Reduce motion"));
    reduceMotion->setCheckable(true);
    reduceMotion->setChecked(m_alertPanel->reduceMotion());
    connect(reduceMotion, &QAction::toggled, m_alertPanel, &AlertPanel::setReduceMotion);
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
