#include "TrackServices.h"

#include "AlertAcknowledger.h"
#include "alerts/AlertBook.h"
#include "picture/Picture.h"
#include "ServiceConnection.h"

namespace cop {

TrackServices::TrackServices(Picture *picture, AlertBook *alerts, QString consoleId,
                             const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_alerts(alerts)
    , m_consoleId(std::move(consoleId))
    , m_limits(limits)
{
    connect(alerts, &AlertBook::acknowledgementRequested, this, &TrackServices::route);
}

void TrackServices::add(const QString &name, const QString &address, const ChannelSecurity &security)
{
    auto *connection = new ServiceConnection(name, address, m_consoleId, m_limits, this, security);
    connect(connection, &ServiceConnection::batchReady, m_picture, &Picture::applyBatch);
    connect(connection, &ServiceConnection::statusChanged, m_picture, &Picture::updateFeed);
    auto *acknowledger = new AlertAcknowledger(connection, this);
    connect(acknowledger, &AlertAcknowledger::refused, m_alerts,
            [this, name](const QString &alertId, const QString &reason) {
                m_alerts->acknowledgementRefused({name, alertId}, reason);
            });
    m_connections.insert(name, connection);
    m_acknowledgers.insert(name, acknowledger);
    connection->start();
}

void TrackServices::route(const ServiceKey &key, const QString &operatorName,
                          const QString &consoleId)
{
    if (AlertAcknowledger *acknowledger = m_acknowledgers.value(key.service))
        acknowledger->acknowledge(key.id, operatorName, consoleId);
    else
        m_alerts->acknowledgementRefused(key, tr("no track service named %1").arg(key.service));
}

} // namespace cop
