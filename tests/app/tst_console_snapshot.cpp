// The whole console end to end: three real cop-sim processes, the real cop-console under Xvfb
// rendering its window to a PNG. The track must be on screen where the missile is.
#include "MapViewport.h"
#include "OverlayStyle.h"
#include "SymbolColors.h"
#include "SimProcess.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

namespace {

constexpr double kSunanLat = 39.224;
constexpr double kSunanLon = 125.670;

// "address:port" of the remote end of each inet socket the process holds (Linux /proc).
QSet<QString> socketPeersOf(qint64 pid)
{
    QSet<QString> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.contains(u"socket:["))
            inodes << target.section(u'[', 1).chopped(1);
    }
    QSet<QString> peers;
    for (const char *table : {"tcp", "udp", "tcp6", "udp6"}) {
        QFile file(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1StringView(table)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine();
        while (!file.atEnd()) {
            const QStringList f = QString::fromLatin1(file.readLine()).simplified().split(u' ');
            if (f.size() < 10 || !inodes.contains(f[9]))
                continue;
            const QStringList remote = f[2].split(u':');
            const quint16 port = quint16(remote[1].toUInt(nullptr, 16));
            if (port == 0)
                continue; // listening or unconnected
            // IPv4, or IPv4 mapped into IPv6, as /proc prints it on a little-endian machine;
            // any other IPv6 peer stays raw hex, which no expected peer matches.
            const bool v4 = remote[0].size() == 8 || remote[0].startsWith(u"0000000000000000FFFF0000");
            if (!v4) {
                peers << remote[0] + u':' + QString::number(port);
                continue;
            }
            const quint32 address = remote[0].right(8).toUInt(nullptr, 16);
            peers << QStringLiteral("%1.%2.%3.%4:%5")
                         .arg(address & 0xff).arg(address >> 8 & 0xff).arg(address >> 16 & 0xff)
                         .arg(address >> 24).arg(port);
        }
    }
    return peers;
}

// The window's pixel of a point on the map, from the snapshot's description of its viewport.
QPoint pixelOf(const QJsonObject &meta, double latDeg, double lonDeg)
{
    const QJsonArray mapRect = meta["map"].toArray();
    const QJsonArray center = meta["center"].toArray();
    const cop::MapViewport viewport(center[0].toDouble(), center[1].toDouble(), meta["zoom"].toDouble(),
                                    QSizeF(mapRect[2].toDouble(), mapRect[3].toDouble()));
    const QPointF onMap = viewport.project(latDeg, lonDeg);
    return ((onMap + QPointF(mapRect[0].toDouble(), mapRect[1].toDouble())) * meta["devicePixelRatio"].toDouble())
        .toPoint();
}

// A console on `services` rendering its window after 6 s at a centre and zoom: the PNG, and the
// description of its map beside it. Empty when the console did not end well.
struct Snapshot
{
    QImage image;
    QJsonObject meta;
};

Snapshot snapshotOf(const QStringList &services, const char *center, const char *zoom)
{
    QTemporaryDir dir;
    const QString png = dir.filePath("console.png");
    QProcess console;
    console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE),
                  services + QStringList{"--insecure-loopback", "--snapshot", png, "--snapshot-after", "6", "--center",
                                         center, "--zoom", zoom});
    if (!console.waitForFinished(60000) || console.exitStatus() != QProcess::NormalExit || console.exitCode() != 0)
        return {};
    QFile metaFile(png + ".json");
    if (!metaFile.open(QIODevice::ReadOnly))
        return {};
    return {QImage(png), QJsonDocument::fromJson(metaFile.readAll()).object()};
}

int countNear(const QImage &image, QPoint centre, int radius, QColor color)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
            if (!image.valid(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                    + qAbs(c.blue() - color.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestConsoleSnapshot : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<QProcess>> m_sims;

    void stopSims()
    {
        for (auto &sim : m_sims) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
        m_sims.clear();
    }

private slots:
    void cleanup() { stopSims(); }

    void showsLiveTracksFromThreeServicesAtTheLaunchPoint()
    {
        QStringList serviceArguments;
        for (const char *nation : {"US", "JP", "KR"}) {
            auto sim = std::make_unique<QProcess>();
            const int port = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                             {"--listen", "127.0.0.1:0", "--nation", nation, "--scenario",
                                              QStringLiteral(COP_FIXTURES "/slow_launch.json"), "--seed", "1"});
            QVERIFY2(port > 0, sim->readAllStandardError().constData());
            serviceArguments << "--service" << QStringLiteral("%1=127.0.0.1:%2").arg(nation).arg(port);
            m_sims.push_back(std::move(sim));
        }

        const auto [image, meta] = snapshotOf(serviceArguments, "38.5,128.0", "6");
        QVERIFY(!image.isNull());
        for (const char *nation : {"US", "JP", "KR"}) {
            QCOMPARE(meta["feeds"][nation].toString(), QStringLiteral("live"));
            QCOMPARE(meta["tracks"][nation].toInt(), 1);
        }

        QCOMPARE(image.width(), meta["image"][0].toInt());

        // Not blank: a real window has many colours.
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        QCOMPARE(meta["center"].toArray()[0].toDouble(), 38.5);
        const QPoint where = pixelOf(meta, kSunanLat, kSunanLon);
        // A hostile missile symbol (the light-red 2525 fill); three services draw it at the same place.
        QVERIFY2(countNear(image, where, 12, symbolColors::kHostileFill) > 30,
                 qPrintable(QStringLiteral("no track near %1,%2").arg(where.x()).arg(where.y())));
        QCOMPARE(countNear(image, where + QPoint(250, 200), 30, symbolColors::kHostileFill), 0);
    }

    // A satellite launch (issue 20) 560 s in, as Japan's service sees it: the vehicle in orbit
    // (its third stage burned out about 490 s in), its second stage still falling east of Luzon.
    // The map shows the stage's predicted fall point and the vehicle's ground track into orbit
    // running on far south of it, with no impact at its end.
    void showsASpaceLaunchsDropZoneAndItsGroundTrackIntoOrbit()
    {
        auto sim = std::make_unique<QProcess>();
        const int port = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                         {"--listen", "127.0.0.1:0", "--nation", "JP", "--scenario",
                                          QStringLiteral(COP_SCENARIOS "/space-launch-orbit.json"), "--seed", "1",
                                          "--from", "560"});
        QVERIFY2(port > 0, sim->readAllStandardError().constData());
        m_sims.push_back(std::move(sim));

        const auto [image, meta] = snapshotOf({"--service", QStringLiteral("JP=127.0.0.1:%1").arg(port)}, "15.0,124.0", "5");
        QVERIFY(!image.isNull());

        // Stage 2 falls at 14.6N 124.0E (tst_sim_space_launch): the hostile predicted-impact mark.
        const QPoint stage = pixelOf(meta, 14.6, 124.0);
        QVERIFY2(countNear(image, stage, 14, symbolColors::kHostileRed) > 20,
                 qPrintable(QStringLiteral("no predicted fall point near %1,%2").arg(stage.x()).arg(stage.y())));
        // The ground track beyond it, on towards the equator (the map's lower edge is near 3N):
        // only an orbit goes there. Its yellow line, antialiased on the dark sea, crosses every
        // line of latitude.
        const auto yellowish = [](QColor c) { return c.red() > 160 && c.green() > 120 && c.blue() < 90; };
        int crossed = 0;
        for (double lat = 9.0; lat >= 5.0; lat -= 0.5) {
            const QPoint row = pixelOf(meta, lat, 105.0), end = pixelOf(meta, lat, 130.0);
            bool onRow = false;
            for (int x = row.x(); x <= end.x() && !onRow; ++x)
                onRow = image.valid(x, row.y()) && yellowish(image.pixelColor(x, row.y()));
            crossed += onRow ? 1 : 0;
        }
        QCOMPARE(crossed, 9);
        // No impact ellipse for the orbiting vehicle anywhere south of the stage's fall.
        int ellipse = 0;
        for (double lat = 12.0; lat >= 4.0; lat -= 0.25) {
            const QPoint row = pixelOf(meta, lat, 110.0), end = pixelOf(meta, lat, 135.0);
            for (int x = row.x(); x <= end.x(); ++x)
                ellipse += countNear(image, {x, row.y()}, 0, cop::overlayStyle::kEllipse95);
        }
        QCOMPARE(ellipse, 0);
    }

    void rendersWithNoBasemapAndConnectsToNothingElseWhenTheTileServerIsDown()
    {
        // A port nothing listens on: reserve one, then close it.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 tilePort = reserve.serverPort();
        reserve.close();
        auto sim = std::make_unique<QProcess>();
        const int simPort = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                            {"--listen", "127.0.0.1:0", "--nation", "US", "--scenario",
                                             QStringLiteral(COP_FIXTURES "/slow_launch.json"), "--seed", "1"});
        QVERIFY(simPort > 0);
        m_sims.push_back(std::move(sim));

        QTemporaryDir dir;
        const QString png = dir.filePath("console.png");
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE),
                      {"--service", QStringLiteral("US=127.0.0.1:%1").arg(simPort), "--insecure-loopback", "--tiles",
                       QStringLiteral("http://127.0.0.1:%1/tiles").arg(tilePort), "--snapshot", png,
                       "--snapshot-after", "4"});
        QVERIFY(console.waitForStarted());
        // Every TCP or UDP peer the console's sockets have while it runs.
        QSet<QString> peers;
        while (!console.waitForFinished(20))
            peers |= socketPeersOf(console.processId());
        QCOMPARE(console.exitCode(), 0);
        peers.remove(QStringLiteral("127.0.0.1:%1").arg(simPort));
        peers.remove(QStringLiteral("127.0.0.1:%1").arg(tilePort));
        QVERIFY2(peers.isEmpty(), qPrintable(QStringList(peers.begin(), peers.end()).join(u' ')));

        QFile metaFile(png + ".json");
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        QCOMPARE(meta["basemap"].toString(), QStringLiteral("unavailable"));
        QCOMPARE(meta["feeds"]["US"].toString(), QStringLiteral("live"));
        // The "no basemap" banner: its amber border on the map's top edge.
        const QImage image(png);
        const QJsonArray mapRect = meta["map"].toArray();
        const QRect top(mapRect[0].toInt(), mapRect[1].toInt(), mapRect[2].toInt(), 60);
        QVERIFY(countNear(image, top.center(), 30, QColor(0xff, 0xb3, 0x40)) > 10);
    }

    void exitsWithAClearErrorOnABadServiceAddress()
    {
        QProcess console;
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE), {"--service", "US=nowhere"});
        QVERIFY(console.waitForFinished(30000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardError().contains("expected HOST:PORT"));
    }

    void exitsPromptlyOnAMissingRecordingWhileTheBasemapBakes()
    {
        // No baked pyramid in this cache: the console starts baking one (~30 s on two cores),
        // then fails to open the recording. It must say so and exit, not finish the bake first,
        // and leave no half-baked pyramid behind.
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
        QProcess console;
        console.setProcessEnvironment(environment);
        const QString missing = QDir::temp().filePath(QStringLiteral("no-such-recording"));
        QElapsedTimer timer;
        timer.start();
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE), {"--replay", missing});
        QVERIFY(console.waitForFinished(60000));
        const qint64 tookMs = timer.elapsed();
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 1);
        QVERIFY(console.readAllStandardError().contains(missing.toUtf8()));
        QVERIFY2(tookMs < 10000, qPrintable(QStringLiteral("took %1 ms").arg(tookMs)));
        QDirIterator left(cache.path(), {QStringLiteral("*.partial-*")}, QDir::Dirs, QDirIterator::Subdirectories);
        QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));
    }

    void keepsRunningAndShowsTheFeedDownWhenAServiceIsUnreachable()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("console.png");
        QProcess console;
        // Port 9 (discard) on loopback: nothing listens there.
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE),
                      {"--service", "US=127.0.0.1:9", "--insecure-loopback", "--snapshot", png,
                       "--snapshot-after", "3"});
        QVERIFY(console.waitForFinished(60000));
        QCOMPARE(console.exitCode(), 0);
        QFile metaFile(png + ".json");
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        QVERIFY2(QStringList({"down", "connecting"}).contains(meta["feeds"]["US"].toString()),
                 qPrintable(meta["feeds"]["US"].toString()));
    }
};

QTEST_MAIN(TestConsoleSnapshot)
#include "tst_console_snapshot.moc"
