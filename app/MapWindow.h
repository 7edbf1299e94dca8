#pragma once

#include "LayoutStore.h"

#include <QWidget>

class QAction;

namespace cop {

class BasemapSource;
class ConsoleSession;
class MapWidget;

// The map alone in a top-level window of its own, for a second monitor or a wall display: the
// console session's picture (not a copy of it) between the classification banners, full screen
// on request (F11). Remembers its screen by name; a screen that is gone leaves it on the primary.
class MapWindow : public QWidget
{
    Q_OBJECT

public:
    MapWindow(ConsoleSession *session, BasemapSource *basemap, bool fusedView);

    MapWidget *map() const { return m_map; }

    // Where it is now; open is whether it is shown.
    MapWindowPlacement placement() const;
    // Shows it where placement says, or, for a placement with no geometry (never opened), full
    // screen on a screen other than `avoid` when there is one.
    void showAt(const MapWindowPlacement &placement, const QScreen *avoid);

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();

    MapWidget *m_map;
    QAction *m_fullScreenAction;
};

} // namespace cop
