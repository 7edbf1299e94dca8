#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace cop {

class DebriefOverlay;
class MainWindow;
class Picture;
class ReplayBanner;
class ReplaySource;
class TimelineBar;

// Replay mode in the main window, presenting a ReplaySource: the REPLAY banner, the timeline bar,
// the debrief overlay, the window title naming the recording and the Replay menu with the
// timeline's controls and the exports; File > Open recording opens another recording in the same
// window.
class ReplaySession : public QObject
{
    Q_OBJECT

public:
    ReplaySession(ReplaySource *source, Picture *picture, MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRecording();
    void createMenu();
    void retranslateMenu();
    void jumpToAlert(bool forward);
    void exportAlerts();
    void exportKml();
    void exportView();
    QString saveFileName(const QString &title, const QString &suffix, const QString &filter);

    QPointer<Picture> m_picture;
    MainWindow *m_window;
    ReplaySource *const m_source;
    ReplayBanner *m_banner;
    TimelineBar *m_bar;
    DebriefOverlay *m_debrief = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_exportAlerts = nullptr;
    QAction *m_exportKml = nullptr;
    QAction *m_exportView = nullptr;
    QAction *m_debriefAction = nullptr;
};

} // namespace cop
