// The overlay on the real Qt Location map, rendered under Xvfb: it must agree with the map's own
// projection and actually draw a track where the track is.
#include "OverlayStyle.h"
#include "Picture.h"
#include "TrackOverlay.h"

#include <QDir>
#include <QGeoCoordinate>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;

namespace {

bool isNear(QColor a, QColor b, int tolerance = 40)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < tolerance;
}

int countPixelsNear(const QImage &image, QPoint centre, int radius, QColor color)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y)
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x)
            if (image.valid(x, y) && isNear(image.pixelColor(x, y), color))
                ++count;
    return count;
}

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

    void drawsATrackWhereItIs()
    {
        m_root->setProperty("zoomLevel", 5.0);
        ServiceBatch batch;
        batch.service = "US";
        batch.receivedUtcUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        TrackUpdate track;
        track.trackId = "T1";
        track.timeUtcUs = batch.receivedUtcUs;
        track.position = {38.0, 131.0, 100'000.0};
        track.positionEcef = ecefFromGeodetic(track.position);
        track.phase = TrackPhase::Boost; // filled symbol: easy to find
        batch.events.push_back({1, track});
        m_picture.applyBatch(batch);

        const QPoint where = m_overlay->project(QGeoCoordinate(38.0, 131.0)).toPoint();
        QTRY_VERIFY_WITH_TIMEOUT(countPixelsNear(m_view.grabWindow(), where, 4, overlayStyle::kHostile) > 20,
                                 5000);
        // Nothing hostile-coloured far from the track.
        const QImage image = m_view.grabWindow();
        if (qEnvironmentVariableIsSet("COP_TEST_SAVE_IMAGES"))
            image.save(QDir(qEnvironmentVariable("COP_TEST_SAVE_IMAGES")).filePath("overlay_on_map.png"));
        QCOMPARE(countPixelsNear(image, where + QPoint(200, 150), 20, overlayStyle::kHostile), 0);
    }
};

QTEST_MAIN(TestOverlayOnMap)
#include "tst_overlay_on_map.moc"
