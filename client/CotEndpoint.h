#pragma once

#include "ChannelSecurity.h"

#include <QString>

#include <optional>

namespace cop {

// Where the console's live Cursor-on-Target output goes (--cot): a UDP address (a TAK client or
// a multicast group), a TCP one (a TAK Server's plain streaming input), or TLS over TCP (its
// secure input, with the server's CA and a client certificate and key, as TAK Server asks).
struct CotEndpoint
{
    enum class Transport : quint8 { Udp, Tcp, Tls };

    Transport transport = Transport::Udp;
    QString host;
    quint16 port = 0;
    TlsFiles tls; // Tls only

    // As an operator would write it: udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT.
    QString url() const;
};

// Reads udp://HOST:PORT, tcp://HOST:PORT and tls://HOST:PORT (or tcp+tls://); an IPv6 host is
// written in brackets. Says what is wrong otherwise.
std::optional<CotEndpoint> parseCotEndpoint(const QString &text, QString *error);

} // namespace cop
