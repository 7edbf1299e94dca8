#include "AlertTreeView.h"

#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "ExerciseWatermark.h"

#include <QFocusEvent>
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
    setExpandsOnDoubleClick(false);
}

QRect AlertTreeView::rowRect(const QModelIndex &index) const
{
    const QRect cell = visualRect(index.siblingAtColumn(0));
    return QRect(0, cell.top(), viewport()->width(), cell.height());
}

void AlertTreeView::focusInEvent(QFocusEvent *event)
{
    QTreeView::focusInEvent(event); // gives a keyboard arrival a current row
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason
                            || event->reason() == Qt::ShortcutFocusReason;
    if (byKeyboard && currentIndex().isValid() && !selectionModel()->hasSelection())
        selectionModel()->select(currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QModelIndexList AlertTreeView::rowsOnScreen(bool readable) const
{
    QModelIndexList rows;
    if (!model() || !isVisible())
        return rows;
    const QRect view = viewport()->rect();
    // Asked at the right of the first column: its left holds a child row's indentation, where
    // there is no index.
    const int x = header()->sectionViewportPosition(0) + header()->sectionSize(0) - 1;
    for (QModelIndex index = indexAt(QPoint(x, 0)).siblingAtColumn(0); index.isValid();
         index = indexBelow(index)) {
        const QRect row = rowRect(index);
        if (row.top() > view.bottom())
            break;
        if (!readable || (row.center().y() >= view.top() && row.center().y() <= view.bottom()))
            rows.append(index);
    }
    return rows;
}

void AlertTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    QPainter painter(viewport());
    for (const QModelIndex &index : rowsOnScreen()) {
        // Clipped to its own row: a watermark spilling over a neighbour makes that row hard to read.
        if (index.data(AlertTableModel::ExerciseRole).toBool())
            ExerciseWatermark::paint(painter, rowRect(index).intersected(viewport()->rect()));
    }
}

} // namespace cop
