#include "AlertDetailsDialog.h"

#include "AlertHistoryModel.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "AlertText.h"
#include "ExerciseWatermark.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cop {

AlertDetailsDialog::AlertDetailsDialog(AlertBook *alerts, const AlertTableModel *table,
                                       const ServiceKey &key, QWidget *parent)
    : QDialog(parent)
    , m_alerts(alerts)
    , m_table(table)
    , m_key(key)
    , m_sentence(new QLabel(this))
    , m_fields(new QFormLayout)
{
    setWindowTitle(tr("Alert %1 (%2)").arg(key.id, key.service));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 520);
    m_sentence->setWordWrap(true);
    QFont bigger = m_sentence->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_sentence->setFont(bigger);

    auto *history = new AlertTableView(this);
    history->setModel(new AlertHistoryModel(alerts, key, history));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sentence);
    layout->addLayout(m_fields);
    layout->addWidget(new QLabel(tr("Every change of state:"), this));
    layout->addWidget(history, 1);
    layout->addWidget(buttons);

    connect(alerts, &AlertBook::changed, this, &AlertDetailsDialog::refresh);
    refresh();
    if (alerts->alerts().value(key).report.exercise)
        new ExerciseWatermark(this);
}

void AlertDetailsDialog::refresh()
{
    const auto it = m_alerts->alerts().constFind(m_key);
    if (it == m_alerts->alerts().cend())
        return;
    const Alert &alert = *it;
    const AlertUpdate &r = alert.report;
    m_sentence->setText(AlertText::sentence(alert, m_table->impactTimeOf(alert)));
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const auto add = [this](const QString &label, const QString &value) {
        m_fields->addRow(label, new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this));
    };
    add(tr("Severity:"), AlertText::severity(r.severity));
    add(tr("State:"), AlertText::state(alert));
    add(tr("Kind:"), AlertText::kind(r.kind));
    add(tr("Track:"), r.trackId);
    add(tr("Region:"), r.regionId.isEmpty() ? QString() : AlertText::region(r.regionId));
    add(tr("Reported by:"), alert.key.service);
    add(tr("Raised:"), AlertText::utcTime(r.raisedUtcUs));
    add(tr("Launch (est.):"), AlertText::utcTime(m_table->launchTimeOf(alert)));
    add(tr("Impact (est.):"), AlertText::utcTime(m_table->impactTimeOf(alert)));
    add(tr("Acknowledged by:"), AlertText::acknowledgedBy(r));
}

} // namespace cop
