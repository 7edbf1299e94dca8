#pragma once

#include <QTreeView>

namespace cop {

// The alert list: one row per missile that opens onto its alerts, with the EXERCISE watermark
// across every row whose model says AlertTableModel::ExerciseRole, and only across that row.
// Double-click (AlertPanel: Enter) centres the map; it does not open or close the row. The
// keyboard arriving in the list (F6, Tab) selects the row it lands on, so that an action then
// acts on the row the focus shows rather than on nothing.
class AlertTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit AlertTreeView(QWidget *parent = nullptr);

    // The row of `index` across the whole viewport, in viewport coordinates.
    QRect rowRect(const QModelIndex &index) const;
    // The rows drawn in the viewport, top to bottom (column 0); with `readable`, only those at
    // least half in view. None while the view is hidden (e.g. its dock is behind another).
    QModelIndexList rowsOnScreen(bool readable = false) const;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cop
