#include "MainWindow.h"

#include "AlarmHorn.h"
#include "AlertHistoryPanel.h"
#include "AlertPanel.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "BasemapSource.h"
#include "base/SecondTicker.h"
#include "ClassificationBar.h"
#include "session/ConsoleSession.h"
#include "alerts/Annunciator.h"
#include "FeedStatusModel.h"
#include "FirstShowHold.h"
#include "FontWarmup.h"
#include "FocusCycle.h"
#include "fusion/FusedPicture.h"
#include "LanguageManager.h"
#include "MapKeyboard.h"
#include "MapWidget.h"
#include "MapWindow.h"
#include "NearestPlace.h"
#include "picture/Picture.h"
#include "ScreenFit.h"
#include "ShortcutsDialog.h"
#include "SteadyHeight.h"
#include "SymbolLegend.h"
#include "TrackDetailsWidget.h"
#include "TrackTableModel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>

namespace cop {

namespace {

// The most of the window's width a dock beside the map may take, and of its height one above or
// below it (the menu, banners and status bar take height too): the map keeps at least half.
constexpr double kSideDockShare = 0.4;
constexpr double kEdgeDockShare = 0.3;
// The default layout: the docks beside the map and below it, as parts of the window.
constexpr double kDefaultSideShare = 0.3;
constexpr double kDefaultBottomShare = 0.25;
// A first start's window, where the screen has room for it.
constexpr QSize kDefaultSize(1600, 1000);
// After the start's own work (connecting, the first pictures): the warm-up then takes turns the
// console has to spare.
constexpr std::chrono::milliseconds kFontWarmupDelay{3'000};

// A label of the status bar, as tall as any text it will show (SteadyHeight): the status bar
// keeps its height as recording and the CoT output come and go.
QLabel *steadyStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    keepLabelHeight(label);
    return label;
}

// Columns are as wide as their contents: a last column stretched over the empty table reads as
// data that is not there.
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
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

MainWindow::~MainWindow() = default;

MainWindow::MainWindow(ConsoleSession *session, BasemapSource *basemap,
                       const ConsoleOptions &options, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_basemap(basemap)
    , m_layouts(options.settingsPath, options.consoleId,
                options.replayPath.isEmpty() ? QStringLiteral("live") : QStringLiteral("replay"))
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
        connect(basemap, &BasemapSource::ready, this, [this, options] {
            createMap(options);
            m_preparing = nullptr;
            m_mapWindowAction->setEnabled(true);
        }, Qt::SingleShotConnection);
        setCentralWidget(m_preparing);
    } else {
        createMap(options);
    }
    createAlertDocks(picture, alerts, session->annunciator(), options);
    arrangeDefaultDocks();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        connect(dock, &QDockWidget::dockLocationChanged, this, &MainWindow::limitDocks);
        connect(dock, &QDockWidget::topLevelChanged, this, &MainWindow::limitDocks);
    }
    createMenus(languages);
    keepBarHeight(menuBar());
    setRawTracks(options.rawTracks);

    m_clock = steadyStatusLabel(this);
    statusBar()->addPermanentWidget(m_clock);
    connect(SecondTicker::instance(), &SecondTicker::tick, this, &MainWindow::updateClock);
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
    m_legendDock->setWindowTitle(tr("Legend"));
    if (m_preparing)
        m_preparing->setText(m_preparingPercent < 0 ? tr("Preparing basemap…")
                                                    : tr("Preparing basemap %1 %").arg(m_preparingPercent));
    m_fileMenu->setTitle(tr("&File"));
    m_openRecordingAction->setText(tr("&Open recording…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_homeAction->setText(tr("Reset map to region"));
    m_reduceMotionAction->setText(tr("Reduce motion"));
    m_mapWindowAction->setText(tr("&Map window"));
    m_layoutsMenu->setTitle(tr("&Layouts"));
    m_saveLayoutAction->setText(tr("&Save layout as…"));
    m_loadLayoutMenu->setTitle(tr("&Load"));
    m_deleteLayoutMenu->setTitle(tr("&Delete"));
    m_resetLayoutAction->setText(tr("&Reset layout"));
    m_focusCycle->retranslate();
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts…"));
    if (m_noServices)
        statusBar()->showMessage(tr("No track services configured: use --service NAME=HOST:PORT."));
    updateClock();
    updateRecordingLabel();
    updateCotLabel();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::createMap(const ConsoleOptions &options)
{
    m_map = new MapWidget(m_session, m_basemap, m_trackModel->fusedView(), this);
    if (options.center)
        m_map->centerOn(options.center->first, options.center->second);
    if (options.zoom)
        m_map->setZoomLevel(*options.zoom);
    connect(m_map, &MapWidget::selectionChanged, this,
            [this] { m_trackDetails->setTrack(m_map->selectedTrack()); });
    new MapKeyboard(m_map, qobject_cast<QTableView *>(m_tracksDock->widget()), m_trackModel);
    setCentralWidget(m_map);
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

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("trackDetailsDock"));
    m_trackDetails = new TrackDetailsWidget(picture, m_fusion, m_trackModel);
    m_trackDetails->setPlaceNamer([](const GeoPoint &point) {
        return basemap::nearestPlaceText(basemap::BasemapData::builtIn().places(), point.latDeg, point.lonDeg, QLocale());
    });
    // Scrolled rather than squeezing the track table: a fused track's details and contributors
    // are taller than the dock at large fonts. Its long lines wrap to the dock's width.
    auto *detailsScroll = new QScrollArea(m_detailsDock);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setWidget(m_trackDetails);
    m_detailsDock->setWidget(detailsScroll);
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

    m_legendDock = new QDockWidget(this);
    m_legendDock->setObjectName(QStringLiteral("legendDock"));
    m_legendDock->setWidget(new SymbolLegend(m_legendDock));
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
        if (m_map)
            m_map->centerOn(lat, lon);
    });
    dock->setWidget(m_alertPanel);

    auto *history = new QDockWidget(this);
    m_historyDock = history;
    history->setObjectName(QStringLiteral("alertHistoryDock"));
    history->setWidget(new AlertHistoryPanel(alerts, history));
}

void MainWindow::arrangeDefaultDocks()
{
    for (QDockWidget *dock : {m_tracksDock, m_detailsDock, m_alertsDock, m_feedsDock, m_historyDock}) {
        dock->setFloating(false);
        dock->show();
    }
    // Added again, a dock leaves wherever the operator had put it.
    addDockWidget(Qt::RightDockWidgetArea, m_tracksDock);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    splitDockWidget(m_alertsDock, m_feedsDock, Qt::Horizontal);
    tabifyDockWidget(m_feedsDock, m_historyDock);
    m_feedsDock->raise();
    // Opened from View > Legend when wanted: the map keeps its width.
    m_legendDock->setFloating(false);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock);
    m_legendDock->hide();
    const QSize window = size();
    resizeDocks({m_tracksDock}, {int(window.width() * kDefaultSideShare)}, Qt::Horizontal);
    resizeDocks({m_tracksDock, m_detailsDock}, {window.height() * 3, window.height() * 2}, Qt::Vertical);
    resizeDocks({m_alertsDock}, {int(window.height() * kDefaultBottomShare)}, Qt::Vertical);
    resizeDocks({m_alertsDock, m_feedsDock}, {window.width() * 5, window.width() * 3}, Qt::Horizontal);
}

void MainWindow::limitDocks()
{
    const int maxWidth = int(width() * kSideDockShare);
    const int maxHeight = int(height() * kEdgeDockShare);
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QSize limit(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        if (!dock->isFloating()) {
            switch (dockWidgetArea(dock)) {
            case Qt::LeftDockWidgetArea:
            case Qt::RightDockWidgetArea:
                limit.setWidth(std::max(maxWidth, dock->minimumSizeHint().width()));
                break;
            case Qt::TopDockWidgetArea:
            case Qt::BottomDockWidgetArea:
                limit.setHeight(std::max(maxHeight, dock->minimumSizeHint().height()));
                break;
            default:
                break;
            }
        }
        dock->setMaximumSize(limit);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    limitDocks();
    QMainWindow::resizeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    new FirstShowHold(this, m_watchdog);
    if (m_fontWarmup)
        m_fontWarmup->start(kFontWarmupDelay);
    // Now framed by the window manager: the frame too must fit on the screen.
    QMetaObject::invokeMethod(this, [this] { fitOnScreen(this); }, Qt::QueuedConnection);
}

void MainWindow::restoreLayout()
{
    if (const std::optional<WindowLayout> saved = m_layouts.current()) {
        applyLayout(*saved);
        return;
    }
    resize(kDefaultSize.boundedTo(screen()->availableGeometry().size() * 0.95));
    resetLayout();
}

WindowLayout MainWindow::currentLayout() const
{
    return {saveGeometry(), saveState(),
            m_mapWindow ? m_mapWindow->placement() : MapWindowPlacement{}};
}

void MainWindow::applyLayout(const WindowLayout &layout)
{
    restoreGeometry(layout.geometry);
    fitOnScreen(this);
    restoreState(layout.state);
    limitDocks();
    if (layout.mapWindow.open)
        showMapWindow(layout.mapWindow);
    else if (m_mapWindow)
        m_mapWindow->hide();
    const QSignalBlocker blocker(m_mapWindowAction);
    m_mapWindowAction->setChecked(m_mapWindow && m_mapWindow->isVisible());
}

void MainWindow::resetLayout()
{
    arrangeDefaultDocks();
    limitDocks();
    setMapWindowOpen(false);
}

void MainWindow::saveLayout(const QString &name)
{
    m_layouts.saveNamed(name, currentLayout());
    statusBar()->showMessage(tr("Layout \"%1\" saved.").arg(name), 5000);
}

bool MainWindow::loadLayout(const QString &name)
{
    const std::optional<WindowLayout> layout = m_layouts.named(name);
    if (layout)
        applyLayout(*layout);
    return layout.has_value();
}

void MainWindow::deleteLayout(const QString &name)
{
    m_layouts.removeNamed(name);
}

void MainWindow::setMapWindowOpen(bool open)
{
    if (open)
        showMapWindow(std::nullopt);
    else if (m_mapWindow)
        m_mapWindow->hide();
    const QSignalBlocker blocker(m_mapWindowAction);
    m_mapWindowAction->setChecked(m_mapWindow && m_mapWindow->isVisible());
}

void MainWindow::showMapWindow(const std::optional<MapWindowPlacement> &placement)
{
    if (!m_map)
        return;
    const bool created = !m_mapWindow;
    if (created) {
        m_mapWindow = std::make_unique<MapWindow>(m_session, m_basemap, m_trackModel->fusedView());
        connect(m_mapWindow.get(), &MapWindow::closed, this, [this] { m_mapWindowAction->setChecked(false); });
        connect(m_mapWindow->map(), &MapWidget::selectionChanged, this,
                [this] { m_trackDetails->setTrack(m_mapWindow->map()->selectedTrack()); });
        // Operated from the keyboard as the console's own map, on the same track selection.
        new MapKeyboard(m_mapWindow->map(), qobject_cast<QTableView *>(m_tracksDock->widget()), m_trackModel);
    }
    if (placement || created)
        m_mapWindow->showAt(placement.value_or(MapWindowPlacement{}), screen());
    else
        m_mapWindow->show(); // where it was, full screen if it was
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_layouts.saveCurrent(currentLayout());
    // The map window must not outlive the console, nor keep it running.
    if (m_mapWindow)
        m_mapWindow->hide();
    QMainWindow::closeEvent(event);
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
        if (m_map)
            m_map->goHome();
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
    createLayoutMenu();
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
    QStringList others = LanguageManager::supportedLanguages();
    others.removeAll(languages->language());
    m_fontWarmup = new FontWarmup(others, this);
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

void MainWindow::createLayoutMenu()
{
    m_mapWindowAction = m_viewMenu->addAction(QString());
    m_mapWindowAction->setObjectName(QStringLiteral("mapWindowAction"));
    m_mapWindowAction->setCheckable(true);
    m_mapWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mapWindowAction->setEnabled(m_map != nullptr);
    connect(m_mapWindowAction, &QAction::toggled, this, &MainWindow::setMapWindowOpen);
    m_layoutsMenu = m_viewMenu->addMenu(QString());
    m_saveLayoutAction = m_layoutsMenu->addAction(QString(), this, &MainWindow::askLayoutName);
    m_loadLayoutMenu = m_layoutsMenu->addMenu(QString());
    m_deleteLayoutMenu = m_layoutsMenu->addMenu(QString());
    // Filled as they open: another console sharing the settings may have saved one meanwhile.
    connect(m_layoutsMenu, &QMenu::aboutToShow, this, &MainWindow::fillLayoutMenus);
    fillLayoutMenus();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
}

void MainWindow::fillLayoutMenus()
{
    const QStringList names = m_layouts.names();
    for (QMenu *menu : {m_loadLayoutMenu, m_deleteLayoutMenu}) {
        menu->clear();
        menu->setEnabled(!names.isEmpty());
    }
    for (const QString &name : names) {
        m_loadLayoutMenu->addAction(name, this, [this, name] { loadLayout(name); });
        m_deleteLayoutMenu->addAction(name, this, [this, name] { deleteLayout(name); });
    }
}

void MainWindow::askLayoutName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save layout"), tr("Layout name:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    // A named layout is an operator's work: replaced only when they say so.
    if (m_layouts.names().contains(name)
        && QMessageBox::question(this, tr("Save layout"),
                                 tr("A layout named \"%1\" exists. Replace it?").arg(name))
               != QMessageBox::Yes)
        return;
    saveLayout(name);
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
    if (m_map)
        m_map->setFusedView(!raw);
    if (m_mapWindow)
        m_mapWindow->map()->setFusedView(!raw);
}

void MainWindow::showRecordingState(bool recording, const QString &reason)
{
    if (!m_recording) {
        m_recording = steadyStatusLabel(this);
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
                                   : QStringLiteral("background: #ff453a; color: #000000; font-weight: bold; padding: 0px 2px;"));
}

void MainWindow::showCotState(const CotLinkState &state)
{
    if (!m_cot) {
        m_cot = steadyStatusLabel(this);
        statusBar()->insertPermanentWidget(0, m_cot);
    }
    m_cotState = state;
    updateCotLabel();
}

void MainWindow::updateCotLabel()
{
    if (!m_cot)
        return;
    switch (m_cotState.kind) {
    case CotLinkState::Kind::Starting: m_cot->setText(tr("CoT %1: connecting").arg(m_cotState.endpoint)); break;
    case CotLinkState::Kind::Up: m_cot->setText(tr("CoT %1").arg(m_cotState.endpoint)); break;
    case CotLinkState::Kind::Failing:
        m_cot->setText(tr("CoT OUTPUT FAILING: %1 (%2)").arg(m_cotState.endpoint, m_cotState.problem));
        break;
    }
    m_cot->setToolTip(m_cotState.problem);
    m_cot->setStyleSheet(m_cotState.kind == CotLinkState::Kind::Failing
                             ? QStringLiteral("background: #ff9f0a; color: #000000; font-weight: bold; padding: 0px 2px;")
                             : QString());
}

void MainWindow::updateClock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Korea and Japan both keep UTC+9 with no daylight saving.
    const QDateTime local = now.toTimeZone(QTimeZone(9 * 3600));
    m_clock->setText(tr("%1Z   UTC+9 %2").arg(now.toString(u"HH:mm:ss"), local.toString(u"HH:mm:ss")));
}

} // namespace cop
