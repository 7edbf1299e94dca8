#include "FocusCycle.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>

namespace cop {

namespace {

QDockWidget *dockOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock;
    }
    return nullptr;
}

} // namespace

FocusCycle::FocusCycle(QMainWindow *window, const QList<QWidget *> &panels)
    : QObject(window)
    , m_window(window)
    , m_next(new QAction(this))
    , m_previous(new QAction(this))
{
    for (QWidget *panel : panels)
        m_panels.append(panel);
    m_next->setShortcut(Qt::Key_F6);
    m_previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
    for (QAction *action : {m_next, m_previous}) {
        // Window-wide shortcuts work from the window's floating docks too.
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, [this] { move(1); });
    connect(m_previous, &QAction::triggered, this, [this] { move(-1); });
    retranslate();
}

void FocusCycle::retranslate()
{
    m_next->setText(tr("Focus next panel"));
    m_previous->setText(tr("Focus previous panel"));
}

bool FocusCycle::reachable(QWidget *stop) const
{
    if (!stop)
        return false;
    QWidget *target = stop;
    while (target->focusProxy())
        target = target->focusProxy();
    if (target->focusPolicy() == Qt::NoFocus) // e.g. the basemap's progress instead of the map
        return false;
    QDockWidget *dock = dockOf(stop);
    return !dock || dock->toggleViewAction()->isChecked();
}

void FocusCycle::move(int step)
{
    QList<QWidget *> stops{m_window->centralWidget()};
    for (const QPointer<QWidget> &panel : m_panels)
        stops.append(panel);
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < stops.size() && at < 0; ++i) {
        if (stops[i] && focus && (stops[i] == focus || stops[i]->isAncestorOf(focus)))
            at = i;
    }
    if (at < 0)
        at = step > 0 ? stops.size() - 1 : 0;
    for (qsizetype n = 1; n <= stops.size(); ++n) {
        QWidget *stop = stops[((at + step * n) % stops.size() + stops.size()) % stops.size()];
        if (!reachable(stop))
            continue;
        if (QDockWidget *dock = dockOf(stop))
            dock->raise();
        if (!stop->window()->isActiveWindow()) // a floating dock, or back from one
            stop->window()->activateWindow();
        stop->setFocus(Qt::ShortcutFocusReason);
        return;
    }
}

} // namespace cop
