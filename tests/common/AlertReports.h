#pragma once

// Alerts as a service reports them, decoded (core/), for tests that feed a Picture directly.

#include "picture/PictureEvents.h"

namespace cop::testing {

inline AlertUpdate alertReport(const QString &id, Severity severity, AlertState state,
                               qint64 raisedUtcUs, bool exercise = false)
{
    AlertUpdate alert;
    alert.alertId = id;
    alert.kind = AlertKind::LaunchDetected;
    alert.severity = severity;
    alert.trackId = QStringLiteral("T-") + id;
    alert.regionId = QStringLiteral("jp.eez");
    alert.state = state;
    alert.raisedUtcUs = raisedUtcUs;
    alert.exercise = exercise;
    return alert;
}

// One batch from `service` carrying `alert` as event `sequence`.
inline ServiceBatch alertBatch(const QString &service, quint64 sequence, const AlertUpdate &alert)
{
    ServiceBatch batch;
    batch.service = service;
    batch.events.push_back({sequence, alert});
    return batch;
}

} // namespace cop::testing
