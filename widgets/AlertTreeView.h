#pragma once

#include <QTreeView>

namespace cop {

// The alert list: one row per missile that opens onto its alerts, with the EXERCISE watermark
// across every row whose model says AlertTableModel::ExerciseRole, and only across that row.
class AlertTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit AlertTreeView(QWidget *parent = nullptr);

    // The row of `index` across the whole viewport, in viewport coordinates.
    QRect rowRect(const QModelIndex &index) const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cop
