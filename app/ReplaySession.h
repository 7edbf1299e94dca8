#pragma once

#include "ReplayClock.h"
#include "ReplayEngine.h"

#include <QObject>
#include <QPointer>

namespace cop {

class DebriefOverlay;
class MainWindow;
class Picture;
class ReplayBanner;
class TimelineBar;

// Replay mode in the main window: the engine and its clock in place of the services, the REPLAY
// banner, the timeline bar, the debrief overlay and the Replay menu with the exports.
class ReplaySession : public QObject
{
    Q_OBJECT

public:
    ReplaySession(Picture *picture, MainWindow *window);

    bool open(const QString &path, QString *error);
    void play() { m_clock.play(); }

    ReplayEngine &engine() { return m_engine; }

private:
    void createMenu();
    void jumpToAlert(bool forward);
    void exportAlerts();
    void exportKml();
    void exportView();
    QString saveFileName(const QString &title, const QString &suffix, const QString &filter);

    QPointer<Picture> m_picture;
    MainWindow *m_window;
    ReplayEngine m_engine;
    ReplayClock m_clock;
    ReplayBanner *m_banner;
    TimelineBar *m_bar;
    DebriefOverlay *m_debrief = nullptr;
};

} // namespace cop
