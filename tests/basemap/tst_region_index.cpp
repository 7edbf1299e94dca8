// Territory and approximate EEZ lookups from the basemap's country data.
#include "RegionIndex.h"

#include <QTest>

using namespace cop::basemap;

class TestRegionIndex : public QObject
{
    Q_OBJECT

private:
    int bitOf(const QString &countryId)
    {
        const auto &regions = RegionIndex::builtIn().regions();
        for (size_t i = 0; i < regions.size(); ++i)
            if (regions[i].countryId == countryId)
                return 1 << i;
        return 0;
    }

private slots:
    void honshuIsJapaneseTerritory()
    {
        const int japan = bitOf(QStringLiteral("392"));
        QVERIFY(japan);
        QVERIFY(RegionIndex::builtIn().territoryAt(36.0, 138.5) & japan);
        QCOMPARE(RegionIndex::builtIn().eezAt(36.0, 138.5) & japan, 0);
    }

    void seaWithin200NauticalMilesOfJapanIsItsEez()
    {
        const int japan = bitOf(QStringLiteral("392"));
        // About 150 km off Niigata, and about 700 km out in the Sea of Japan.
        QVERIFY(RegionIndex::builtIn().eezAt(38.6, 137.8) & japan);
        QCOMPARE(RegionIndex::builtIn().eezAt(41.5, 132.0) & japan, 0);
        QCOMPARE(RegionIndex::builtIn().territoryAt(38.6, 137.8) & japan, 0);
    }

    void pyongyangIsNoWatchedRegion()
    {
        QCOMPARE(int(RegionIndex::builtIn().territoryAt(39.04, 125.76)), 0);
    }
};

QTEST_MAIN(TestRegionIndex)
#include "tst_region_index.moc"
