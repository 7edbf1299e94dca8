#pragma once

#include <QCoreApplication>

class QAction;

namespace cop {

// An action's text for menus, and a tooltip for its button that names the shortcut, so the
// keyboard way is learnt from the mouse way: "Acknowledge (Ctrl+K)".
class ActionText
{
    Q_DECLARE_TR_FUNCTIONS(ActionText)

public:
    static void set(QAction *action, const QString &text);
};

} // namespace cop
