#pragma once

#include <QAbstractTableModel>

namespace cop {

// A table model whose headers and cells are composed with tr() when asked: when the language
// changes at run time it tells its views to fetch everything again.
class TranslatedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TranslatedTableModel(QObject *parent = nullptr);

protected:
    // Replaces the row list: a reset when the rows changed (views keep no stale row), else, with
    // cellsChanged, every cell changed in place, which keeps the selection.
    template <typename Rows>
    void replaceRows(Rows &rows, Rows next, int columnCount, bool cellsChanged = true)
    {
        if (next != rows) {
            beginResetModel();
            rows = std::move(next);
            endResetModel();
        } else if (cellsChanged && !rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount - 1));
        }
    }
};

} // namespace cop
