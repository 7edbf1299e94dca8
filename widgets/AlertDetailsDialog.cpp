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

    auto *fields = new QFormLayout;
    const QString labels[] = {tr("Severity:"), tr("State:"), tr("Kind:"), tr("Track:"),
                              tr("Region:"), tr("Reported by:"), tr("Raised:"),
                              tr("Launch (est.):"), tr("Impact (est.):"), tr("Acknowledged by:")};
    static_assert(std::size(labels) == kFieldCount);
    for (size_t i = 0; i < kFieldCount; ++i) {
        m_values[i] = new QLabel(this);
        m_values[i]->setWordWrap(true);
        fields->addRow(labels[i], m_values[i]);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sentence);
    layout->addLayout(fields);
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
    const QString why = AlertText::stateExplanation(alert.state());
    const QString values[] = {
        AlertText::severity(r.severity),
        why.isEmpty() ? AlertText::state(alert) : tr("%1: %2").arg(AlertText::state(alert), why),
        AlertText::kind(r.kind),
        r.trackId,
        r.regionId.isEmpty() ? QString() : AlertText::region(r.regionId),
        alert.key.service,
        AlertText::utcTime(r.raisedUtcUs),
        AlertText::launchTime(m_table->launchOf(alert)),
        AlertText::utcTime(m_table->impactTimeOf(alert)),
        AlertText::acknowledgedBy(r),
    };
    for (size_t i = 0; i < std::size(values); ++i)
        m_values[i]->setText(values[i].isEmpty() ? QStringLiteral("—") : values[i]);
}

} // namespace cop
