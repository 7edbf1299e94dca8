#pragma once

#include "picture/PictureEvents.h"

#include <QStringList>

namespace cop {

// Every alert state the console applied, one line each in order, with the time it was applied:
// the same log from a live session and from its replay means the replay showed the operator's
// alerts exactly as they happened.
class AlertLog
{
public:
    void add(const ServiceBatch &batch);
    const QStringList &lines() const { return m_lines; }

private:
    void add(const QString &service, qint64 receivedUtcUs, const AlertUpdate &alert);

    QStringList m_lines;
};

} // namespace cop
