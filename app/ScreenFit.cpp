#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace cop {

namespace {

qint64 overlap(const QRect &a, const QRect &b)
{
    const QRect common = a.intersected(b);
    return common.isEmpty() ? 0 : qint64(common.width()) * common.height();
}

} // namespace

QRect fitToScreens(const QRect &frame, const QList<QRect> &available)
{
    if (available.isEmpty())
        return frame;
    const auto best = std::max_element(available.begin(), available.end(), [&](const QRect &a, const QRect &b) {
        return overlap(frame, a) < overlap(frame, b);
    });
    const QRect screen = overlap(frame, *best) > 0 ? *best : available.first();
    QRect fitted(frame.topLeft(), frame.size().boundedTo(screen.size()));
    fitted.moveLeft(std::clamp(fitted.left(), screen.left(), screen.right() - fitted.width() + 1));
    fitted.moveTop(std::clamp(fitted.top(), screen.top(), screen.bottom() - fitted.height() + 1));
    return fitted;
}

void fitOnScreen(QWidget *window)
{
    // The window system fits these itself.
    if (window->isMaximized() || window->isFullScreen())
        return;
    QList<QRect> available;
    // The primary screen first: fitToScreens falls back to it.
    const QScreen *primary = QGuiApplication::primaryScreen();
    if (primary)
        available.append(primary->availableGeometry());
    for (const QScreen *screen : QGuiApplication::screens()) {
        if (screen != primary)
            available.append(screen->availableGeometry());
    }
    // Before the window manager has framed the window, its frame is not known: none is assumed,
    // and the fit is made again once shown (MainWindow::showEvent).
    const QRect frame = window->frameGeometry();
    const QRect fitted = fitToScreens(frame, available);
    if (fitted == frame)
        return;
    const QSize margins = frame.size() - window->size();
    window->resize(fitted.size() - margins);
    window->move(fitted.topLeft());
}

QScreen *screenNamed(const QString &name)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const auto found = std::find_if(screens.begin(), screens.end(),
                                    [&](const QScreen *screen) { return screen->name() == name; });
    return found != screens.end() ? *found : QGuiApplication::primaryScreen();
}

} // namespace cop
