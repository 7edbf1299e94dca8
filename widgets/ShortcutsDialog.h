#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QMainWindow;
class QTreeWidget;

namespace cop {

// Help > Keyboard shortcuts: every action of the window that has a shortcut, read from the
// actions themselves (when opened and when the language changes), so the list can neither drift
// from the keys nor miss one. Grouped by menu, in menu-bar order, then by the panel or area the
// other actions belong to; keys that act only where the keyboard focus is say so.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString areaOf(const QAction *action) const;

    QMainWindow *const m_window;
    QLabel *m_note;
    QTreeWidget *m_list;
};

} // namespace cop
