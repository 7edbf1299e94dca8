#include "geo/GeoPoint.h"
#include "geo/ImpactEllipseOutline.h"

#include <GeographicLib/Geodesic.hpp>

#include <QTest>

using namespace cop;

class TestGeodesy : public QObject
{
    Q_OBJECT

private slots:
    void ecefRoundTripsThroughGeodetic()
    {
        const GeoPoint sunan{39.224, 125.670, 250'000.0};
        const GeoPoint back = geodeticFromEcef(ecefFromGeodetic(sunan));
        QVERIFY(qAbs(back.latDeg - sunan.latDeg) < 1e-9);
        QVERIFY(qAbs(back.lonDeg - sunan.lonDeg) < 1e-9);
        QVERIFY(qAbs(back.heightM - sunan.heightM) < 1e-4);
    }

    void equatorialEcefIsTheSemiMajorAxis()
    {
        const Vec3 ecef = ecefFromGeodetic({0.0, 0.0, 0.0});
        QCOMPARE(ecef[0], 6378137.0);
        QVERIFY(qAbs(ecef[1]) < 1e-6 && qAbs(ecef[2]) < 1e-6);
    }

    void ellipseOutlineLiesAtTheSemiAxesAlongTheAxes()
    {
        const GeoPoint centre{40.0, 135.0, 0.0};
        const ImpactEllipse ellipse{0.95, 50'000.0, 20'000.0, 30.0};
        const auto outline = impactEllipseOutline(centre, ellipse, 4);
        QCOMPARE(outline.size(), size_t(5));
        const auto &g = GeographicLib::Geodesic::WGS84();
        double s12 = 0, azi1 = 0, azi2 = 0;
        g.Inverse(centre.latDeg, centre.lonDeg, outline[0].latDeg, outline[0].lonDeg, s12, azi1, azi2);
        QVERIFY(qAbs(s12 - 50'000.0) < 1e-3);
        QVERIFY(qAbs(azi1 - 30.0) < 1e-6);
        g.Inverse(centre.latDeg, centre.lonDeg, outline[1].latDeg, outline[1].lonDeg, s12, azi1, azi2);
        QVERIFY(qAbs(s12 - 20'000.0) < 1e-3);
        QVERIFY(qAbs(azi1 - 120.0) < 1e-6);
        // Closed: the last point repeats the first.
        QVERIFY(qAbs(outline[4].latDeg - outline[0].latDeg) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
