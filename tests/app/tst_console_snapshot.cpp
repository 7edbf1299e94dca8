// The whole console end to end: three real cop-sim processes, the real cop-console under Xvfb
// rendering its window to a PNG. The track must be on screen where the missile is.
#include "MapViewport.h"
#include "OverlayStyle.h"
#include "SimProcess.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

namespace {

constexpr double kSunanLat = 39.224;
constexpr double kSunanLon = 125.670;

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

        QTemporaryDir dir;
        const QString png = dir.filePath("console.png");
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE),
                      serviceArguments
                          + QStringList{"--snapshot", png, "--snapshot-after", "6", "--center",
                                        "38.5,128.0", "--zoom", "6"});
        QVERIFY(console.waitForFinished(60000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);

        QFile metaFile(png + ".json");
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        for (const char *nation : {"US", "JP", "KR"}) {
            QCOMPARE(meta["feeds"][nation].toString(), QStringLiteral("live"));
            QCOMPARE(meta["tracks"][nation].toInt(), 1);
        }

        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), meta["image"][0].toInt());

        // Not blank: a real window has many colours.
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        const QJsonArray mapRect = meta["map"].toArray();
        const QJsonArray center = meta["center"].toArray();
        QCOMPARE(center[0].toDouble(), 38.5);
        const double dpr = meta["devicePixelRatio"].toDouble();
        const cop::MapViewport viewport(center[0].toDouble(), center[1].toDouble(), meta["zoom"].toDouble(),
                                        QSizeF(mapRect[2].toDouble(), mapRect[3].toDouble()));
        const QPointF onMap = viewport.project(kSunanLat, kSunanLon);
        const QPoint where = ((onMap + QPointF(mapRect[0].toDouble(), mapRect[1].toDouble())) * dpr).toPoint();
        // A boost-phase track is a filled hostile diamond; three services draw it at the same place.
        QVERIFY2(countNear(image, where, 12, cop::overlayStyle::kHostile) > 30,
                 qPrintable(QStringLiteral("no track near %1,%2").arg(where.x()).arg(where.y())));
        QCOMPARE(countNear(image, where + QPoint(250, 200), 30, cop::overlayStyle::kHostile), 0);
    }

    void exitsWithAClearErrorOnABadServiceAddress()
    {
        QProcess console;
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE), {"--service", "US=nowhere"});
        QVERIFY(console.waitForFinished(30000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardError().contains("expected HOST:PORT"));
    }

    void keepsRunningAndShowsTheFeedDownWhenAServiceIsUnreachable()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("console.png");
        QProcess console;
        // Port 9 (discard) on loopback: nothing listens there.
        console.start(QStringLiteral(COP_CONSOLE_EXECUTABLE),
                      {"--service", "US=127.0.0.1:9", "--snapshot", png, "--snapshot-after", "3"});
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
