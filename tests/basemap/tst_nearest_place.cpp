// The place named beside an impact point's coordinates: the nearest city within reach, with
// distance and compass point, else the nearest named sea, in the operator's language.
#include "BasemapData.h"
#include "LanguageManager.h"
#include "NearestPlace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cop::basemap::BasemapData;
using cop::basemap::nearestPlaceText;

class TestNearestPlace : public QObject
{
    Q_OBJECT

private slots:
    void namesTheNearestCityOrSea_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        // One degree of longitude west of Niigata, in the Sea of Japan (East Sea): 88 km.
        QTest::newRow("west of Niigata") << 37.9162 << 138.0364 << u"en"_s << u"88 km W of Niigata"_s;
        QTest::newRow("north-west of Niigata") << 38.6 << 138.5 << u"en"_s << u"89 km NW of Niigata"_s;
        // No city within reach: the sea's name, not a city 390 km away.
        QTest::newRow("mid Sea of Japan") << 40.0 << 134.0 << u"en"_s << u"Sea of Japan (East Sea)"_s;
        QTest::newRow("Pacific in ja") << 30.0 << 150.0 << u"ja"_s << u"太平洋"_s;
    }

    void namesTheNearestCityOrSea()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(nearestPlaceText(BasemapData::builtIn().places(), lat, lon, QLocale(language)), expected);
    }

    void speaksTheOperatorsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"88 km W of Niigata"_s;
        QTest::newRow("ko") << u"ko"_s << u"니가타 서쪽 88 km"_s;
        QTest::newRow("ja") << u"ja"_s << u"新潟の西 88 km"_s;
    }

    void speaksTheOperatorsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        cop::LanguageManager languages;
        QString error;
        QVERIFY2(languages.setLanguage(language, &error), qPrintable(error));
        QCOMPARE(nearestPlaceText(BasemapData::builtIn().places(), 37.9162, 138.0364, QLocale()), expected);
    }

    void saysNothingWithoutAGazetteer()
    {
        QCOMPARE(nearestPlaceText({}, 37.9, 138.0, QLocale(u"en"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestNearestPlace)
#include "tst_nearest_place.moc"
