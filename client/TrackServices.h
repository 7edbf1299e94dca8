#pragma once

#include "ChannelSecurity.h"
#include "ConnectionLimits.h"

#include <QHash>
#include <QObject>

namespace cop {

class AlertAcknowledger;
class AlertBook;
class Picture;
class ServiceConnection;
struct ServiceKey;

// The console's track services: for each, a subscription feeding the Picture and an
// acknowledger, and the routing of the AlertBook's acknowledgements to the service that raised
// each alert. Two of these in one process behave as two consoles.
class TrackServices : public QObject
{
    Q_OBJECT

public:
    TrackServices(Picture *picture, AlertBook *alerts, QString consoleId,
                  const ConnectionLimits &limits = {}, QObject *parent = nullptr);

    // Subscribes at once, and keeps the subscription up until this object goes.
    void add(const QString &name, const QString &address, const ChannelSecurity &security = {});

    ServiceConnection *connection(const QString &name) const { return m_connections.value(name); }
    AlertAcknowledger *acknowledger(const QString &name) const
    {
        return m_acknowledgers.value(name);
    }

private:
    void route(const ServiceKey &key, const QString &operatorName, const QString &consoleId);

    Picture *const m_picture;
    AlertBook *const m_alerts;
    const QString m_consoleId;
    const ConnectionLimits m_limits;
    QHash<QString, ServiceConnection *> m_connections;
    QHash<QString, AlertAcknowledger *> m_acknowledgers;
};

} // namespace cop
