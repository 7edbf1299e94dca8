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
    m_watchdog.watch(QStringLiteral("track fusion"), [fusion = &m_fusion] { return fusion->passStartedMs(); });
    m_watchdog.start();
}

} // namespace cop
