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

private:
    void createMap(Picture *picture, const ConsoleOptions &options);
    void createDocks(Picture *picture);
    void createMenus();
    void updateClock();

    QQuickWidget *m_map = nullptr;
    QLabel *m_clock = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace cop
