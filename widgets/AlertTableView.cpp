#include "AlertTableView.h"

#include "AlertTableModel.h"
#include "ExerciseWatermark.h"

#include <QHeaderView>
#include <QPainter>

namespace cop {

void setUpAlertView(QAbstractItemView *view, QHeaderView *columns)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setResizeContentsPrecision(0); // the rows on screen, however many alerts
    columns->setStretchLastSection(true);
}

AlertTableView::AlertTableView(QWidget *parent)
    : QTableView(parent)
{
    setUpAlertView(this, horizontalHeader());
    setWordWrap(false);
    verticalHeader()->hide();
    // Compact rows: a watch floor's list must show many alerts without scrolling.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void AlertTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model())
        return;
    QPainter painter(viewport());
    const int first = std::max(0, rowAt(0));
    for (int row = first; row < model()->rowCount(); ++row) {
        const int y = rowViewportPosition(row);
        if (y > viewport()->height())
            break;
        if (model()->index(row, 0).data(AlertTableModel::ExerciseRole).toBool())
            ExerciseWatermark::paint(painter, QRect(0, y, viewport()->width(), rowHeight(row)));
    }
}

} // namespace cop
