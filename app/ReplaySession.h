#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace cop {

class DebriefOverlay;
class MainWindow;
class ReplayBanner;
class ReplaySource;
class TimelineBar;

// Replay mode in the main window, presenting a ReplaySource: the REPLAY banner, the timeline bar,
// the debrief overlay, the window title naming the recording and the Replay menu with the
// timeline's controls and the exports (the debrief files of the whole recording, the view); File > Open recording opens another recording in the same
// window.
class ReplaySession : public QObject
{
    Q_OBJECT

public:
    ReplaySession(ReplaySource *source, MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRecording();
    void createMenu();
    void retranslateMenu();
    void jumpToAlert(bool forward);
    // Writes the whole recording in a debrief format, as cop-export does.
    void exportDebrief(const QString &format, const QString &title, const QString &filter);
    void exportView();
    QString saveFileName(const QString &title, const QString &suffix, const QString &filter);

    MainWindow *m_window;
    ReplaySource *const m_source;
    ReplayBanner *m_banner;
    TimelineBar *m_bar;
    DebriefOverlay *m_debrief = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_exportAlerts = nullptr;
    QAction *m_exportKml = nullptr;
    QAction *m_exportGeoJson = nullptr;
    QAction *m_exportCot = nullptr;
    QAction *m_exportView = nullptr;
    QAction *m_debriefAction = nullptr;
};

} // namespace cop
