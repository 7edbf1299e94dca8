#pragma once

#include "ConsoleOptions.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QQuickWidget;
class QToolBar;

namespace cop {

class AlertBook;
class AlertPanel;
class Annunciator;
class BasemapSource;
class ConsoleSession;
class FocusCycle;
class FusedPicture;
class LanguageManager;
class Picture;
class PictureWatchdog;
class TrackDetailsWidget;
class TrackTableModel;

// The console shell: the map in the centre, panels in docks, UTC and local clocks below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a language manager the window has no Language menu.
    MainWindow(ConsoleSession *session, BasemapSource *basemap, const ConsoleOptions &options,
               LanguageManager *languages = nullptr, QWidget *parent = nullptr);

    // Null while the basemap is being prepared.
    QQuickWidget *mapWidget() const { return m_map; }

    // Live mode: whether the journal is recording; a stop is shown until recording resumes.
    void showRecordingState(bool recording, const QString &reason);

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

private:
    void createMap(Picture *picture, BasemapSource *basemap, const ConsoleOptions &options);
    void createDocks(Picture *picture, const ConsoleOptions &options);
    void setRawTracks(bool raw);
    void createAlertDocks(Picture *picture, AlertBook *alerts, Annunciator *annunciator,
                          const ConsoleOptions &options);
    void createMenus(LanguageManager *languages);
    void createLanguageMenu(LanguageManager *languages);
    void retranslateUi();
    void updateClock();
    void updateRecordingLabel();

    QToolBar *makeFixedBar(const QString &name, QWidget *content);

    QQuickWidget *m_map = nullptr;
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
    QLabel *m_preparing = nullptr; // instead of the map until the basemap is baked
    int m_preparingPercent = -1;
    TrackTableModel *m_trackModel = nullptr;
    TrackDetailsWidget *m_trackDetails = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_openRecordingAction = nullptr;
    QAction *m_quitAction = nullptr;
    QLabel *m_recording = nullptr;
    bool m_recordingOn = false;
    QString m_recordingProblem;
    QMenu *m_viewMenu = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_reduceMotionAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_shortcutsAction = nullptr;
    FocusCycle *m_focusCycle = nullptr;
    AlertPanel *m_alertPanel = nullptr;
};

} // namespace cop
