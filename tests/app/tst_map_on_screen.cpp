// What the operator's screen itself shows of the map, now that the map is a native window of its
// own inside the main window (MapWidget): the no-data banner over it while the feed is not live,
// gone once it is; the overlay's track drawn; and a snapshot of the window (grabWithMaps) that
// shows what the screen does.
#include "WorkstationConsole.h"

#include "MapWidget.h"
#include "TrackOverlay.h"

#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QScreen>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

// The banner's red (NoDataBanner), give or take the scaling of a grab.
bool isBannerRed(QRgb pixel)
{
    return std::abs(qRed(pixel) - 0xb3) < 12 && std::abs(qGreen(pixel) - 0x26) < 12 && std::abs(qBlue(pixel) - 0x1e) < 12;
}

int bannerPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += isBannerRed(image.pixel(x, y));
    }
    return count;
}

// The map's top strip, where the banner sits, in the map's own pixels.
QRect bannerStrip(const MapWidget &map)
{
    return QRect(0, 0, map.width(), 24);
}

// What the X server has on screen where the map is: native windows and all.
QImage screenOfMap(const MapWidget &map)
{
    const QPoint at = map.mapToGlobal(QPoint(0, 0));
    return map.screen()->grabWindow(0, at.x(), at.y(), map.width(), map.height()).toImage();
}

// Pixels of the selected-track colour are hard to name; a track is seen as something drawn
// around where it is, that the empty graticule map does not have there.
int inkAround(const QImage &image, QPoint at, QRgb background)
{
    int count = 0;
    for (int y = at.y() - 8; y <= at.y() + 8; ++y) {
        for (int x = at.x() - 8; x <= at.x() + 8; ++x) {
            const QRgb pixel = image.pixel(x, y);
            count += std::abs(qRed(pixel) - qRed(background)) + std::abs(qGreen(pixel) - qGreen(background))
                         + std::abs(qBlue(pixel) - qBlue(background))
                     > 90;
        }
    }
    return count;
}

} // namespace

class TestMapOnScreen : public QObject
{
    Q_OBJECT

private slots:
    void bannerOverTheMapUntilTheFeedIsLive()
    {
        QTemporaryDir settings;
        WorkstationConsole console(settings.filePath(u"console.ini"_s), u"misawa-2"_s);
        MainWindow &window = *console.window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapWidget *map = window.mapWidget();
        QVERIFY(map && map->overlay());

        // JP is not reachable (127.0.0.1:9): the banner covers the map's top, on screen and in a
        // snapshot alike.
        QTRY_VERIFY(bannerPixels(screenOfMap(*map), bannerStrip(*map)) > map->width() * 10);
        const QImage snapshot = grabWithMaps(&window);
        QVERIFY(bannerPixels(snapshot, bannerStrip(*map).translated(map->mapTo(&window, QPoint(0, 0))))
                > map->width() * 10);

        // Live: the banner goes, and the track is drawn where the overlay puts it.
        console.showTrack(1);
        QTRY_COMPARE(bannerPixels(screenOfMap(*map), bannerStrip(*map)), 0);
        const QColor background(0x0a, 0x16, 0x22);
        auto trackOnScreen = [&] {
            const QPoint at = map->overlay()->project(QGeoCoordinate(39.0, 127.5)).toPoint();
            return QRect(QPoint(8, 8), map->size() - QSize(16, 16)).contains(at)
                   && inkAround(screenOfMap(*map), at, background.rgb()) > 20;
        };
        QTRY_VERIFY(trackOnScreen());
        const QImage live = grabWithMaps(&window);
        QCOMPARE(bannerPixels(live, bannerStrip(*map).translated(map->mapTo(&window, QPoint(0, 0)))), 0);
    }
};

QTEST_MAIN(TestMapOnScreen)
#include "tst_map_on_screen.moc"
