#pragma once

#include "ConsoleOptions.h"

#include <QMainWindow>

class QLabel;
class QQuickWidget;

namespace cop {

class BasemapSource;
class Picture;
class TrackDetailsWidget;
class TrackTableModel;

// The console shell: the map in the centre, panels in docks, UTC and local clocks below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Picture *picture, BasemapSource *basemap, const ConsoleOptions &options,
               QWidget *parent = nullptr);

    // Null while the basemap is being prepared.
    QQuickWidget *mapWidget() const { return m_map; }

private:
    void createMap(Picture *picture, BasemapSource *basemap, const ConsoleOptions &options);
    void createDocks(Picture *picture);
    void createMenus();
    void updateClock();

    QQuickWidget *m_map = nullptr;
    QLabel *m_clock = nullptr;
    QMenu *m_viewMenu = nullptr;
    TrackTableModel *m_trackModel = nullptr;
    TrackDetailsWidget *m_trackDetails = nullptr;
};

} // namespace cop
