#include "AlertTreeView.h"

#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "ExerciseWatermark.h"

#include <QHeaderView>
#include <QPainter>

namespace cop {

AlertTreeView::AlertTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setUpAlertView(this, header());
    setWordWrap(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(false); // double-click centres the map on the missile
}

QRect AlertTreeView::rowRect(const QModelIndex &index) const
{
    const QRect cell = visualRect(index.siblingAtColumn(0));
    return QRect(0, cell.top(), viewport()->width(), cell.height());
}

void AlertTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!model())
        return;
    QPainter painter(viewport());
    for (QModelIndex index = indexAt(QPoint(0, 0)); index.isValid(); index = indexBelow(index)) {
        const QRect row = rowRect(index);
        if (row.top() > viewport()->height())
            break;
        // Clipped to its own row: a watermark spilling over a neighbour makes that row hard to read.
        if (index.data(AlertTableModel::ExerciseRole).toBool())
            ExerciseWatermark::paint(painter, row.intersected(viewport()->rect()));
    }
}

} // namespace cop
