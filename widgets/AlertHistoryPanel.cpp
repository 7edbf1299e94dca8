#include "AlertHistoryPanel.h"

#include "AlertHistoryModel.h"
#include "AlertTableView.h"

#include <QEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace cop {

AlertHistoryPanel::AlertHistoryPanel(AlertBook *alerts, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new AlertTableView(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(new AlertHistoryModel(alerts, std::nullopt, proxy));
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(AlertHistoryModel::TimeRole);
    proxy->sort(AlertHistoryModel::Time, Qt::DescendingOrder);
    m_table->setModel(proxy);

    retranslateUi();
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);

    setFocusProxy(m_table); // the keyboard comes to read the history; Tab reaches the filter
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

void AlertHistoryPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter: alert, nation, operator, state…"));
}

void AlertHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cop
