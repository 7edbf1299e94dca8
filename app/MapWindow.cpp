#include "MapWindow.h"

#include "ClassificationBar.h"
#include "session/ConsoleSession.h"
#include "MapWidget.h"
#include "ScreenFit.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace cop {

MapWindow::MapWindow(ConsoleSession *session, BasemapSource *basemap, bool fusedView)
    : m_map(new MapWidget(session, basemap, fusedView, this))
    , m_fullScreenAction(new QAction(this))
{
    setObjectName(QStringLiteral("mapWindow"));
    // The main window closes it as it goes: it alone must not keep the console running.
    setAttribute(Qt::WA_QuitOnClose, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ClassificationBar(session->picture(), this));
    layout->addWidget(m_map, 1);
    layout->addWidget(new ClassificationBar(session->picture(), this));

    // F11 wherever the desktop's own full screen key is another.
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_fullScreenAction, &QAction::triggered, this,
            [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    addAction(m_fullScreenAction);
    retranslateUi();
}

void MapWindow::retranslateUi()
{
    setWindowTitle(tr("COP Console — Map"));
    m_fullScreenAction->setText(tr("Full screen"));
}

void MapWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MapWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

MapWindowPlacement MapWindow::placement() const
{
    const QScreen *on = screen();
    // The frame's top left and the client size, as move() and resize() take them back.
    const QRect geometry = isFullScreen() || isMaximized() ? normalGeometry() : QRect(pos(), size());
    return {isVisible(), on->name(), geometry.translated(-on->geometry().topLeft()), isFullScreen()};
}

void MapWindow::showAt(const MapWindowPlacement &placement, const QScreen *avoid)
{
    QScreen *target = screenNamed(placement.screen);
    QRect frame;
    bool fullScreen = placement.fullScreen;
    const auto middleOf = [](const QRect &area, const QSize &size) {
        QRect rect(QPoint(), size);
        rect.moveCenter(area.center());
        return rect;
    };
    if (placement.screen.isEmpty()) {
        // First opened: on the other monitor or the wall display, which it is for.
        const QList<QScreen *> screens = QGuiApplication::screens();
        const auto other = std::find_if(screens.begin(), screens.end(),
                                        [avoid](const QScreen *screen) { return screen != avoid; });
        target = other != screens.end() ? *other : QGuiApplication::primaryScreen();
        fullScreen = other != screens.end();
        frame = middleOf(target->availableGeometry(), target->availableGeometry().size() * 0.8);
    } else if (target->name() == placement.screen && placement.geometry.isValid()) {
        frame = placement.geometry.translated(target->geometry().topLeft());
    } else {
        // Its screen is gone (or it was only ever full screen): in the middle of the primary.
        const QSize size = placement.geometry.isValid() ? placement.geometry.size()
                                                        : target->availableGeometry().size() * 0.8;
        frame = middleOf(target->availableGeometry(), size);
    }
    frame = fitToScreens(frame, {target->availableGeometry()});
    setScreen(target);
    move(frame.topLeft());
    resize(frame.size());
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
    raise();
}

} // namespace cop
