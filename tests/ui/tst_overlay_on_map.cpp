// The overlay on the real Qt Location map, rendered under Xvfb: it must agree with the map's own
// projection and actually draw a track where the track is.
#include "base/SecondTicker.h"
#include "fusion/FusedPicture.h"
#include "geo/ImpactEllipseOutline.h"
#include "OverlayStyle.h"
#include "SymbolColors.h"
#include "picture/Picture.h"
#include "TrackOverlay.h"

#include <QDir>
#include <QGeoCoordinate>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTest>

#include <atomic>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;

namespace {

bool isNear(QColor a, QColor b, int tolerance = 40)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < tolerance;
}

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

ServiceBatch batchOf(const QString &service, PictureEvent event, qint64 receivedUtcUs)
{
    ServiceBatch batch;
    batch.service = service;
    batch.receivedUtcUs = receivedUtcUs;
    batch.events.push_back({1, std::move(event)});
    return batch;
}

// The pixels of one colour in a window, as a bounding box.
QRect boundsOf(const QImage &image, const QRect &window, QColor color, int tolerance = 40)
{
    QRect bounds;
    for (int y = window.top(); y <= window.bottom(); ++y)
        for (int x = window.left(); x <= window.right(); ++x)
            if (image.valid(x, y) && isNear(image.pixelColor(x, y), color, tolerance))
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}

template<typename Matches>
int countPixelsNear(const QImage &image, QPoint centre, int radius, Matches matches)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y)
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x)
            if (image.valid(x, y) && matches(image.pixelColor(x, y)))
                ++count;
    return count;
}

int countPixelsNear(const QImage &image, QPoint centre, int radius, QColor color)
{
    return countPixelsNear(image, centre, radius, [color](QColor pixel) { return isNear(pixel, color); });
}

using symbolColors::kHostileFill;
using symbolColors::kUnknownFill;
const QColor kSymbolLight = symbolColors::kLight;

} // namespace

class TestOverlayOnMap : public QObject
{
    Q_OBJECT

private:
    Picture m_picture;
    QQuickView m_view;
    TrackOverlay *m_overlay = nullptr;
    QQuickItem *m_root = nullptr;

private slots:
    void initTestCase()
    {
        m_view.setInitialProperties({{"picture", QVariant::fromValue<QObject *>(&m_picture)}});
        m_view.loadFromModule("Cop.Map", "MapView");
        QCOMPARE(m_view.status(), QQuickView::Ready);
        m_view.setResizeMode(QQuickView::SizeRootObjectToView);
        m_view.resize(900, 700);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
        m_root = m_view.rootObject();
        m_overlay = m_root->property("overlay").value<TrackOverlay *>();
        QVERIFY(m_overlay);
    }

    void overlayProjectionMatchesTheMap_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("Sunan, zoom 5") << 5.0 << 39.224 << 125.670;
        QTest::newRow("Tokyo, zoom 6.5") << 6.5 << 35.68 << 139.65;
        QTest::newRow("Okinawa, zoom 4") << 4.0 << 26.3 << 127.8;
    }

    void overlayProjectionMatchesTheMap()
    {
        QFETCH(double, zoom);
        QFETCH(double, lat);
        QFETCH(double, lon);
        m_root->setProperty("zoomLevel", zoom);
        const QGeoCoordinate coordinate(lat, lon);
        QVariant mapPoint;
        QVERIFY(QMetaObject::invokeMethod(m_root, "mapFromCoordinate", Q_RETURN_ARG(QVariant, mapPoint),
                                          Q_ARG(QVariant, lat), Q_ARG(QVariant, lon)));
        const QPointF expected = mapPoint.toPointF();
        const QPointF actual = m_overlay->project(coordinate);
        QVERIFY2((expected - actual).manhattanLength() < 1.0,
                 qPrintable(QStringLiteral("map %1,%2 overlay %3,%4")
                                .arg(expected.x()).arg(expected.y()).arg(actual.x()).arg(actual.y())));
    }

    QPointF mapPoint(double lat, double lon)
    {
        QVariant point;
        QMetaObject::invokeMethod(m_root, "mapFromCoordinate", Q_RETURN_ARG(QVariant, point), Q_ARG(QVariant, lat),
                                  Q_ARG(QVariant, lon));
        return point.toPointF();
    }

    void drawsTheLaunchMarkerWhereTheMapPutsTheLaunchPoint()
    {
        m_root->setProperty("zoomLevel", 7.0);
        m_root->setProperty("center", QVariant::fromValue(QGeoCoordinate(39.5, 125.0)));
        // Sohae, away from every other test's shapes. The launch of a track this picture does not
        // hold: an unknown missile's, drawn light.
        Launch launch{"L1", "T9", nowUs() - 30'000'000, {39.660, 124.705, 0.0}, std::nullopt, false};
        m_picture.applyBatch(batchOf("JP", launch, nowUs()));
        const QPointF expected = mapPoint(39.660, 124.705);
        // The 2525 launch point is a pin about 35 px tall whose tip is the point; the launch-time
        // label starts 8 px below, out of this window.
        const QRect window(expected.toPoint() - QPoint(20, 50), expected.toPoint() + QPoint(20, 6));
        // Until a zoom settles the overlay scales its last raster: wait for the true size.
        QRect marker;
        auto drawnAtItsSize = [&] {
            marker = boundsOf(m_view.grabWindow(), window, kSymbolLight, 60);
            return marker.height() >= 30 && marker.height() <= 42;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(drawnAtItsSize(), qPrintable(QStringLiteral("marker %1x%2 at %3,%4")
                                                                   .arg(marker.width()).arg(marker.height())
                                                                   .arg(marker.x()).arg(marker.y())), 5000);
        const QPointF tip(marker.center().x() + 0.5, marker.bottom() + 1.0);
        QVERIFY2(std::abs(tip.x() - expected.x()) <= 2.0 && std::abs(tip.y() - expected.y()) <= 3.0,
                 qPrintable(QStringLiteral("marker tip %1,%2, launch point %3,%4")
                                .arg(tip.x()).arg(tip.y()).arg(expected.x()).arg(expected.y())));
    }

    void drawsAnImpactEllipseAtItsGeodesicSize_data()
    {
        QTest::addColumn<double>("orientationDeg");
        QTest::newRow("major axis north-south") << 0.0;
        QTest::newRow("major axis east-west") << 90.0;
    }

    void drawsAnImpactEllipseAtItsGeodesicSize()
    {
        QFETCH(double, orientationDeg);
        m_root->setProperty("zoomLevel", 6.0);
        m_root->setProperty("center", QVariant::fromValue(QGeoCoordinate(41.0, 141.0)));
        Prediction prediction;
        prediction.trackId = "E1";
        prediction.issuedUtcUs = nowUs() + qint64(orientationDeg);
        prediction.impactPoint = {41.5, 141.5, 0.0};
        prediction.impactTimeUtcUs = nowUs() + 300'000'000;
        const ImpactEllipse ellipse{0.95, 150'000.0, 60'000.0, orientationDeg};
        prediction.ellipses = {ellipse};
        m_picture.applyBatch(batchOf("KR", prediction, nowUs()));

        // Where the map puts the ends of the major axis, from the geodesic outline.
        const auto outline = impactEllipseOutline(prediction.impactPoint, ellipse, 4);
        const QPointF end1 = mapPoint(outline[0].latDeg, outline[0].lonDeg);
        const QPointF end2 = mapPoint(outline[2].latDeg, outline[2].lonDeg);
        const double expected = orientationDeg == 0.0 ? std::abs(end1.y() - end2.y()) : std::abs(end1.x() - end2.x());

        const QPoint centre = mapPoint(41.5, 141.5).toPoint();
        const QRect window(centre - QPoint(150, 150), centre + QPoint(150, 150));
        double measured = 0.0;
        // The outline is 2 px wide: its outer extent is the axis plus one line width. A close
        // match only: the impact label's yellow text is within 60 of the ellipse's orange.
        auto measure = [&] {
            const QRect drawn = boundsOf(m_view.grabWindow(), window, overlayStyle::kEllipse95, 30);
            measured = (orientationDeg == 0.0 ? drawn.height() : drawn.width()) - 2.0;
            return std::abs(measured - expected) <= 0.03 * expected;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(measure(), qPrintable(QStringLiteral("drawn %1 px, geodesic %2 px")
                                                            .arg(measured).arg(expected)), 5000);
        m_picture.applyBatch(batchOf("KR", TrackDrop{"E1", nowUs(), DropReason::Ended, false}, nowUs()));
    }

    void drawsAStaleTrackGrey()
    {
        m_root->setProperty("zoomLevel", 6.0);
        m_root->setProperty("center", QVariant::fromValue(QGeoCoordinate(35.0, 129.0)));
        TrackUpdate track;
        track.trackId = "S1";
        track.timeUtcUs = nowUs() - 61'000'000;
        track.position = {34.5, 128.5, 80'000.0};
        track.positionEcef = ecefFromGeodetic(track.position);
        track.affiliation = Affiliation::Hostile;
        m_picture.applyBatch(batchOf("KR", track, track.timeUtcUs));
        const QPoint where = mapPoint(34.5, 128.5).toPoint();
        // Its symbol in greys: no colour left that says hostile.
        const auto grey = [](QColor pixel) {
            return pixel.value() > 40 && std::max({pixel.red(), pixel.green(), pixel.blue()})
                                                 - std::min({pixel.red(), pixel.green(), pixel.blue()}) < 6;
        };
        QTRY_VERIFY_WITH_TIMEOUT(countPixelsNear(m_view.grabWindow(), where, 8, grey) > 60, 5000);
        QCOMPARE(countPixelsNear(m_view.grabWindow(), where, 12, kHostileFill), 0);
    }

    void drawsATrackWhereItIs()
    {
        m_root->setProperty("zoomLevel", 5.0);
        m_root->setProperty("center", QVariant::fromValue(QGeoCoordinate(37.5, 133.0)));
        ServiceBatch batch;
        batch.service = "US";
        batch.receivedUtcUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        TrackUpdate track;
        track.trackId = "T1";
        track.timeUtcUs = batch.receivedUtcUs;
        track.position = {38.0, 131.0, 100'000.0};
        track.positionEcef = ecefFromGeodetic(track.position);
        track.affiliation = Affiliation::Hostile;
        batch.events.push_back({1, track});
        // Another missile, of unknown affiliation, 2 degrees east.
        track.trackId = "T2";
        track.position = {38.0, 133.0, 100'000.0};
        track.positionEcef = ecefFromGeodetic(track.position);
        track.affiliation = Affiliation::Unknown;
        batch.events.push_back({2, track});
        m_picture.applyBatch(batch);

        // Each in the frame of its affiliation (2525D): the hostile one filled light red, the
        // unknown one light yellow.
        const QPoint hostile = m_overlay->project(QGeoCoordinate(38.0, 131.0)).toPoint();
        const QPoint unknown = m_overlay->project(QGeoCoordinate(38.0, 133.0)).toPoint();
        QTRY_VERIFY_WITH_TIMEOUT(countPixelsNear(m_view.grabWindow(), hostile, 8, kHostileFill) > 80, 5000);
        const QImage image = m_view.grabWindow();
        if (qEnvironmentVariableIsSet("COP_TEST_SAVE_IMAGES"))
            image.save(QDir(qEnvironmentVariable("COP_TEST_SAVE_IMAGES")).filePath("overlay_on_map.png"));
        QVERIFY(countPixelsNear(image, unknown, 8, kUnknownFill) > 80);
        QCOMPARE(countPixelsNear(image, unknown, 14, kHostileFill), 0);
        QCOMPARE(countPixelsNear(image, hostile, 8, kUnknownFill) > 40, false);
        // Nothing hostile-coloured far from the tracks.
        QCOMPARE(countPixelsNear(image, hostile + QPoint(200, 150), 20, kHostileFill), 0);
    }

    // A vehicle on its way to orbit (issue 20): its ground track is drawn on and ends in an open
    // circle, and nowhere along it is an impact ellipse.
    void drawsAGroundTrackIntoOrbitWithNoEllipse()
    {
        m_picture.restore({});
        m_root->setProperty("zoomLevel", 5.0);
        m_root->setProperty("center", QVariant::fromValue(QGeoCoordinate(28.0, 125.0)));
        Prediction orbit;
        orbit.trackId = "O1";
        orbit.issuedUtcUs = nowUs();
        orbit.orbital = true;
        for (int i = 0; i <= 10; ++i)
            orbit.trajectory.push_back({nowUs() + i * 60'000'000, {34.0 - 1.2 * i, 125.0, 300'000.0 + 20'000.0 * i}});
        m_picture.applyBatch(batchOf("JP", orbit, nowUs()));
        const QPoint middle = m_overlay->project(QGeoCoordinate(28.0, 125.0)).toPoint();
        const QPoint end = m_overlay->project(QGeoCoordinate(22.0, 125.0)).toPoint();
        QTRY_VERIFY_WITH_TIMEOUT(countPixelsNear(m_view.grabWindow(), middle, 3, overlayStyle::kTrajectory) > 2, 5000);
        const QImage image = m_view.grabWindow();
        if (qEnvironmentVariableIsSet("COP_TEST_SAVE_IMAGES"))
            image.save(QDir(qEnvironmentVariable("COP_TEST_SAVE_IMAGES")).filePath("orbit_ground_track.png"));
        // The track comes from the north and stops at its end: south of it only the circle's ring.
        const int radius = int(overlayStyle::kOrbitEndRadiusPx);
        QVERIFY(countPixelsNear(image, end + QPoint(0, radius), 1, overlayStyle::kTrajectory) > 0);
        QCOMPARE(countPixelsNear(image, end + QPoint(0, radius + 6), 2, overlayStyle::kTrajectory), 0);
        const QRect window(end - QPoint(300, 400), end + QPoint(300, 100));
        QVERIFY(boundsOf(image, window, overlayStyle::kEllipse95, 30).isEmpty());
        m_picture.restore({});
    }

    // A fused view draws what the fusion made of the picture: a build for each change of the
    // picture would draw launches and predictions of one moment over the tracks of an earlier
    // one, and hold the CPU that the build for the fusion's result then waits for. So a fused
    // view builds once for each fusion result (and for the seconds ticking), never for a change.
    void buildsAFusedViewForFusionResultsOnly()
    {
        m_picture.restore({});
        FusedPicture fusion(&m_picture);
        m_root->setProperty("fusion", QVariant::fromValue<QObject *>(&fusion));
        QTRY_VERIFY(fusion.isSettled());
        QTest::qWait(200); // the build the new fusion asked for
        int builds = 0, results = 0, seconds = 0;
        const QList<QMetaObject::Connection> counting{
            connect(m_overlay, &TrackOverlay::sceneUpdated, this, [&builds] { ++builds; }),
            connect(&fusion, &FusedPicture::changed, this, [&results] { ++results; }),
            connect(SecondTicker::instance(), &SecondTicker::tick, this, [&seconds] { ++seconds; })};
        TrackUpdate track;
        track.trackId = "F1";
        track.position = {38.0, 131.0, 100'000.0};
        track.affiliation = Affiliation::Hostile;
        for (int i = 0; i < 8; ++i) {
            track.timeUtcUs = nowUs();
            track.position.lonDeg += 0.05;
            track.positionEcef = ecefFromGeodetic(track.position);
            m_picture.applyBatch(batchOf("US", track, track.timeUtcUs));
            QTest::qWait(40);
        }
        QTRY_VERIFY(fusion.isSettled());
        QTest::qWait(300);
        for (const auto &connection : counting)
            disconnect(connection);
        m_root->setProperty("fusion", QVariant::fromValue<QObject *>(nullptr));
        QVERIFY2(results >= 1 && builds >= 1, qPrintable(QStringLiteral("%1 results, %2 builds").arg(results).arg(builds)));
        QVERIFY2(builds <= results + seconds,
                 qPrintable(QStringLiteral("%1 builds for %2 fusion results and %3 seconds").arg(builds).arg(results).arg(seconds)));
        m_picture.restore({});
    }

    // A frame on a workstation's software renderer costs CPU for a twelve-hour shift: while the
    // picture stands still (no countdown on screen, no track turning stale) none is rendered,
    // although the overlay looks again every second for ages and countdowns.
    void rendersNoFrameWhileThePictureStandsStill()
    {
        m_picture.restore({});
        m_root->setProperty("zoomLevel", 5.0);
        m_root->setProperty("center", QVariant::fromValue(QGeoCoordinate(37.5, 133.0)));
        TrackUpdate track;
        track.trackId = "R1";
        track.timeUtcUs = nowUs();
        track.position = {38.0, 131.0, 100'000.0};
        track.positionEcef = ecefFromGeodetic(track.position);
        track.phase = TrackPhase::Boost;
        track.affiliation = Affiliation::Hostile;
        m_picture.applyBatch(batchOf("US", track, track.timeUtcUs));
        const QPoint where = m_overlay->project(QGeoCoordinate(38.0, 131.0)).toPoint();
        QTRY_VERIFY_WITH_TIMEOUT(countPixelsNear(m_view.grabWindow(), where, 8, kHostileFill) > 80, 5000);
        // What the pan and zoom started has settled; the track turns stale only after 10 s.
        QTest::qWait(1500);
        std::atomic<int> frames = 0;
        const auto counting = connect(&m_view, &QQuickWindow::frameSwapped, this, [&frames] { ++frames; },
                                      Qt::DirectConnection);
        QTest::qWait(3500);
        disconnect(counting);
        QCOMPARE(frames.load(), 0);
    }
};

QTEST_MAIN(TestOverlayOnMap)
#include "tst_overlay_on_map.moc"
