// cop-tiles: bakes the offline basemap into an XYZ PNG pyramid and prints where it is.
#include "BasemapData.h"
#include "StandardOptions.h"
#include "TileBaker.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <mutex>

using namespace cop::basemap;

namespace {

bool parseBounds(const QString &text, QRectF *bounds)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].toDouble(&ok);
        if (!ok)
            return false;
    }
    // SOUTH,WEST,NORTH,EAST
    *bounds = QRectF(QPointF(v[1], v[0]), QPointF(v[3], v[2]));
    return bounds->isValid() && v[0] >= -85 && v[2] <= 85 && v[1] >= -180 && v[3] <= 180;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a GUI application, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("cop-tiles"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bakes the offline basemap (Natural Earth) into DIR/z/x/y.png tiles. Without --out the "
        "tiles go to the shared cache, keyed by data, style and range; a complete set is never "
        "baked again. Prints the tile directory."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Tile directory."), QStringLiteral("DIR"));
    const QCommandLineOption minZoom(QStringLiteral("min-zoom"), QStringLiteral("Lowest zoom (default 3)."),
                                     QStringLiteral("Z"), QStringLiteral("3"));
    const QCommandLineOption maxZoom(QStringLiteral("max-zoom"), QStringLiteral("Highest zoom (default 9)."),
                                     QStringLiteral("Z"), QStringLiteral("9"));
    const QCommandLineOption bounds(QStringLiteral("bounds"),
                                    QStringLiteral("Area in degrees (default 12,100,56,180)."),
                                    QStringLiteral("SOUTH,WEST,NORTH,EAST"), QStringLiteral("12,100,56,180"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress on stderr."));
    const cop::cli::StandardOptions standard(&parser, {out, minZoom, maxZoom, bounds, quiet});
    if (const auto status = standard.parse())
        return *status;

    TileRange range;
    bool okMin = false, okMax = false;
    range.minZoom = parser.value(minZoom).toInt(&okMin);
    range.maxZoom = parser.value(maxZoom).toInt(&okMax);
    if (!okMin || !okMax || range.minZoom < 0 || range.maxZoom > 14 || range.minZoom > range.maxZoom
        || !parseBounds(parser.value(bounds), &range.bounds)) {
        std::fprintf(stderr, "cop-tiles: bad --min-zoom, --max-zoom or --bounds\n");
        return 2;
    }

    const TileBaker baker(BasemapData::builtIn(), BasemapStyle{}, range);
    const QString directory = parser.isSet(out) ? parser.value(out) : baker.defaultDirectory();
    if (!TileBaker::isComplete(directory)) {
        const bool showProgress = !parser.isSet(quiet);
        std::mutex mutex;
        int lastPercent = -1;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = baker.bake(directory, [&](int done, int total) {
            const int percent = done * 100 / total;
            std::lock_guard lock(mutex);
            if (showProgress && percent > lastPercent) {
                lastPercent = percent;
                std::fprintf(stderr, "\rcop-tiles: baking the basemap, %d/%d tiles (%d %%)", done, total, percent);
            }
            return true;
        }, &error);
        if (!ok) {
            std::fprintf(stderr, "\ncop-tiles: %s\n", qPrintable(error));
            return 1;
        }
        if (showProgress)
            std::fprintf(stderr, "\ncop-tiles: %d tiles in %.1f s\n", range.tileCount(), double(timer.elapsed()) / 1000.0);
    }
    std::printf("%s\n", qPrintable(directory));
    return 0;
}
