// The live Cursor-on-Target output read by a third-party parser: a console as main() builds it
// (ConsoleAssembly, without its window) on a real cop-sim sends its fused picture to a loopback
// UDP socket, to a TCP receiver that appears late and drops it, and over mutual TLS to a receiver
// with certificates from cop-pki, as TAK Server's secure input; @tak-ps/node-cot under Node.js
// parses every message received, milsymbol checks every 2525 code, and this test checks their
// reading against the picture (README, "Cursor-on-Target").

#include "ConsoleAssembly.h"
#include "CotFeed.h"
#include "interop/SymbolCode.h"
#include "OneSimConsole.h"
#include "session/ConsoleSession.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QXmlStreamReader>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPictureTimeoutMs = 120'000;
// CotLink's longest backoff, 30 s drawn within +-20 % (36 s), and a margin: a wait of 35 s
// failed whenever the draw came above it.
constexpr int kBackoffTimeoutMs = 40'000;

struct Message
{
    QByteArray xml;
    QString type;
    QString uid;
    double lat = 0, lon = 0;
};

Message messageOf(const QByteArray &xml)
{
    Message message{xml, {}, {}, 0, 0};
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement()) {
        if (reader.name() == u"event") {
            message.type = reader.attributes().value(u"type").toString();
            message.uid = reader.attributes().value(u"uid").toString();
        } else if (reader.name() == u"point") {
            message.lat = reader.attributes().value(u"lat").toDouble();
            message.lon = reader.attributes().value(u"lon").toDouble();
            break;
        }
    }
    return message;
}

// What the console has sent so far, by kind: a real missile, the exercise shot, a launch point,
// a predicted impact with its ellipse.
struct Received
{
    std::vector<Message> messages;

    void add(const QByteArray &xml) { messages.push_back(messageOf(xml)); }
    bool has(const QString &type, const QString &uidSuffix = {}) const
    {
        return std::any_of(messages.begin(), messages.end(), [&](const Message &m) {
            return m.type == type && m.uid.endsWith(uidSuffix);
        });
    }
    bool wholePicture() const
    {
        return has(u"a-h-A-W-M"_s) && has(u"b-m-p-s-m"_s, u".launch"_s) && has(u"u-d-c-e"_s, u".impact"_s);
    }
};

// Messages back to back on a stream, each beginning with its XML declaration.
void splitStream(QByteArray *pending, Received *received)
{
    static const QByteArray end = "</event>";
    qsizetype at;
    while ((at = pending->indexOf(end)) >= 0) {
        received->add(pending->left(at + end.size()).trimmed());
        pending->remove(0, at + end.size());
    }
}

// Certificates as TAK Server's secure input uses them, made by cop-pki: the receiver presents the
// US service certificate (issued for 127.0.0.1), the console the us-1 console certificate.
bool makeCertificates(const QString &dir)
{
    QProcess pki;
    pki.setProcessChannelMode(QProcess::ForwardedChannels);
    pki.start(QStringLiteral(COP_PKI_EXECUTABLE), {u"demo"_s, dir});
    return pki.waitForFinished(30'000) && pki.exitStatus() == QProcess::NormalExit && pki.exitCode() == 0;
}

QSslConfiguration receiverTls(const QString &dir)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QSslCertificate::fromPath(dir + u"/service/US.pem"_s));
    QFile key(dir + u"/service/US.key"_s);
    if (key.open(QIODevice::ReadOnly))
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    configuration.setCaCertificates(QSslCertificate::fromPath(dir + u"/ca/all.pem"_s));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer); // the console must present its own
    return configuration;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

// A console as main() builds it (ConsoleAssembly, without its window) on one real cop-sim of
// `nation`, its CoT output to `url` (with `tls` for tls://).
class CotConsole
{
public:
    void start(const char *nation, const QString &consoleId, const QString &url, const TlsFiles &tls = {})
    {
        ConsoleOptions options;
        options.consoleId = consoleId;
        useOneSim(m_sims, nation, m_journal.path(), &options);
        QString error;
        options.cot = parseCotEndpoint(url, &error);
        QVERIFY2(options.cot, qPrintable(error));
        options.cot->tls = tls;
        m_console = std::make_unique<ConsoleAssembly>(options);
        QVERIFY2(m_console->start(&error), qPrintable(error));
    }
    ~CotConsole()
    {
        m_console.reset();
        stopSimProcesses(m_sims);
    }

    ConsoleSession &session() { return *m_console->session(); }
    const CotLink &link() const { return *m_console->cot()->link(); }

private:
    QTemporaryDir m_journal;
    std::vector<std::unique_ptr<QProcess>> m_sims;
    std::unique_ptr<ConsoleAssembly> m_console;
};

class CotInteropTest : public QObject
{
    Q_OBJECT

private slots:
    void udpToNodeCot()
    {
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        CotConsole console;
        console.start("US", u"watch1"_s, u"udp://127.0.0.1:%1"_s.arg(receiver.localPort()));
        if (QTest::currentTestFailed())
            return;
        Received received;
        // The IRBM is in flight as the simulator starts; the exercise shot leaves 15 s later.
        QTRY_VERIFY_WITH_TIMEOUT((drain(receiver, &received), received.wholePicture() && received.has(u"a-k-A-W-M"_s)),
                                 kPictureTimeoutMs);
        QCOMPARE(console.link().state().kind, CotLinkState::Kind::Up);
        checkWithThirdParty(received, console.session());
    }

    void tcpReceiverLateThenGone()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close(); // nobody there yet
        CotConsole console;
        console.start("US", u"watch2"_s, u"tcp://127.0.0.1:%1"_s.arg(port));
        if (QTest::currentTestFailed())
            return;
        // A receiver that is not there is a failure the console shows, naming why.
        const CotLink &link = console.link();
        QTRY_COMPARE_WITH_TIMEOUT(link.state().kind, CotLinkState::Kind::Failing, 10000);
        QVERIFY2(link.state().problem.contains(u"refused", Qt::CaseInsensitive), qPrintable(link.state().problem));
        QCOMPARE(link.state().endpoint, u"tcp://127.0.0.1:%1"_s.arg(port));
        // Let the picture fill before the receiver comes.
        QTRY_VERIFY_WITH_TIMEOUT(!console.session().fusion()->tracks().empty()
                                     && !console.session().picture()->predictions().isEmpty()
                                     && !console.session().picture()->launches().isEmpty(),
                                 kPictureTimeoutMs);

        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        // Called again after its backoff: at most 30 s, drawn within +-20 %.
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), kBackoffTimeoutMs);
        std::unique_ptr<QTcpSocket> connection(server.nextPendingConnection());
        // The whole picture comes on connecting, in the first round.
        const Received received = readPicture(connection.get(), 3000);
        QVERIFY(received.wholePicture());
        QCOMPARE(link.state().kind, CotLinkState::Kind::Up);
        checkWithThirdParty(received, console.session());

        // What a TAK Server sends back (its other clients' events) is taken, however much: 16 MiB,
        // more than the kernel's buffers hold, and the output carries on.
        connection->write(QByteArray(16 << 20, ' '));
        QTRY_COMPARE_WITH_TIMEOUT(connection->bytesToWrite(), qint64(0), 20000);
        QCOMPARE(link.state().kind, CotLinkState::Kind::Up);

        // The receiver goes: the console says so, and is back when it is.
        connection->close();
        QTRY_COMPARE_WITH_TIMEOUT(link.state().kind, CotLinkState::Kind::Failing, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), kBackoffTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(link.state().kind, CotLinkState::Kind::Up, 5000);
    }

    void tlsBothWays()
    {
        QTemporaryDir pki;
        QVERIFY(makeCertificates(pki.path()));
        QSslServer server;
        server.setSslConfiguration(receiverTls(pki.path()));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString url = u"tls://127.0.0.1:%1"_s.arg(server.serverPort());
        const TlsFiles files{pki.filePath(u"ca/US.pem"_s), pki.filePath(u"console/us-1.pem"_s),
                             pki.filePath(u"console/us-1.key"_s)};
        CotConsole console;
        console.start("US", u"watch3"_s, url, files);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
        auto *connection = qobject_cast<QSslSocket *>(server.nextPendingConnection());
        QVERIFY(connection);
        QTRY_VERIFY_WITH_TIMEOUT(connection->isEncrypted(), 10000);
        // Mutual: the console presented its own certificate.
        QVERIFY2(connection->peerCertificate().subjectInfo(QSslCertificate::CommonName).join(u' ').contains(u"us-1"),
                 qPrintable(connection->peerCertificate().toText()));
        const Received received = readPicture(connection, kPictureTimeoutMs);
        QVERIFY(received.wholePicture());
        checkWithThirdParty(received, console.session());

        // A receiver whose certificate the configured CA did not issue is refused, and shown so.
        CotConsole refusing;
        refusing.start("US", u"watch4"_s, url, {pki.filePath(u"ca/JP.pem"_s), files.certFile, files.keyFile});
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(refusing.link().state().kind, CotLinkState::Kind::Failing, 10000);
        QVERIFY2(refusing.link().state().problem.startsWith(u"TLS refused"), qPrintable(refusing.link().state().problem));
    }

private:
    static void drain(QUdpSocket &socket, Received *received)
    {
        while (socket.hasPendingDatagrams())
            received->add(socket.receiveDatagram().data());
    }

    // What a stream receiver reads until it has the whole picture, or `timeoutMs` passes.
    static Received readPicture(QIODevice *connection, int timeoutMs)
    {
        QByteArray pending;
        Received received;
        QDeadlineTimer deadline(timeoutMs);
        while (!received.wholePicture() && !deadline.hasExpired()) {
            QTest::qWait(50);
            pending += connection->readAll();
            splitStream(&pending, &received);
        }
        return received;
    }

    // Every message through node-cot and milsymbol: each parses, its type, uid and point are what
    // was sent, its 2525 code is valid and the one for what it shows; launch points are the
    // picture's launches.
    static void checkWithThirdParty(const Received &received, ConsoleSession &session)
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"received.cot"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const Message &message : received.messages) {
            QVERIFY2(!message.xml.contains('\n'), message.xml.constData());
            file.write(message.xml + '\n');
        }
        file.close();

        QProcess node;
        node.start(QStringLiteral(COP_NODE), {QStringLiteral(COP_COT_PARSER), file.fileName()});
        QVERIFY(node.waitForFinished(60000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(received.messages.size()));

        QList<GeoPoint> launches;
        for (const Launch &launch : session.picture()->launches())
            launches.append(launch.point);
        QSet<QString> types;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject parsed = QJsonDocument::fromJson(lines[i]).object();
            const Message &sent = received.messages[size_t(i)];
            QVERIFY2(!parsed.contains(u"error"_s), lines[i].constData());
            const QString type = parsed[u"type"_s].toString();
            types.insert(type);
            QCOMPARE(type, sent.type);
            QCOMPARE(parsed[u"uid"_s].toString(), sent.uid);
            QVERIFY2(near(parsed[u"lat"_s].toDouble(), sent.lat) && near(parsed[u"lon"_s].toDouble(), sent.lon),
                     lines[i].constData());
            QVERIFY2(parsed[u"sidcValid"_s].toBool(), lines[i].constData());
            const QString sidc = parsed[u"sidc"_s].toString();
            const bool exercise = parsed[u"opex"_s].toString() == u"e";
            if (type.startsWith(u"a-")) {
                // The simulator calls every missile hostile: a faker in its exercise.
                QCOMPARE(type, exercise ? u"a-k-A-W-M"_s : u"a-h-A-W-M"_s);
                QCOMPARE(sidc, symbolCode(SymbolEntity::BallisticMissile, Affiliation::Hostile, exercise,
                                          parsed[u"hae"_s].toDouble()));
                QVERIFY2(parsed[u"lat"_s].toDouble() > 30 && parsed[u"lat"_s].toDouble() < 50
                             && parsed[u"lon"_s].toDouble() > 115 && parsed[u"lon"_s].toDouble() < 175,
                         lines[i].constData());
                QVERIFY(parsed[u"speed"_s].toDouble() > 0);
            } else if (sent.uid.endsWith(u".launch")) {
                QCOMPARE(type, u"b-m-p-s-m"_s);
                QCOMPARE(sidc, symbolCode(SymbolEntity::LaunchPoint, Affiliation::Hostile, exercise));
                QVERIFY2(std::any_of(launches.begin(), launches.end(), [&](const GeoPoint &p) {
                             return near(p.latDeg, sent.lat) && near(p.lonDeg, sent.lon);
                         }),
                         lines[i].constData());
            } else {
                QVERIFY2(sent.uid.endsWith(u".impact"), lines[i].constData());
                QCOMPARE(type, u"u-d-c-e"_s);
                QCOMPARE(sidc, symbolCode(SymbolEntity::PredictedImpactPoint, Affiliation::Hostile, exercise));
                const QJsonObject ellipse = parsed[u"ellipse"_s].toObject();
                QVERIFY2(ellipse[u"major"_s].toDouble() >= ellipse[u"minor"_s].toDouble()
                             && ellipse[u"minor"_s].toDouble() > 0,
                         lines[i].constData());
            }
        }
        QVERIFY(types.contains(u"a-h-A-W-M"_s));
        QVERIFY(types.contains(u"b-m-p-s-m"_s));
        QVERIFY(types.contains(u"u-d-c-e"_s));
    }
};

QTEST_GUILESS_MAIN(CotInteropTest)
#include "tst_cot_interop.moc"
