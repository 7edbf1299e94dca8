#pragma once

#include <QTableView>

class QHeaderView;

namespace cop {

// What every list of alerts is like: whole rows selected, several at once, nothing edited,
// columns as wide as the rows on screen need.
void setUpAlertView(QAbstractItemView *view, QHeaderView *columns);

// A table of alerts or of their history, with the EXERCISE watermark across every row whose
// model says AlertTableModel::ExerciseRole.
class AlertTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AlertTableView(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cop
