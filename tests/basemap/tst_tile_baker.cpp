// The tile baker: same input, same tiles; XYZ names; a tile that must show land does.
#include "BasemapData.h"
#include "BasemapStyle.h"
#include "TileBaker.h"
#include "geo/WebMercator.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <map>

using namespace cop;
using namespace cop::basemap;

namespace {

constexpr double kSeoulLat = 37.5665, kSeoulLon = 126.978;

// Around Korea, zoom 5-6: a few dozen tiles, quick to bake twice.
TileRange koreaRange()
{
    TileRange range;
    range.minZoom = 5;
    range.maxZoom = 6;
    range.bounds = QRectF(QPointF(124.0, 33.0), QPointF(130.0, 39.0));
    return range;
}

std::map<QString, QByteArray> hashesUnder(const QString &root)
{
    std::map<QString, QByteArray> hashes;
    QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hashes[path.mid(root.size())] = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    return hashes;
}

bool isNear(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestTileBaker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString bake(const QString &name)
    {
        const TileBaker baker(BasemapData::builtIn(), BasemapStyle{}, koreaRange());
        const QString directory = m_dir.filePath(name);
        QString error;
        if (!baker.bake(directory, {}, &error))
            qWarning("%s", qPrintable(error));
        return directory;
    }

private slots:
    void sameInputGivesTheSameTiles()
    {
        const auto first = hashesUnder(bake(QStringLiteral("first")));
        const auto second = hashesUnder(bake(QStringLiteral("second")));
        QCOMPARE(int(first.size()), koreaRange().tileCount());
        QVERIFY(first == second);
    }

    void namesTilesZoomXY()
    {
        const QString directory = bake(QStringLiteral("named"));
        QVERIFY(TileBaker::isComplete(directory));
        // Seoul at zoom 5 and 6, by the XYZ formula.
        for (int z : {5, 6}) {
            const int x = int(std::floor(mercator::xFromLon(kSeoulLon) * (1 << z)));
            const int y = int(std::floor(mercator::yFromLat(kSeoulLat) * (1 << z)));
            QVERIFY2(QFile::exists(QStringLiteral("%1/%2/%3/%4.png").arg(directory).arg(z).arg(x).arg(y)),
                     qPrintable(QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y)));
        }
        QCOMPARE(TileBaker::urlTemplate(directory), QStringLiteral("file://%1/%z/%x/%y.png").arg(directory));
    }

    void theTileOverSeoulShowsLand()
    {
        const QString directory = bake(QStringLiteral("seoul"));
        const int z = 6;
        const double scale = 256.0 * (1 << z);
        // 25 km south-east of the city centre: land, clear of the city's dot and label.
        const double x = mercator::xFromLon(kSeoulLon + 0.3) * scale, y = mercator::yFromLat(kSeoulLat - 0.2) * scale;
        const QImage tile(QStringLiteral("%1/%2/%3/%4.png").arg(directory).arg(z).arg(int(x) / 256).arg(int(y) / 256));
        QVERIFY(!tile.isNull());
        QVERIFY(isNear(tile.pixelColor(int(x) % 256, int(y) % 256), BasemapStyle{}.land));
        // And the Yellow Sea west of Incheon is sea.
        const double sx = mercator::xFromLon(125.6) * scale, sy = mercator::yFromLat(37.0) * scale;
        const QImage seaTile(QStringLiteral("%1/%2/%3/%4.png").arg(directory).arg(z).arg(int(sx) / 256).arg(int(sy) / 256));
        QVERIFY(isNear(seaTile.pixelColor(int(sx) % 256, int(sy) % 256), BasemapStyle{}.sea));
    }

    void aFinishedPyramidIsNotBakedAgain()
    {
        const QString directory = bake(QStringLiteral("again"));
        const QString tile = directory + QStringLiteral("/5/27/12.png");
        QFile::remove(tile);
        bake(QStringLiteral("again"));
        QVERIFY(!QFile::exists(tile));
    }

    void aStoppedBakeLeavesNothingBehind()
    {
        // Deep enough that the workers have many tiles left when told to stop.
        TileRange range = koreaRange();
        range.maxZoom = 8;
        const TileBaker baker(BasemapData::builtIn(), BasemapStyle{}, range);
        const QString directory = m_dir.filePath(QStringLiteral("stopped"));
        std::atomic<int> calls{0};
        QString error;
        QVERIFY(!baker.bake(directory, [&](int, int) { return ++calls < 3; }, &error));
        QVERIFY(!error.isEmpty());
        // The workers stop at their next tile, not at the end of the pyramid.
        QVERIFY2(calls < range.tileCount() / 2, qPrintable(QString::number(calls)));
        QVERIFY(!TileBaker::isComplete(directory));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("stopped*")}, QDir::Dirs), QStringList());
    }

    void theCacheKeyFollowsDataAndStyle()
    {
        const TileBaker baker(BasemapData::builtIn(), BasemapStyle{}, koreaRange());
        BasemapStyle brighter;
        brighter.land = brighter.land.lighter();
        const TileBaker restyled(BasemapData::builtIn(), brighter, koreaRange());
        QVERIFY(baker.cacheKey() != restyled.cacheKey());
        QCOMPARE(baker.cacheKey(), TileBaker(BasemapData::builtIn(), BasemapStyle{}, koreaRange()).cacheKey());
    }
};

QTEST_MAIN(TestTileBaker)
#include "tst_tile_baker.moc"
