#include "BasemapData.h"
#include "interop/SymbolCode.h"
#include "FusionSettled.h"
#include "OverlayRasterizer.h"
#include "OverlayScene.h"
#include "OverlayStyle.h"
#include "picture/Picture.h"
#include "regions/RegionMap.h"
#include "picture/RegionNames.h"
#include "SymbolImages.h"
#include "TrackAt.h"

#include <QElapsedTimer>
#include <QFont>
#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

// The impact label of one prediction with these ellipses, checked against the built-in regions.
QString impactLabel(const GeoPoint &impactPoint, const std::vector<ImpactEllipse> &ellipses)
{
    Prediction prediction;
    prediction.trackId = "T1";
    prediction.impactPoint = impactPoint;
    prediction.impactTimeUtcUs = 300'000'000;
    prediction.ellipses = ellipses;
    ServiceBatch batch = trackAt("JP", "T1", 39.2, 125.7);
    batch.events.push_back({2, prediction});
    Picture picture;
    picture.applyBatch(batch);
    OverlayScene scene;
    scene.setRegions(&regions::RegionMap::builtIn());
    scene.build(picture.content(), nullptr, MapViewport(impactPoint.latDeg, impactPoint.lonDeg, 5.0, QSizeF(800, 600)), 1'000'000);
    for (const OverlayLabel &label : scene.labels())
        if (label.text.startsWith(u"impact"_s))
            return label.text;
    return {};
}

// Each label's first field (a track's id) with the source badges drawn before it on its line,
// sorted: "F1 [US JP KR]".
QStringList labelsWithBadges(const OverlayScene &scene)
{
    static const QStringList kNations{u"US"_s, u"JP"_s, u"KR"_s};
    QStringList out, badges;
    for (const OverlayLabel &label : scene.labels()) {
        if (kNations.contains(label.text)) {
            badges.append(label.text);
            continue;
        }
        out.append(u"%1 [%2]"_s.arg(label.text.section(u"  "_s, 0, 0), badges.join(u' ')));
        badges.clear();
    }
    out.sort();
    return out;
}

} // namespace

class TestOverlayScene : public QObject
{
    Q_OBJECT

private slots:
    void labelsOfTracksAtOnePlaceDoNotOverlap()
    {
        Picture picture;
        for (const char *service : {"US", "JP", "KR"})
            picture.applyBatch(trackAt(service, "T1", 39.2, 125.7));
        QFont font;
        font.setPixelSize(12);
        OverlayScene scene(font);
        const QSizeF size(800, 600);
        scene.build(picture.content(), nullptr, MapViewport(39.2, 125.7, 6.0, size), 1'000'000);
        // Each track: its source badge and its label.
        QCOMPARE(scene.labels().size(), size_t(6));
        const QFontMetricsF metrics(font);
        for (size_t i = 0; i < scene.labels().size(); ++i) {
            for (size_t j = 0; j < i; ++j) {
                const auto rect = [&](const OverlayLabel &l) {
                    return QRectF(l.position, QSizeF(metrics.horizontalAdvance(l.text), metrics.height()));
                };
                QVERIFY(!rect(scene.labels()[i]).intersects(rect(scene.labels()[j])));
            }
        }
    }

    void aNewLabelFontMeasuresTheLabelsAgain()
    {
        // Text sizes are remembered from one build to the next; a new font must not reuse them.
        Picture picture;
        picture.applyBatch(trackAt("US", "T1", 39.2, 125.7));
        QFont font;
        font.setPixelSize(12);
        OverlayScene scene(font);
        const MapViewport viewport(39.2, 125.7, 6.0, QSizeF(800, 600));
        scene.build(picture.content(), nullptr, viewport, 1'000'000);
        const double badgeWidth = scene.labelBackgrounds().bounds().width();
        QVERIFY(badgeWidth > 0.0);

        font.setPixelSize(24);
        scene.setLabelFont(font);
        scene.build(picture.content(), nullptr, viewport, 1'000'000);
        QVERIFY2(scene.labelBackgrounds().bounds().width() > 1.5 * badgeWidth,
                 qPrintable(u"%1 px at 12 px, %2 px at 24 px"_s.arg(badgeWidth).arg(
                     scene.labelBackgrounds().bounds().width())));
    }

    void fusedViewDrawsOneTrackPerMissileWithItsNations()
    {
        Picture picture;
        FusedPicture fused(&picture);
        for (const char *service : {"KR", "US", "JP"})
            picture.applyBatch(trackAt(service, "T1", 39.2, 125.7));
        picture.applyBatch(trackAt("US", "T2", 40.5, 128.0)); // seen by the US alone
        QVERIFY(fusionSettled(fused));
        QCOMPARE(int(fused.tracks().size()), 2);
        OverlayScene scene;
        const QSizeF size(800, 600);
        const MapViewport viewport(39.5, 126.5, 6.0, size);
        scene.build(picture.content(), fused.result().get(), viewport, 1'000'000);
        QCOMPARE(labelsWithBadges(scene), QStringList({u"F1 [US JP KR]"_s, u"F2 [US]"_s}));

        scene.build(picture.content(), nullptr, viewport, 1'000'000);
        QCOMPARE(labelsWithBadges(scene),
                 QStringList({u"T1 [JP]"_s, u"T1 [KR]"_s, u"T1 [US]"_s, u"T2 [US]"_s}));
    }

    void fusedViewShowsOneImpactPerMissileAndRingsNationsThatDisagree()
    {
        Picture picture;
        FusedPicture fused(&picture);
        for (const char *service : {"US", "JP", "KR"})
            picture.applyBatch(trackAt(service, "T1", 39.2, 125.7));
        // The US and Korea put the impact 70 km apart, far outside their 8 km ellipses.
        for (const auto &[service, lon] : {std::pair("US", 135.0), std::pair("KR", 135.8)}) {
            Prediction prediction;
            prediction.trackId = "T1";
            prediction.impactPoint = {40.0, lon, 0.0};
            prediction.impactTimeUtcUs = 300'000'000;
            prediction.ellipses = {{0.95, 8'000.0, 5'000.0, 80.0}};
            ServiceBatch batch = trackAt(service, "T1", 39.2, 125.7);
            batch.events.push_back({2, prediction});
            picture.applyBatch(batch);
        }
        QVERIFY(fusionSettled(fused));
        QCOMPARE(int(fused.tracks().front()->divergence), int(Divergence::ImpactDisagrees));
        OverlayScene scene;
        const QSizeF size(800, 600);
        const MapViewport viewport(39.5, 130.0, 5.0, size);
        const auto impactLabels = [&scene] {
            return std::count_if(scene.labels().begin(), scene.labels().end(),
                                 [](const OverlayLabel &l) { return l.text.startsWith(u"impact"_s); });
        };
        // Ring-coloured pixels painted around the track.
        const auto ringPixels = [&scene, &size] {
            const QRectF screen(QPointF(0, 0), size);
            const QImage image = OverlayRasterizer::paint({scene.frame(), screen, 1.0, scene.shapes(screen)}).image;
            const QPoint track = scene.frame().toFrame({39.2, 125.7, 0.0}).toPoint();
            int count = 0;
            for (int y = track.y() - 30; y <= track.y() + 30; ++y)
                for (int x = track.x() - 30; x <= track.x() + 30; ++x)
                    count += image.pixelColor(x, y).rgb() == overlayStyle::kDivergence.rgb();
            return count;
        };

        scene.build(picture.content(), fused.result().get(), viewport, 1'000'000);
        QCOMPARE(impactLabels(), 1);
        QVERIFY2(ringPixels() > 20, qPrintable(QString::number(ringPixels())));
        const auto track = std::find_if(scene.labels().begin(), scene.labels().end(),
                                        [](const OverlayLabel &l) { return l.text.startsWith(u"F1"_s); });
        QVERIFY(track != scene.labels().end());
        QVERIFY2(track->text.endsWith(u" disagree"_s), qPrintable(track->text));

        scene.build(picture.content(), nullptr, viewport, 1'000'000);
        QCOMPARE(impactLabels(), 2);
        QCOMPARE(ringPixels(), 0);
    }

    void fusedViewShowsOneLaunchPerMissileTheMostPrecise()
    {
        Picture picture;
        FusedPicture fused(&picture);
        const std::tuple<const char *, double, std::optional<std::array<double, 3>>> reports[] = {
            {"US", 125.50, std::array<double, 3>{4e6, 0.0, 4e6}},
            {"JP", 125.52, std::nullopt},
            {"KR", 125.54, std::array<double, 3>{1e6, 0.0, 1e6}}};
        for (const auto &[service, lon, covariance] : reports) {
            ServiceBatch batch = trackAt(service, "T1", 39.2, 125.7);
            batch.events.push_back({2, Launch{"L1", "T1", 0, {39.0, lon, 0.0}, covariance, false}});
            picture.applyBatch(batch);
        }
        QVERIFY(fusionSettled(fused));
        QCOMPARE(fused.tracks().size(), size_t(1));
        OverlayScene scene;
        const MapViewport viewport(39.2, 125.7, 7.0, QSizeF(800, 600));
        auto launchLabels = [&scene] {
            std::vector<QPointF> at;
            for (const OverlayLabel &label : scene.labels())
                if (label.text.startsWith(u"launch"_s))
                    at.push_back(label.position);
            return at;
        };
        scene.build(picture.content(), nullptr, viewport, 1'000'000);
        QCOMPARE(launchLabels().size(), size_t(3));
        scene.build(picture.content(), fused.result().get(), viewport, 1'000'000);
        const std::vector<QPointF> shown = launchLabels();
        QCOMPARE(shown.size(), size_t(1));
        // Korea's, the smallest ellipse; the label sits below and left of its marker.
        const QPointF korea = scene.frame().toFrame({39.0, 125.54, 0.0}) + QPointF(-8, 8);
        QVERIFY2((shown.front() - korea).manhattanLength() < 1.0,
                 qPrintable(u"%1,%2 vs %3,%4"_s.arg(shown.front().x()).arg(shown.front().y()).arg(korea.x()).arg(korea.y())));
    }

    void launchLabelGivesTheTimeWithItsSpreadAt95Percent()
    {
        Picture picture;
        ServiceBatch batch = trackAt("JP", "T1", 39.2, 125.7);
        Launch launch{"L1", "T1", 1'700'000'000'000'000, {39.0, 125.6, 0.0}, std::array<double, 3>{4e8, 0.0, 1e8}, false};
        launch.launchTimeSigmaS = 10.0;
        batch.events.push_back({2, launch});
        launch.launchId = "L2";
        launch.launchTimeSigmaS = 0.0;
        launch.point.lonDeg = 126.5;
        batch.events.push_back({3, launch});
        picture.applyBatch(batch);
        OverlayScene scene;
        scene.build(picture.content(), nullptr, MapViewport(39.2, 125.7, 7.0, QSizeF(800, 600)), 1'000'000);
        QStringList texts;
        for (const OverlayLabel &label : scene.labels())
            if (label.text.startsWith(u"launch"_s))
                texts << label.text;
        texts.sort();
        // 1.96 sigma; a launch stated without spread shows none.
        QCOMPARE(texts, QStringList({u"launch 22:13:20Z"_s, u"launch 22:13:20Z ±20 s"_s}));
    }

    void placeNamesAreInTheOperatorsLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("sea");
        QTest::addColumn<QString>("capital");
        QTest::newRow("en") << QLocale(QLocale::English) << u"Sea of Japan (East Sea)"_s << u"Seoul"_s;
        QTest::newRow("ko") << QLocale(QLocale::Korean) << u"동해"_s << u"서울"_s;
        QTest::newRow("ja") << QLocale(QLocale::Japanese) << u"日本海"_s << u"ソウル"_s;
    }

    void placeNamesAreInTheOperatorsLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, sea);
        QFETCH(QString, capital);
        const QLocale before;
        QLocale::setDefault(locale);
        OverlayScene scene;
        scene.setPlaces(&basemap::BasemapData::builtIn().places());
        Picture picture;
        scene.build(picture.content(), nullptr, MapViewport(37.5, 133.0, 5.0, QSizeF(1280, 900)), 1'000'000);
        QLocale::setDefault(before);
        auto shown = [&scene](const QString &name) {
            return std::any_of(scene.labels().begin(), scene.labels().end(),
                               [&name](const OverlayLabel &l) { return l.text == name; });
        };
        QVERIFY2(shown(sea), qPrintable(sea));
        QVERIFY2(shown(capital), qPrintable(capital));
    }

    void regionsAreCheckedAgainstThe95EllipseWhateverTheOrder_data()
    {
        QTest::addColumn<bool>("ninetyFiveFirst");
        QTest::newRow("50 % first") << false;
        QTest::newRow("95 % first") << true;
    }

    void regionsAreCheckedAgainstThe95EllipseWhateverTheOrder()
    {
        // At sea ~50 km off the Noto peninsula: only the 95 % ellipse reaches Honshu.
        QFETCH(bool, ninetyFiveFirst);
        std::vector<ImpactEllipse> ellipses{{0.5, 5'000.0, 5'000.0, 0.0}, {0.95, 90'000.0, 90'000.0, 0.0}};
        if (ninetyFiveFirst)
            std::swap(ellipses[0], ellipses[1]);
        const QString impact = impactLabel({37.9, 137.0, 0.0}, ellipses);
        QVERIFY2(impact.contains(u"Japanese territory"_s), qPrintable(impact));
    }

    // The alerts' rule (impactAreaMeaningful): an ellipse hundreds of kilometres long names no
    // region on the map either, though it reaches Honshu.
    void aWideEllipseNamesNoRegion()
    {
        const std::vector<ImpactEllipse> ellipses{{0.5, 5'000.0, 5'000.0, 0.0},
                                                  {0.95, 300'000.0, 300'000.0, 0.0}};
        const QString impact = impactLabel({38.5, 137.0, 0.0}, ellipses);
        QVERIFY2(!impact.contains(u"Japanese territory"_s), qPrintable(impact));
        QVERIFY2(impact.contains(u"not yet predictable"_s), qPrintable(impact));
    }

    void impactLabelNamesTheRegionInTheWordsOfTheAlerts()
    {
        // A tight ellipse east of Dokdo / Takeshima: the map says what an alert there says.
        const QString impact = impactLabel({37.24, 132.05, 0.0}, {{0.5, 2'000.0, 2'000.0, 0.0}, {0.95, 5'000.0, 5'000.0, 0.0}});
        QCOMPARE(regionName(u"boundary-not-agreed"_s), u"Boundary not agreed (approx.)"_s);
        QVERIFY2(impact.endsWith(u"  "_s + regionName(u"boundary-not-agreed"_s)), qPrintable(impact));
    }

    void staleTracksAreGreyAndStillDrawn()
    {
        Picture picture;
        picture.applyBatch(trackAt("US", "T1", 39.2, 125.7));
        OverlayScene scene;
        const QSizeF size(800, 600);
        // Received at t = 1 s; drawn 60 s later.
        scene.build(picture.content(), nullptr, MapViewport(39.2, 125.7, 6.0, size), 61'000'000);
        QCOMPARE(scene.labels().size(), size_t(2));
        QCOMPARE(scene.labels().back().color, overlayStyle::kStale);
        QVERIFY(!scene.shapes(QRectF(QPointF(0, 0), size)).empty());
    }

    void newDataMakesNewBatchesAndLeavesTheOldOnesAsTheyWere()
    {
        // A raster may still be painting the old batch on another thread.
        Picture picture;
        picture.applyBatch(trackAt("US", "T1", 39.2, 125.7));
        OverlayScene scene;
        const QSizeF size(800, 600);
        scene.build(picture.content(), nullptr, MapViewport(39.2, 125.7, 6.0, size), 1'000'000);
        const QRectF screen(QPointF(0, 0), size);
        const auto before = scene.shapes(screen);
        QCOMPARE(before.size(), size_t(1));
        const QRectF drawnBefore = before.front()->bounds();
        const size_t shapesBefore = before.front()->shapeCount();

        picture.applyBatch(trackAt("US", "T1", 39.6, 126.4, 2'000'000));
        QVERIFY(scene.update(picture.content(), nullptr, 2'000'000));
        const auto after = scene.shapes(screen);
        QCOMPARE(after.size(), size_t(1));
        QVERIFY(after.front() != before.front());
        QCOMPARE(before.front()->bounds(), drawnBefore);
        QCOMPARE(before.front()->shapeCount(), shapesBefore);
        QVERIFY(after.front()->bounds() != drawnBefore);
        // Nothing to paint in a corner far from the track.
        QVERIFY(scene.shapes(QRectF(0, 0, 20, 20)).empty());
    }

    void aLabelWithNoRoomForItsDetailsShowsTheTrackId()
    {
        // Launch points close together around the track, but for a gap beside it: too narrow
        // for the whole label anywhere, wide enough for the id.
        const QSizeF size(800, 600);
        const MapViewport viewport(39.2, 125.7, 6.0, size);
        const QPointF track = viewport.project(39.2, 125.7);
        const QRectF gap(track + QPointF(-8, -22), track + QPointF(60, 18));
        const QRectF pin = symbolImages::extent(symbolCode(SymbolEntity::LaunchPoint, Affiliation::Unknown, false));
        ServiceBatch batch = trackAt("US", "T1", 39.2, 125.7);
        int markers = 0;
        for (int row = -8; row <= 8; ++row) {
            for (int column = -12; column <= 12; ++column) {
                const QPointF at = track + QPointF(column * (pin.width() + 6.0), row * (pin.height() + 4.0));
                if (pin.translated(at).intersects(gap))
                    continue;
                batch.events.push_back({quint64(2 + markers), Launch{u"L%1"_s.arg(markers), u"X%1"_s.arg(markers), 0,
                                                                     viewport.unproject(at), std::nullopt, false}});
                ++markers;
            }
        }
        Picture picture;
        picture.applyBatch(batch);
        QFont font;
        font.setPixelSize(12);
        OverlayScene scene(font);
        scene.build(picture.content(), nullptr, viewport, 1'000'000);
        const auto label = std::find_if(scene.labels().begin(), scene.labels().end(),
                                        [](const OverlayLabel &l) { return l.text.startsWith(u"T1"_s); });
        QVERIFY(label != scene.labels().end());
        QCOMPARE(label->text, u"T1"_s);
        QVERIFY2(gap.contains(label->position), qPrintable(u"%1,%2"_s.arg(label->position.x() - track.x()).arg(label->position.y() - track.y())));
    }

    void layoutOfTwentyThousandTracksStaysCheap()
    {
        // Labels are laid out on the GUI thread before each raster: a flood, half of it on one
        // spot and half spread over the view, must not make that quadratic.
        ServiceBatch batch;
        batch.service = u"US"_s;
        batch.receivedUtcUs = 1'000'000;
        for (int i = 0; i < 20'000; ++i) {
            TrackUpdate track;
            track.trackId = u"T%1"_s.arg(i);
            track.timeUtcUs = 1'000'000;
            track.position = i % 2 ? GeoPoint{39.2 + (i % 7) * 1e-3, 125.7 + (i % 11) * 1e-3, 50'000.0}
                                   : GeoPoint{30.0 + (i / 2) % 100 * 0.15, 120.0 + (i / 200) * 0.26, 50'000.0};
            track.positionEcef = ecefFromGeodetic(track.position);
            batch.events.push_back({quint64(i + 1), track});
        }
        Picture picture;
        picture.applyBatch(batch);
        QFont font;
        font.setPixelSize(12);
        OverlayScene scene(font);
        const QRectF screen(0, 0, 1280, 900);
        scene.setFrame(MapViewport(37.5, 133.0, 5.0, screen.size()));
        scene.update(picture.content(), nullptr, 1'000'000);
        QElapsedTimer clock;
        clock.start();
        scene.layoutLabels(screen, 1'000'000);
        const qint64 ms = clock.elapsed();
        qInfo("%lld tracks: %zu labels laid out in %lld ms", picture.tracks().size(), scene.labels().size(), ms);
        QVERIFY(!scene.labels().empty());
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }

    void localPredictionIsLabelledAsComputedLocally()
    {
        Picture picture;
        picture.applyBatch(trackAt("KR", "T1", 39.2, 125.7));
        Prediction prediction;
        prediction.trackId = "T1";
        prediction.trajectory = {{1'000'000, {39.2, 125.7, 50'000.0}}, {2'000'000, {39.3, 128.0, 0.0}}};
        prediction.impactPoint = {39.3, 128.0, 0.0};
        picture.applyLocalPrediction("KR", prediction);
        OverlayScene scene;
        const QSizeF size(800, 600);
        scene.build(picture.content(), nullptr, MapViewport(39.2, 126.5, 6.0, size), 1'000'000);
        const auto impact = std::find_if(scene.labels().begin(), scene.labels().end(),
                                         [](const OverlayLabel &l) { return l.text.startsWith("impact"); });
        QVERIFY(impact != scene.labels().end());
        QVERIFY2(impact->text.contains("(computed locally)"), qPrintable(impact->text));
        QCOMPARE(impact->color, overlayStyle::kLocalTrajectory);
    }

    // A space launch (issue 20): the vehicle says what it is and whose, its spent stage where
    // and when it falls, and its ground track into orbit ends with no impact.
    void spaceLaunchSaysWhatItIsWhereItsStagesFallAndThatItOrbits()
    {
        Picture picture;
        ServiceBatch batch = trackAt("JP", "V1", 30.0, 125.0);
        ServiceBatch stage = trackAt("JP", "S1", 36.0, 124.8);
        auto &vehicle = std::get<TrackUpdate>(batch.events[0].event);
        vehicle.objectKind = ObjectKind::Vehicle;
        auto &spent = std::get<TrackUpdate>(stage.events[0].event);
        spent.objectKind = ObjectKind::Stage;
        spent.stage = 1;
        spent.parentTrackId = "V1";
        batch.events.push_back({2, spent});
        Launch launch{"L1", "V1", 0, {39.66, 124.705, 0.0}, std::nullopt, false};
        launch.kind = LaunchKind::SpaceLaunch;
        launch.origin = "PRK";
        batch.events.push_back({3, launch});
        Prediction fall;
        fall.trackId = "S1";
        fall.trajectory = {{1'000'000, {36.0, 124.8, 60'000.0}}, {200'000'000, {35.0, 124.8, 0.0}}};
        fall.impactPoint = {35.0, 124.8, 0.0};
        fall.impactTimeUtcUs = 200'000'000;
        fall.ellipses = {{0.95, 30'000.0, 10'000.0, 0.0}};
        batch.events.push_back({4, fall});
        Prediction orbit;
        orbit.trackId = "V1";
        orbit.orbital = true;
        orbit.trajectory = {{1'000'000, {30.0, 125.0, 300'000.0}}, {600'000'000, {22.0, 124.0, 500'000.0}}};
        batch.events.push_back({5, orbit});
        picture.applyBatch(batch);

        OverlayScene scene;
        scene.build(picture.content(), nullptr, MapViewport(33.0, 125.0, 5.0, QSizeF(800, 800)), 1'000'000);
        QStringList texts;
        for (const OverlayLabel &label : scene.labels())
            texts << label.text;
        const auto has = [&texts](const QString &start) {
            return std::any_of(texts.begin(), texts.end(), [&start](const QString &t) { return t.startsWith(start); });
        };
        QVERIFY2(has(u"Space launch (PRK)  V1  50 km"_s), qPrintable(texts.join(u'|')));
        QVERIFY2(has(u"Stage 1  S1  50 km"_s), qPrintable(texts.join(u'|')));
        QVERIFY2(has(u"Stage 1 falls 00:03:20Z"_s), qPrintable(texts.join(u'|')));
        QVERIFY2(has(u"first orbit, to 00:10:00Z"_s), qPrintable(texts.join(u'|')));
        // The one impact on the map is the stage's: nothing says the vehicle comes down.
        QVERIFY2(!has(u"impact"_s), qPrintable(texts.join(u'|')));
    }
};

QTEST_MAIN(TestOverlayScene)
#include "tst_overlay_scene.moc"
