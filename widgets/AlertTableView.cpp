#include "AlertTableView.h"

#include "AlertTableModel.h"
#include "ExerciseWatermark.h"

#include <QHeaderView>
#include <QPainter>

namespace cop {

AlertTableView::AlertTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    // Compact rows: a watch floor's list must show many alerts without scrolling.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setResizeContentsPrecision(0); // the rows on screen, however many alerts
    horizontalHeader()->setStretchLastSection(true);
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
