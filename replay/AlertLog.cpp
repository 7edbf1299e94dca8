#include "AlertLog.h"

namespace cop {

void AlertLog::add(const ServiceBatch &batch)
{
    if (batch.snapshot) {
        for (const AlertUpdate &alert : batch.snapshot->alerts)
            add(batch.service, batch.receivedUtcUs, alert);
    }
    for (const SequencedEvent &event : batch.events) {
        if (const auto *alert = std::get_if<AlertUpdate>(&event.event))
            add(batch.service, batch.receivedUtcUs, *alert);
    }
}

void AlertLog::add(const QString &service, qint64 receivedUtcUs, const AlertUpdate &alert)
{
    QStringList acks;
    for (const Acknowledgement &ack : alert.acknowledgements)
        acks.append(QStringLiteral("%1@%2@%3").arg(ack.operatorName, ack.consoleId).arg(ack.timeUtcUs));
    m_lines.append(QStringLiteral("%1 %2 %3 kind=%4 severity=%5 state=%6 track=%7 region=%8 raised=%9 acks=%10")
                       .arg(receivedUtcUs)
                       .arg(service, alert.alertId)
                       .arg(int(alert.kind))
                       .arg(int(alert.severity))
                       .arg(int(alert.state))
                       .arg(alert.trackId, alert.regionId)
                       .arg(alert.raisedUtcUs)
                       .arg(acks.join(u',')));
}

} // namespace cop
