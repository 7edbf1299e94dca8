#pragma once

#include "alerts/AlertBook.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace cop {

// Decides what the alarm horn sounds: the most severe alert that is active and unacknowledged,
// unless the operator silenced it. Silence is not acknowledgement (docs/alerts.md): the alerts
// stay unacknowledged, the silence covers only the alerts sounding when it was given, a new or
// worse alert sounds at once, and the silence ends by itself after kSilenceDuration
// (IEC 62923-1).
class Annunciator : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kSilenceDuration{30};

    explicit Annunciator(AlertBook *alerts, QObject *parent = nullptr);

    // For tests: a clock read instead of the system's; call refresh() after moving it.
    void setClock(AlertBook::Clock clock) { m_clock = std::move(clock); }

    // Severity::Unknown when nothing sounds.
    Severity sounding() const { return m_sounding; }
    // Until when (UTC microseconds) a silence holds; 0 when none does.
    qint64 silencedUntilUtcUs() const;

    void silence();
    void refresh();

signals:
    void soundingChanged(cop::Severity severity);
    void silenceChanged();

private:
    Severity evaluate(qint64 nowUtcUs) const;

    AlertBook *const m_alerts;
    AlertBook::Clock m_clock;
    Severity m_sounding = Severity::Unknown;
    qint64 m_silencedUntilUtcUs = 0;
    QHash<ServiceKey, Severity> m_silenced; // what the silence covers, at the severity then
    QTimer m_silenceTimer;
};

} // namespace cop
