#include "TranslatedTableModel.h"

#include <QCoreApplication>
#include <QEvent>

namespace cop {

TranslatedTableModel::TranslatedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Installing a translator sends LanguageChange to the application object; models are not
    // widgets, so they listen there.
    QCoreApplication::instance()->installEventFilter(this);
}

bool TranslatedTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        const int columns = columnCount();
        if (columns > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
            if (const int rows = rowCount(); rows > 0)
                emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        }
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace cop
