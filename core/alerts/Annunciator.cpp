#include "alerts/Annunciator.h"

#include <QDateTime>

namespace cop {

Annunciator::Annunciator(AlertBook *alerts, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch() * 1000; })
{
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, &Annunciator::refresh);
    connect(alerts, &AlertBook::changed, this, &Annunciator::refresh);
    refresh();
}

qint64 Annunciator::silencedUntilUtcUs() const
{
    return m_silencedUntilUtcUs > m_clock() ? m_silencedUntilUtcUs : 0;
}

void Annunciator::silence()
{
    m_silenced.clear();
    for (const Alert &alert : m_alerts->alerts()) {
        if (alert.state() == AlertState::ActiveUnacknowledged)
            m_silenced.insert(alert.key, alert.report.severity);
    }
    const auto duration = std::chrono::duration_cast<std::chrono::microseconds>(kSilenceDuration);
    m_silencedUntilUtcUs = m_clock() + duration.count();
    m_silenceTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(duration));
    emit silenceChanged();
    refresh();
}

Severity Annunciator::evaluate(qint64 nowUtcUs) const
{
    const bool silenceHolds = nowUtcUs < m_silencedUntilUtcUs;
    Severity loudest = Severity::Unknown;
    for (const Alert &alert : m_alerts->alerts()) {
        if (alert.state() != AlertState::ActiveUnacknowledged)
            continue;
        const auto covered = m_silenced.constFind(alert.key);
        if (silenceHolds && covered != m_silenced.cend() && *covered >= alert.report.severity)
            continue;
        loudest = std::max(loudest, std::max(alert.report.severity, Severity::Advisory));
    }
    return loudest;
}

void Annunciator::refresh()
{
    const qint64 now = m_clock();
    if (m_silencedUntilUtcUs != 0 && now >= m_silencedUntilUtcUs) {
        m_silencedUntilUtcUs = 0;
        m_silenced.clear();
        emit silenceChanged();
    }
    const Severity sounding = evaluate(now);
    if (sounding == m_sounding)
        return;
    m_sounding = sounding;
    emit soundingChanged(sounding);
}

} // namespace cop
