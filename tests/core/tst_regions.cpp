#include "BallisticCases.h"
#include "dynamics/ImpactPredictor.h"

#include <QTest>

using namespace cop;
using namespace cop::dynamics;

class TestRegions : public QObject
{
    Q_OBJECT

private slots:
    void irbmOverJapanIsFlaggedAsOverflight()
    {
        ImpactPrediction p;
        QVERIFY(ImpactPredictor().predict(testing::irbm(), p));
        const auto &over = p.regionsOverflown;
        QVERIFY(std::find(over.begin(), over.end(), "jp.territory") != over.end());
        QVERIFY(std::find(over.begin(), over.end(), "kr.territory") == over.end());
        // It lands in the Pacific, far beyond Japan.
        QVERIFY(p.impact.point.lonDeg > 150.0);
        QVERIFY(!p.regionsTouched.worst().isWatched());
    }
};

QTEST_APPLESS_MAIN(TestRegions)
#include "tst_regions.moc"
