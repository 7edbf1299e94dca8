#include "journal/OperatorAction.h"

namespace cop {

QString operatorActionId(OperatorAction::Kind kind)
{
    switch (kind) {
    case OperatorAction::Kind::Acknowledge:
        return QStringLiteral("acknowledge");
    case OperatorAction::Kind::Shelve:
        return QStringLiteral("shelve");
    case OperatorAction::Kind::Unshelve:
        return QStringLiteral("unshelve");
    case OperatorAction::Kind::Silence:
        return QStringLiteral("silence");
    case OperatorAction::Kind::LanguageSwitch:
        return QStringLiteral("language");
    }
    return QStringLiteral("unknown");
}

} // namespace cop
