#pragma once

#include "ConsoleOptions.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QQuickWidget;

namespace cop {

class AlertBook;
class AlertPanel;
class Picture;

// The console shell: the map in the centre, panels in docks, UTC and local clocks below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Picture *picture, AlertBook *alerts, const ConsoleOptions &options,
               QWidget *parent = nullptr);

    QQuickWidget *mapWidget() const { return m_map; }

private:
    void createMap(Picture *picture, const ConsoleOptions &options);
    void createDocks(Picture *picture);
    void createAlertDocks(Picture *picture, AlertBook *alerts, const ConsoleOptions &options);
    void createMenus();
    void updateClock();

    QQuickWidget *m_map = nullptr;
    QLabel *m_clock = nullptr;
    QMenu *m_viewMenu = nullptr;
    AlertPanel *m_alertPanel = nullptr;
};

} // namespace cop
