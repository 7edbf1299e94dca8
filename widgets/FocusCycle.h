#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace cop {

// Moves the keyboard focus round a window's working areas: its central widget (the map), then
// the given panels, in that order; F6 forward and Shift+F6 back, as in most desktop programs.
// A panel whose dock is closed is passed over; one behind another tab is brought to the front,
// a floating one (on another screen) is activated.
class FocusCycle : public QObject
{
    Q_OBJECT

public:
    FocusCycle(QMainWindow *window, const QList<QWidget *> &panels);

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    void retranslate();

private:
    void move(int step);
    bool reachable(QWidget *stop) const;

    QMainWindow *const m_window;
    QList<QPointer<QWidget>> m_panels;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace cop
