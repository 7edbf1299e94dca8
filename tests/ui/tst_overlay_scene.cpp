#include "OverlayScene.h"
#include "OverlayStyle.h"
#include "Picture.h"

#include <QFont>
#include <QTest>

using namespace cop;

namespace {

ServiceBatch trackAt(const QString &service, const QString &id, double lat, double lon, qint64 timeUs = 1'000'000)
{
    ServiceBatch batch;
    batch.service = service;
    batch.receivedUtcUs = timeUs;
    TrackUpdate track;
    track.trackId = id;
    track.timeUtcUs = timeUs;
    track.position = {lat, lon, 50'000.0};
    track.positionEcef = ecefFromGeodetic(track.position);
    batch.events.push_back({1, track});
    return batch;
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
        scene.build(picture, MapViewport(39.2, 125.7, 6.0, size), 1'000'000);
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

    void staleTracksAreGreyAndStillDrawn()
    {
        Picture picture;
        picture.applyBatch(trackAt("US", "T1", 39.2, 125.7));
        OverlayScene scene;
        const QSizeF size(800, 600);
        // Received at t = 1 s; drawn 60 s later.
        scene.build(picture, MapViewport(39.2, 125.7, 6.0, size), 61'000'000);
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
        scene.build(picture, MapViewport(39.2, 125.7, 6.0, size), 1'000'000);
        const QRectF screen(QPointF(0, 0), size);
        const auto before = scene.shapes(screen);
        QCOMPARE(before.size(), size_t(1));
        const QRectF drawnBefore = before.front()->bounds();
        const size_t shapesBefore = before.front()->shapeCount();

        picture.applyBatch(trackAt("US", "T1", 39.6, 126.4, 2'000'000));
        QVERIFY(scene.update(picture, 2'000'000));
        const auto after = scene.shapes(screen);
        QCOMPARE(after.size(), size_t(1));
        QVERIFY(after.front() != before.front());
        QCOMPARE(before.front()->bounds(), drawnBefore);
        QCOMPARE(before.front()->shapeCount(), shapesBefore);
        QVERIFY(after.front()->bounds() != drawnBefore);
        // Nothing to paint in a corner far from the track.
        QVERIFY(scene.shapes(QRectF(0, 0, 20, 20)).empty());
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
        scene.build(picture, MapViewport(39.2, 126.5, 6.0, size), 1'000'000);
        const auto impact = std::find_if(scene.labels().begin(), scene.labels().end(),
                                         [](const OverlayLabel &l) { return l.text.startsWith("impact"); });
        QVERIFY(impact != scene.labels().end());
        QVERIFY2(impact->text.contains("(computed locally)"), qPrintable(impact->text));
        QCOMPARE(impact->color, overlayStyle::kLocalTrajectory);
    }
};

QTEST_MAIN(TestOverlayScene)
#include "tst_overlay_scene.moc"
