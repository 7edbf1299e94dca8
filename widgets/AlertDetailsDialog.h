#pragma once

#include "alerts/AlertBook.h"

#include <QDialog>

#include <array>

class QLabel;

namespace cop {

class AlertTableModel;

// One alert in full: its sentence, every field, and every change of its state with operator,
// console and time. Exercise alerts carry the watermark over the whole dialog.
class AlertDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    AlertDetailsDialog(AlertBook *alerts, const AlertTableModel *table, const ServiceKey &key,
                       QWidget *parent = nullptr);

private:
    void refresh();

    AlertBook *const m_alerts;
    const AlertTableModel *const m_table;
    const ServiceKey m_key;
    static constexpr size_t kFieldCount = 10;

    QLabel *m_sentence;
    std::array<QLabel *, kFieldCount> m_values{};
};

} // namespace cop
