#include "BallisticCases.h"
#include "ImpactPredictor.h"
#include "RegionSet.h"

#include <QTest>

using namespace cop;
using namespace cop::dynamics;

class TestRegions : public QObject
{
    Q_OBJECT

private slots:
    void defaultsHoldTheirCapitals()
    {
        const RegionSet &regions = RegionSet::defaults();
        QVERIFY(regions.find("jp.territory")->contains({35.68, 139.69, 0.0})); // Tokyo
        QVERIFY(regions.find("kr.territory")->contains({37.57, 126.98, 0.0})); // Seoul
        QVERIFY(regions.find("jp.eez")->contains({38.0, 134.0, 0.0}));         // Sea of Japan
        QVERIFY(!regions.find("jp.territory")->contains({39.224, 125.670, 0.0})); // Sunan
        QVERIFY(!regions.find("kr.territory")->contains({39.224, 125.670, 0.0}));
    }

    void ellipseTouchesARegionByOverlapOnly()
    {
        const RegionSet set({{"square", {{0, 0, 0}, {0, 1, 0}, {1, 1, 0}, {1, 0, 0}}}});
        const auto ring = [](double lat, double lon, double half) {
            return std::vector<GeoPoint>{{lat - half, lon - half, 0}, {lat - half, lon + half, 0},
                                         {lat + half, lon + half, 0}, {lat + half, lon - half, 0}};
        };
        QCOMPARE(set.touchedBy(ring(0.5, 0.5, 0.1)), std::vector<std::string>{"square"}); // inside
        QCOMPARE(set.touchedBy(ring(0.5, 0.5, 3.0)), std::vector<std::string>{"square"}); // around
        QCOMPARE(set.touchedBy(ring(0.5, 1.05, 0.1)), std::vector<std::string>{"square"}); // edge
        QVERIFY(set.touchedBy(ring(0.5, 2.0, 0.1)).empty());
    }

    void irbmOverJapanIsFlaggedAsOverflight()
    {
        ImpactPrediction p;
        QVERIFY(ImpactPredictor().predict(testing::irbm(), p));
        const auto &over = p.regionsOverflown;
        QVERIFY(std::find(over.begin(), over.end(), "jp.territory") != over.end());
        QVERIFY(std::find(over.begin(), over.end(), "kr.territory") == over.end());
        // It lands in the Pacific, far beyond Japan.
        QVERIFY(p.impact.point.lonDeg > 150.0);
        QVERIFY(p.regionsTouched.empty());
    }
};

QTEST_APPLESS_MAIN(TestRegions)
#include "tst_regions.moc"
