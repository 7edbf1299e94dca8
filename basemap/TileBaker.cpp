#include "TileBaker.h"

#include "geo/WebMercator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrentMap>

#include <atomic>
#include <cmath>

namespace cop::basemap {

namespace {

// Bump when the drawing code changes pixels: the cache key must change with them.
constexpr int kRendererVersion = 2;
constexpr auto kStamp = "complete";

int tileIndex(double normalised, int zoom)
{
    const int count = 1 << zoom;
    return std::clamp(int(std::floor(normalised * count)), 0, count - 1);
}

// One bake: the top tiles are split into independent subtrees that the thread pool works
// through; each subtree clips its parent's geometry, so a deep tile never sees the whole region.
class BakeJob
{
public:
    BakeJob(const TileRenderer &renderer, const TileRange &range, const QString &directory,
            const TileBaker::Progress &progress)
        : m_renderer(renderer), m_range(range), m_directory(directory), m_progress(progress),
          m_total(range.tileCount())
    {}

    void bakeTree(TileId tile, const TileGeometry &parent)
    {
        if (m_failed || m_stopped || !intersectsRange(tile))
            return;
        const TileGeometry geometry = parent.clipped(TileRenderer::clipRect(tile));
        write(tile, m_renderer.render(tile, geometry));
        if (tile.z == m_range.maxZoom)
            return;
        for (int dy = 0; dy < 2; ++dy)
            for (int dx = 0; dx < 2; ++dx)
                bakeTree({tile.z + 1, tile.x * 2 + dx, tile.y * 2 + dy}, geometry);
    }

    bool failed() const { return m_failed; }
    bool stopped() const { return m_stopped; }

private:
    bool intersectsRange(TileId tile) const
    {
        const auto tiles = m_range.tilesAt(tile.z);
        return tiles.front().x <= tile.x && tile.x <= tiles.back().x && tiles.front().y <= tile.y
               && tile.y <= tiles.back().y;
    }

    void write(TileId tile, const QImage &image)
    {
        const QString dir = QStringLiteral("%1/%2/%3").arg(m_directory).arg(tile.z).arg(tile.x);
        QDir().mkpath(dir);
        if (!image.save(QStringLiteral("%1/%2.png").arg(dir).arg(tile.y), "PNG"))
            m_failed = true;
        const int done = ++m_done;
        if (m_progress && !m_progress(done, m_total))
            m_stopped = true;
    }

    const TileRenderer &m_renderer;
    const TileRange &m_range;
    QString m_directory;
    const TileBaker::Progress &m_progress;
    const int m_total;
    std::atomic<int> m_done{0};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stopped{false};
};

} // namespace

std::vector<TileId> TileRange::tilesAt(int zoom) const
{
    const int west = tileIndex(mercator::xFromLon(bounds.left()), zoom);
    const int east = tileIndex(mercator::xFromLon(bounds.right()), zoom);
    const int north = tileIndex(mercator::yFromLat(bounds.bottom()), zoom);
    const int south = tileIndex(mercator::yFromLat(bounds.top()), zoom);
    std::vector<TileId> tiles;
    for (int y = std::min(north, south); y <= std::max(north, south); ++y)
        for (int x = west; x <= east; ++x)
            tiles.push_back({zoom, x, y});
    return tiles;
}

int TileRange::tileCount() const
{
    int count = 0;
    for (int z = minZoom; z <= maxZoom; ++z)
        count += int(tilesAt(z).size());
    return count;
}

TileBaker::TileBaker(const BasemapData &data, const BasemapStyle &style, const TileRange &range)
    : m_data(data), m_style(style), m_range(range)
{}

QString TileBaker::cacheKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_data.fingerprint());
    hash.addData(m_style.fingerprint());
    hash.addData(QStringLiteral("r%1 z%2-%3 %4,%5,%6,%7")
                     .arg(kRendererVersion).arg(m_range.minZoom).arg(m_range.maxZoom)
                     .arg(m_range.bounds.left()).arg(m_range.bounds.top())
                     .arg(m_range.bounds.right()).arg(m_range.bounds.bottom())
                     .toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString TileBaker::defaultDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QStringLiteral("/cop/tiles/") + cacheKey();
}

bool TileBaker::isComplete(const QString &directory)
{
    return QFile::exists(directory + u'/' + QLatin1StringView(kStamp));
}

QString TileBaker::urlTemplate(const QString &directory)
{
    return QUrl::fromLocalFile(QDir(directory).absolutePath()).toString() + QStringLiteral("/%z/%x/%y.png");
}

bool TileBaker::bake(const QString &directory, const Progress &progress, QString *error) const
{
    if (isComplete(directory))
        return true;
    const QString work = QStringLiteral("%1.partial-%2").arg(directory).arg(QCoreApplication::applicationPid());
    QDir(work).removeRecursively();
    if (!QDir().mkpath(work)) {
        *error = QStringLiteral("cannot create %1").arg(work);
        return false;
    }

    const double marginDeg = 360.0 / (1 << m_range.minZoom);
    const TileGeometry region = TileGeometry::project(
        m_data, m_range.bounds.adjusted(-marginDeg, -marginDeg / 2, marginDeg, marginDeg / 2));
    const TileRenderer renderer(m_style);
    BakeJob job(renderer, m_range, work, progress);
    const std::vector<TileId> roots = m_range.tilesAt(m_range.minZoom);
    QtConcurrent::blockingMap(roots, [&](const TileId &tile) { job.bakeTree(tile, region); });

    if (job.stopped()) {
        *error = QStringLiteral("stopped before the end");
        QDir(work).removeRecursively();
        return false;
    }
    QSaveFile stamp(work + u'/' + QLatin1StringView(kStamp));
    if (job.failed() || !stamp.open(QIODevice::WriteOnly)
        || stamp.write(QByteArray::number(m_range.tileCount()) + '\n') < 0 || !stamp.commit()) {
        *error = QStringLiteral("cannot write the tiles under %1").arg(work);
        QDir(work).removeRecursively();
        return false;
    }
    QDir().mkpath(QFileInfo(directory).absolutePath());
    if (!QDir().rename(work, directory)) {
        QDir(work).removeRecursively();
        // Another baker finished the same key first: its pyramid is as good as ours.
        if (isComplete(directory))
            return true;
        *error = QStringLiteral("cannot move the tiles into %1").arg(directory);
        return false;
    }
    return true;
}

} // namespace cop::basemap
