#pragma once

#include <QObject>
#include <QPointer>

namespace cop {

class DebriefOverlay;
class MainWindow;
class Picture;
class ReplayBanner;
class ReplaySource;
class TimelineBar;

// Replay mode in the main window, presenting a ReplaySource: the REPLAY banner, the timeline bar,
// the debrief overlay and the Replay menu with the exports; File > Open recording opens another
// recording in the same window.
class ReplaySession : public QObject
{
    Q_OBJECT

public:
    ReplaySession(ReplaySource *source, Picture *picture, MainWindow *window);

private:
    void showRecording();
    void createMenu();
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
};

} // namespace cop
