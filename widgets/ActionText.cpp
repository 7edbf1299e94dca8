#include "ActionText.h"

#include <QAction>

namespace cop {

void ActionText::set(QAction *action, const QString &text)
{
    action->setText(text);
    action->setToolTip(tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace cop
