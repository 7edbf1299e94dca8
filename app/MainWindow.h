#pragma once

#include "ConsoleOptions.h"
#include "CotLink.h"
#include "LayoutStore.h"
#include "MapWidget.h" // complete: callers take mapWidget() as the QWidget it is

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace cop {

class AlertBook;
class AlertPanel;
class Annunciator;
class BasemapSource;
class ConsoleSession;
class FocusCycle;
class FontWarmup;
class FusedPicture;
class LanguageManager;
class MapWindow;
class Picture;
class PictureWatchdog;
class TrackDetailsWidget;
class TrackTableModel;

// The console shell: the map in the centre, panels in docks, UTC and local clocks below. The
// map is never squeezed below a usable size: a dock beside it takes at most two fifths of the
// window's width, one above or below it three tenths of its height. The layout (the window's
// place and its docks, the map window) is saved per console id at close and restored at start;
// the operator can name layouts, load them and go back to the default one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a language manager the window has no Language menu.
    MainWindow(ConsoleSession *session, BasemapSource *basemap, const ConsoleOptions &options,
               LanguageManager *languages = nullptr, QWidget *parent = nullptr);

    ~MainWindow() override;

    // Null while the basemap is being prepared.
    MapWidget *mapWidget() const { return m_map; }
    // Null until View > Map window first opens it.
    MapWindow *mapWindow() const { return m_mapWindow.get(); }

    // The layout this console had when it last closed, else the default one at a size that
    // fits the screen. Called once, before the window is first shown.
    void restoreLayout();
    WindowLayout currentLayout() const;
    void applyLayout(const WindowLayout &layout);
    // The layout of a first start: the docks beside and below the map, the map at least half
    // of the window, no map window.
    void resetLayout();
    // The layouts the operator named (View > Layouts).
    const LayoutStore &layouts() const { return m_layouts; }
    void saveLayout(const QString &name);
    bool loadLayout(const QString &name);
    void deleteLayout(const QString &name);
    void setMapWindowOpen(bool open);

    // Live mode: whether the journal is recording; a stop is shown until recording resumes.
    void showRecordingState(bool recording, const QString &reason);

    // Live mode with --cot: where the CoT output goes, and why it fails while it does.
    void showCotState(const cop::CotLinkState &state);

    // Replay mode: the recording shown, named in the title so the window is not taken for a live one.
    void setRecordingTitle(const QString &recording);

    // A bar across the window that cannot be moved or closed (the replay banner, the timeline),
    // inside the classification banners, which stay outermost.
    QToolBar *addFixedBar(const QString &name, QWidget *content, Qt::ToolBarArea area);

    // A menu of the window's mode (Replay), before Language and Help.
    QMenu *addModeMenu();

signals:
    void openRecordingRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMap(const ConsoleOptions &options);
    void showMapWindow(const std::optional<MapWindowPlacement> &placement);
    void createDocks(Picture *picture, const ConsoleOptions &options);
    void setRawTracks(bool raw);
    void createAlertDocks(Picture *picture, AlertBook *alerts, Annunciator *annunciator,
                          const ConsoleOptions &options);
    void createMenus(LanguageManager *languages);
    void createLanguageMenu(LanguageManager *languages);
    void createLayoutMenu();
    void fillLayoutMenus();
    void askLayoutName();
    void arrangeDefaultDocks();
    void limitDocks();
    void retranslateUi();
    void updateClock();
    void updateRecordingLabel();
    void updateCotLabel();

    QToolBar *makeFixedBar(const QString &name, QWidget *content);

    ConsoleSession *const m_session;
    BasemapSource *const m_basemap;
    MapWidget *m_map = nullptr;
    std::unique_ptr<MapWindow> m_mapWindow;
    LayoutStore m_layouts;
    bool m_shown = false;
    FontWarmup *m_fontWarmup = nullptr; // the languages on the menu, warmed once the window is up
    QToolBar *m_bottomMarking = nullptr;
    QAction *m_rawTracksAction = nullptr;
    QLabel *m_clock = nullptr;
    bool m_noServices = false;
    FusedPicture *const m_fusion;
    QString m_settingsPath;
    QString m_journalDirectory; // where File > Open recording starts
    QString m_recordingTitle;
    PictureWatchdog *const m_watchdog;
    QDockWidget *m_tracksDock = nullptr;
    QDockWidget *m_feedsDock = nullptr;
    QDockWidget *m_alertsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_legendDock = nullptr;
    QLabel *m_preparing = nullptr; // instead of the map until the basemap is baked
    int m_preparingPercent = -1;
    TrackTableModel *m_trackModel = nullptr;
    TrackDetailsWidget *m_trackDetails = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_openRecordingAction = nullptr;
    QAction *m_quitAction = nullptr;
    QLabel *m_recording = nullptr;
    QLabel *m_cot = nullptr;
    CotLinkState m_cotState;
    bool m_recordingOn = false;
    QString m_recordingProblem;
    QMenu *m_viewMenu = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_reduceMotionAction = nullptr;
    QAction *m_mapWindowAction = nullptr;
    QMenu *m_layoutsMenu = nullptr;
    QAction *m_saveLayoutAction = nullptr;
    QMenu *m_loadLayoutMenu = nullptr;
    QMenu *m_deleteLayoutMenu = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_shortcutsAction = nullptr;
    FocusCycle *m_focusCycle = nullptr;
    AlertPanel *m_alertPanel = nullptr;
};

} // namespace cop
