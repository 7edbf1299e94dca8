#pragma once

#include "ConsoleOptions.h"

#include <QMainWindow>

class QLabel;
class QQuickWidget;

namespace cop {

class Picture;

// The console shell: the map in the centre, panels in docks, UTC and local clocks below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Picture *picture, const ConsoleOptions &options, QWidget *parent = nullptr);

    QQuickWidget *mapWidget() const { return m_map; }

    // Live mode: whether the journal is recording; a stop is shown until recording resumes.
    void showRecordingState(bool recording, const QString &reason);

signals:
    void openRecordingRequested(const QString &path);

private:
    void createMap(Picture *picture, const ConsoleOptions &options);
    void createDocks(Picture *picture);
    void createMenus();
    void updateClock();

    QQuickWidget *m_map = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_recording = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace cop
