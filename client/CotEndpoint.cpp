#include "CotEndpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cop {

using namespace Qt::StringLiterals;

QString CotEndpoint::url() const
{
    const QString scheme = transport == Transport::Udp ? u"udp"_s : transport == Transport::Tcp ? u"tcp"_s : u"tls"_s;
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return scheme + u"://"_s + shownHost + u':' + QString::number(port);
}

std::optional<CotEndpoint> parseCotEndpoint(const QString &text, QString *error)
{
    static const QRegularExpression form(uR"(^(udp|tcp|tls|tcp\+tls)://(?:\[([0-9A-Fa-f:.]+)\]|([^\s:/\[\]]+)):(\d{1,5})$)"_s);
    const auto match = form.match(text);
    const int port = match.captured(4).toInt();
    if (!match.hasMatch() || port < 1 || port > 65535) {
        *error = QCoreApplication::translate("ConsoleOptions",
                                             "--cot expects udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT, got \"%1\"")
                     .arg(text);
        return std::nullopt;
    }
    CotEndpoint endpoint;
    const QString scheme = match.captured(1);
    endpoint.transport = scheme == u"udp" ? CotEndpoint::Transport::Udp
                         : scheme == u"tcp" ? CotEndpoint::Transport::Tcp
                                            : CotEndpoint::Transport::Tls;
    endpoint.host = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    endpoint.port = quint16(port);
    return endpoint;
}

} // namespace cop
