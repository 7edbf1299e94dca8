#include "MapViewport.h"

#include <QTest>

using namespace cop;

class TestMapViewport : public QObject
{
    Q_OBJECT

private slots:
    void centreProjectsToTheMiddle()
    {
        const MapViewport viewport(37.5, 133.0, 5.0, {800, 600});
        const QPointF p = viewport.project(37.5, 133.0);
        QVERIFY(qAbs(p.x() - 400) < 1e-9);
        QVERIFY(qAbs(p.y() - 300) < 1e-9);
    }

    void oneDegreeOfLongitudeIsWorldOver360()
    {
        // At zoom 5 the world is 256 * 32 = 8192 px wide.
        const MapViewport viewport(0.0, 0.0, 5.0, {1000, 1000});
        QVERIFY(qAbs(viewport.project(0.0, 1.0).x() - 500 - 8192.0 / 360.0) < 1e-9);
    }

    void matchesTheTilePyramid()
    {
        // Tokyo (35.6762N, 139.6503E) lies in tile x=28, y=12 at zoom 5 (standard XYZ scheme).
        const MapViewport viewport(0.0, 0.0, 5.0, {0, 0});
        const QPointF world = viewport.project(35.6762, 139.6503) + QPointF(4096, 4096);
        QCOMPARE(int(world.x() / 256), 28);
        QCOMPARE(int(world.y() / 256), 12);
    }

    void unprojectInvertsProject()
    {
        const MapViewport viewport(37.5, 133.0, 6.3, {1234, 777});
        const GeoPoint p = viewport.unproject(viewport.project(40.855, 129.666));
        QVERIFY(qAbs(p.latDeg - 40.855) < 1e-9);
        QVERIFY(qAbs(p.lonDeg - 129.666) < 1e-9);
    }

    void crossingTheAntimeridianStaysNearTheCentre()
    {
        const MapViewport viewport(20.0, 179.0, 4.0, {800, 600});
        QVERIFY(viewport.project(20.0, -179.0).x() > 400);
    }
};

QTEST_GUILESS_MAIN(TestMapViewport)
#include "tst_map_viewport.moc"
