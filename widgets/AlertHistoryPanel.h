#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;

namespace cop {

class AlertBook;
class AlertTableView;

// Every change of every alert, newest first, filtered by any text in a row (alert id, nation,
// operator, state...).
class AlertHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertHistoryPanel(AlertBook *alerts, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    AlertTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_filter;
    AlertTableView *m_table;
};

} // namespace cop
