#include "MainWindow.h"

#include "FeedStatusModel.h"
#include "Picture.h"
#include "TrackTableModel.h"

#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
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

MainWindow::MainWindow(Picture *picture, const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("COP Console — Missile Early Warning"));
    createMap(picture, options);
    createDocks(picture);
    createMenus();

    m_clock = new QLabel(this);
    statusBar()->addPermanentWidget(m_clock);
    if (options.services.isEmpty() && options.replayPath.isEmpty())
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open recording…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open recording"), {},
                                                          tr("COP journal segments (*.copj)"));
        if (!path.isEmpty())
            emit openRecordingRequested(path);
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Reset map to region"), QKeySequence(Qt::CTRL | Qt::Key_Home), this, [this] {
        if (QQuickItem *root = m_map->rootObject())
            QMetaObject::invokeMethod(root, "goHome");
    });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::showRecordingState(bool recording, const QString &reason)
{
    if (!m_recording) {
        m_recording = new QLabel(this);
        statusBar()->insertPermanentWidget(0, m_recording);
    }
    m_recording->setText(recording ? tr("● REC") : tr("RECORDING STOPPED: %1").arg(reason));
    m_recording->setToolTip(reason);
    m_recording->setStyleSheet(recording ? QStringLiteral("color: #ff453a;")
                                         : QStringLiteral("background: #ff453a; color: #000000; font-weight: bold; padding: 2px;"));
}

void MainWindow::updateClock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Korea and Japan both keep UTC+9 with no daylight saving.
    const QDateTime local = now.toTimeZone(QTimeZone(9 * 3600));
    m_clock->setText(tr("%1Z   UTC+9 %2").arg(now.toString(u"HH:mm:ss"), local.toString(u"HH:mm:ss")));
}

} // namespace cop
