// The baked basemap through Qt Location's osm plugin, rendered under Xvfb: Honshu is drawn in
// the land colour, the Sea of Japan in the sea colour.
#include "BasemapData.h"
#include "BasemapStyle.h"
#include "picture/Picture.h"
#include "TileBaker.h"

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;

namespace {

bool isNear(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestBasemapOnMap : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tiles;
    Picture m_picture;
    QQuickView m_view;
    QQuickItem *m_root = nullptr;

    QColor colourAt(double lat, double lon)
    {
        QVariant point;
        QMetaObject::invokeMethod(m_root, "mapFromCoordinate", Q_RETURN_ARG(QVariant, point), Q_ARG(QVariant, lat),
                                  Q_ARG(QVariant, lon));
        return m_view.grabWindow().pixelColor(point.toPointF().toPoint());
    }

private slots:
    void initTestCase()
    {
        // Zoom 5 only: the view below asks for nothing else.
        basemap::TileRange range;
        range.minZoom = range.maxZoom = 5;
        const basemap::TileBaker baker(basemap::BasemapData::builtIn(), basemap::BasemapStyle{}, range);
        QString error;
        const QString directory = m_tiles.filePath(QStringLiteral("tiles"));
        QVERIFY2(baker.bake(directory, {}, &error), qPrintable(error));

        m_view.setInitialProperties({{"picture", QVariant::fromValue<QObject *>(&m_picture)},
                                     {"tileUrl", basemap::TileBaker::urlTemplate(directory)}});
        m_view.loadFromModule("Cop.Map", "MapView");
        QCOMPARE(m_view.status(), QQuickView::Ready);
        m_view.resize(900, 700);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
        m_root = m_view.rootObject();
        m_root->setProperty("zoomLevel", 5.0);
    }

    void honshuIsLandAndTheSeaOfJapanIsSea()
    {
        const basemap::BasemapStyle style;
        // Inland Honshu (Nagano), clear of coasts, graticule and labels.
        QTRY_VERIFY_WITH_TIMEOUT(isNear(colourAt(36.2, 138.2), style.land), 10000);
        // The middle of the Sea of Japan (East Sea).
        QVERIFY(isNear(colourAt(38.5, 134.5), style.sea));
        QVERIFY(!isNear(style.land, style.sea));
    }
};

QTEST_MAIN(TestBasemapOnMap)
#include "tst_basemap_on_map.moc"
