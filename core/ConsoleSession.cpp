#include "ConsoleSession.h"

namespace cop {

ConsoleSession::ConsoleSession(const QString &operatorName, const QString &consoleId, QObject *parent)
    : QObject(parent)
    , m_localPredictions(&m_picture)
    , m_alerts(&m_picture, operatorName, consoleId)
    , m_fusion(&m_picture, &m_alerts)
    , m_watchdog(&m_alerts)
{
    // Alert ages and shelf expiries follow the picture's clock, which a replay sets.
    m_alerts.setClock([this] { return m_picture.nowUtcUs(); });
    // A service that lost its state raises its alerts again on new track ids: the same missile
    // is the same fused track, or the one the old track belonged to when it went.
    m_alerts.setSameMissile([fusion = &m_fusion](const QString &service, const QString &before,
                                                 const QString &now) {
        const QString missileBefore = fusion->missileIdOf({service, before});
        const QString missileNow = fusion->missileIdOf({service, now});
        return !missileBefore.isEmpty() && !missileNow.isEmpty()
               && fusion->currentIdOf(missileBefore) == fusion->currentIdOf(missileNow);
    });
    m_watchdog.watch(QStringLiteral("track fusion"), [fusion = &m_fusion] { return fusion->passStartedMs(); });
    m_watchdog.start();
}

} // namespace cop
