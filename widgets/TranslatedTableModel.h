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
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cop
