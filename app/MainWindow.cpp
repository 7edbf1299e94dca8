#include "MainWindow.h"

#include "AlarmHorn.h"
#include "AlertHistoryPanel.h"
#include "AlertPanel.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "BasemapSource.h"
#include "ClassificationBar.h"
#include "session/ConsoleSession.h"
#include "alerts/Annunciator.h"
#include "FeedStatusModel.h"
#include "FocusCycle.h"
#include "fusion/FusedPicture.h"
#include "LanguageManager.h"
#include "MapKeyboard.h"
#include "NoDataBanner.h"
#include "picture/Picture.h"
#include "ShortcutsDialog.h"
#include "TrackDetailsWidget.h"
#include "TrackOverlay.h"
#include "TrackTableModel.h"

#include <QActionGroup>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QGeoCoordinate>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>

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
    // Sized to the rows on screen: sizing to every row measures each cell's text at every
    // change, which a service sending thousands of tracks turns into seconds.
    view->horizontalHeader()->setResizeContentsPrecision(0);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

MainWindow::MainWindow(ConsoleSession *session, BasemapSource *basemap,
                       const ConsoleOptions &options, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_noServices(options.services.isEmpty() && options.replayPath.isEmpty())
    , m_fusion(session->fusion())
    , m_settingsPath(options.settingsPath)
    , m_journalDirectory(options.journal.directory)
    , m_watchdog(session->watchdog())
{
    Picture *const picture = session->picture();
    AlertBook *const alerts = session->alerts();
    addToolBar(Qt::TopToolBarArea, makeFixedBar(QStringLiteral("classificationTop"),
                                                 new ClassificationBar(picture, this)));
    m_bottomMarking = makeFixedBar(QStringLiteral("classificationBottom"),
                                   new ClassificationBar(picture, this));
    addToolBar(Qt::BottomToolBarArea, m_bottomMarking);
    createDocks(picture, options);
    if (basemap->state() == BasemapSource::State::Preparing) {
        // First start on this workstation: the map appears once its tiles are baked.
        m_preparing = new QLabel(this);
        m_preparing->setAlignment(Qt::AlignCenter);
        connect(basemap, &BasemapSource::progress, m_preparing, [this](int percent) {
            m_preparingPercent = percent;
            retranslateUi();
        });
        connect(basemap, &BasemapSource::ready, this, [this, picture, basemap, options] {
            createMap(picture, basemap, options);
            m_preparing = nullptr;
        }, Qt::SingleShotConnection);
        setCentralWidget(m_preparing);
    } else {
        createMap(picture, basemap, options);
    }
    createAlertDocks(picture, alerts, session->annunciator(), options);
    createMenus(languages);
    setRawTracks(options.rawTracks);

    m_clock = new QLabel(this);
    statusBar()->addPermanentWidget(m_clock);
    auto *clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    clockTimer->start(1000);
    retranslateUi();
}

QToolBar *MainWindow::makeFixedBar(const QString &name, QWidget *content)
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(name);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    bar->addWidget(content);
    return bar;
}

QToolBar *MainWindow::addFixedBar(const QString &name, QWidget *content, Qt::ToolBarArea area)
{
    QToolBar *bar = makeFixedBar(name, content);
    if (area == Qt::BottomToolBarArea) {
        insertToolBar(m_bottomMarking, bar);
        insertToolBarBreak(m_bottomMarking);
    } else {
        addToolBarBreak(area);
        addToolBar(area, bar);
    }
    return bar;
}

void MainWindow::setRecordingTitle(const QString &recording)
{
    m_recordingTitle = recording;
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_recordingTitle.isEmpty() ? tr("COP Console — Missile Early Warning")
                                              : tr("Replay — %1 — COP Console").arg(m_recordingTitle));
    m_tracksDock->setWindowTitle(tr("Tracks"));
    m_rawTracksAction->setText(tr("Show raw per-nation tracks"));
    m_feedsDock->setWindowTitle(tr("Track services"));
    m_alertsDock->setWindowTitle(tr("Alerts"));
    m_historyDock->setWindowTitle(tr("Alert history"));
    m_detailsDock->setWindowTitle(tr("Selected track"));
    if (m_preparing)
        m_preparing->setText(m_preparingPercent < 0 ? tr("Preparing basemap…")
                                                    : tr("Preparing basemap %1 %").arg(m_preparingPercent));
    m_fileMenu->setTitle(tr("&File"));
    m_openRecordingAction->setText(tr("&Open recording…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_homeAction->setText(tr("Reset map to region"));
    m_reduceMotionAction->setText(tr("Reduce motion"));
    m_focusCycle->retranslate();
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts…"));
    if (m_noServices)
        statusBar()->showMessage(tr("No track services configured: use --service NAME=HOST:PORT."));
    updateClock();
    updateRecordingLabel();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // QML texts (map labels) follow through the engine.
        if (m_map)
            m_map->engine()->retranslate();
    }
    QMainWindow::changeEvent(event);
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
         {QStringLiteral("fusion"), QVariant::fromValue<QObject *>(m_fusion)},
         {QStringLiteral("fusedView"), m_trackModel->fusedView()},
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
        new MapKeyboard(m_map, qobject_cast<QTableView *>(m_tracksDock->widget()), m_trackModel);
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
    auto *banner = new NoDataBanner(picture, m_map);
    connect(m_watchdog, &PictureWatchdog::stallChanged, banner, &NoDataBanner::showStall);
}

void MainWindow::createDocks(Picture *picture, const ConsoleOptions &options)
{
    auto *tracks = new QDockWidget(this);
    m_tracksDock = tracks;
    tracks->setObjectName(QStringLiteral("tracksDock"));
    m_trackModel = new TrackTableModel(picture, tracks);
    m_trackModel->setFusion(m_fusion);
    QTableView *trackTable = makeTable(m_trackModel, tracks);
    tracks->setWidget(trackTable);
    addDockWidget(Qt::RightDockWidgetArea, tracks);

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("trackDetailsDock"));
    m_trackDetails = new TrackDetailsWidget(picture, m_fusion, m_trackModel, m_detailsDock);
    m_detailsDock->setWidget(m_trackDetails);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    // A row picked in the table is the selected track too (the map's pick is the other way).
    connect(trackTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_trackDetails->setTrack(m_trackModel->keyAt(current.row()));
            });

    m_rawTracksAction = new QAction(this);
    m_rawTracksAction->setCheckable(true);
    m_rawTracksAction->setChecked(options.rawTracks);
    connect(m_rawTracksAction, &QAction::toggled, this, [this](bool raw) {
        setRawTracks(raw);
        openSettings(m_settingsPath)->setValue(QStringLiteral("view/rawTracks"), raw);
    });

    auto *feeds = new QDockWidget(this);
    m_feedsDock = feeds;
    feeds->setObjectName(QStringLiteral("feedsDock"));
    feeds->setWidget(makeTable(new FeedStatusModel(picture, feeds), feeds));
    addDockWidget(Qt::BottomDockWidgetArea, feeds);
    resizeDocks({tracks}, {560}, Qt::Horizontal);
    resizeDocks({feeds}, {160}, Qt::Vertical);
}

void MainWindow::createAlertDocks(Picture *picture, AlertBook *alerts, Annunciator *annunciator,
                                  const ConsoleOptions &options)
{
    auto *horn = new AlarmHorn(this);
    connect(annunciator, &Annunciator::soundingChanged, horn, &AlarmHorn::sound);
    horn->sound(annunciator->sounding());

    auto *dock = new QDockWidget(this);
    m_alertsDock = dock;
    dock->setObjectName(QStringLiteral("alertsDock"));
    m_alertPanel = new AlertPanel(alerts, picture, annunciator, horn, dock);
    m_alertPanel->setReduceMotion(options.reduceMotion);
    m_alertPanel->model()->setFusion(m_fusion);
    connect(m_alertPanel, &AlertPanel::feedback, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10'000);
    });
    connect(m_alertPanel, &AlertPanel::centreRequested, this, [this](double lat, double lon) {
        if (QQuickItem *root = m_map ? m_map->rootObject() : nullptr)
            // QVariant: a QML function's untyped parameters are QVariants, and a double does not match.
            QMetaObject::invokeMethod(root, "centerOn", QVariant(lat), QVariant(lon));
    });
    dock->setWidget(m_alertPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    auto *history = new QDockWidget(this);
    m_historyDock = history;
    history->setObjectName(QStringLiteral("alertHistoryDock"));
    history->setWidget(new AlertHistoryPanel(alerts, history));
    splitDockWidget(dock, m_feedsDock, Qt::Horizontal);
    tabifyDockWidget(m_feedsDock, history);
    m_feedsDock->raise();
    resizeDocks({dock, m_feedsDock}, {1000, 600}, Qt::Horizontal);
    resizeDocks({dock}, {380}, Qt::Vertical);
}

void MainWindow::createMenus(LanguageManager *languages)
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openRecordingAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open recording"), m_journalDirectory,
                                                          tr("COP journal segments (*.copj)"));
        if (!path.isEmpty())
            emit openRecordingRequested(path);
    });
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_homeAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Home), this, [this] {
        if (QQuickItem *root = m_map ? m_map->rootObject() : nullptr)
            QMetaObject::invokeMethod(root, "goHome");
    });
    m_reduceMotionAction = m_viewMenu->addAction(QString());
    m_reduceMotionAction->setCheckable(true);
    m_reduceMotionAction->setChecked(m_alertPanel->reduceMotion());
    connect(m_reduceMotionAction, &QAction::toggled, m_alertPanel, &AlertPanel::setReduceMotion);
    m_viewMenu->addAction(m_rawTracksAction);
    m_viewMenu->addSeparator();
    m_focusCycle = new FocusCycle(this, {m_tracksDock->widget(), m_alertPanel->table(), m_feedsDock->widget(),
                                         m_historyDock->widget()});
    m_viewMenu->addAction(m_focusCycle->nextAction());
    m_viewMenu->addAction(m_focusCycle->previousAction());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    if (languages)
        createLanguageMenu(languages);
    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, [this] {
        auto *dialog = findChild<ShortcutsDialog *>();
        if (!dialog) {
            dialog = new ShortcutsDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
}

void MainWindow::createLanguageMenu(LanguageManager *languages)
{
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(m_languageMenu);
    for (const QString &language : LanguageManager::supportedLanguages()) {
        // Each language is listed in itself, so it can be found from any other.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == languages->language());
        group->addAction(action);
        connect(action, &QAction::triggered, languages, [languages, language] {
            QString error;
            if (!languages->setLanguage(language, &error))
                qWarning("language: %s", qPrintable(error));
        });
        connect(languages, &LanguageManager::languageChanged, action,
                [action, language](const QString &current) { action->setChecked(current == language); });
    }
}

QMenu *MainWindow::addModeMenu()
{
    auto *menu = new QMenu(this);
    menuBar()->insertMenu((m_languageMenu ? m_languageMenu : m_helpMenu)->menuAction(), menu);
    return menu;
}

void MainWindow::setRawTracks(bool raw)
{
    m_trackModel->setFusedView(!raw);
    // The selection's key names a fused or a service track, so it does not carry over.
    m_trackDetails->setTrack(std::nullopt);
    // The map may still be waiting for its basemap: it then starts with the model's view.
    if (QQuickItem *root = m_map ? m_map->rootObject() : nullptr)
        root->setProperty("fusedView", !raw);
}

void MainWindow::showRecordingState(bool recording, const QString &reason)
{
    if (!m_recording) {
        m_recording = new QLabel(this);
        statusBar()->insertPermanentWidget(0, m_recording);
    }
    m_recordingOn = recording;
    m_recordingProblem = reason;
    updateRecordingLabel();
}

void MainWindow::updateRecordingLabel()
{
    if (!m_recording)
        return;
    m_recording->setText(m_recordingOn ? tr("● REC") : tr("RECORDING STOPPED: %1").arg(m_recordingProblem));
    m_recording->setToolTip(m_recordingProblem);
    m_recording->setStyleSheet(m_recordingOn
                                   ? QStringLiteral("color: #ff453a;")
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
