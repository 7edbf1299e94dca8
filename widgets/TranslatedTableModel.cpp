#include "TranslatedTableModel.h"

#include "LanguageChangeWatch.h"

namespace cop {

TranslatedTableModel::TranslatedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(new LanguageChangeWatch(this), &LanguageChangeWatch::languageChanged, this, [this] {
        const int columns = columnCount();
        if (columns > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
            if (const int rows = rowCount(); rows > 0)
                emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        }
    });
}

} // namespace cop
