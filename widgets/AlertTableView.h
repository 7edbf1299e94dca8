#pragma once

#include <QTableView>

namespace cop {

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
