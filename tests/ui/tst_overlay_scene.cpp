#include "FusedPicture.h"
#include "OverlayScene.h"
#include "OverlayStyle.h"
#include "Picture.h"

#include <QFont>
#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

ServiceBatch trackAt(const QString &service, const QString &id, double lat, double lon)
{
    ServiceBatch batch;
    batch.service = service;
    batch.receivedUtcUs = 1'000'000;
    TrackUpdate track;
    track.trackId = id;
    track.timeUtcUs = 1'000'000;
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
        scene.build(picture, MapViewport(39.2, 125.7, 6.0, size), size, 1'000'000);
        QCOMPARE(scene.labels().size(), size_t(3));
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

    void fusedViewDrawsOneTrackPerMissileWithItsNations()
    {
        Picture picture;
        FusedPicture fused(&picture);
        for (const char *service : {"KR", "US", "JP"})
            picture.applyBatch(trackAt(service, "T1", 39.2, 125.7));
        picture.applyBatch(trackAt("US", "T2", 40.5, 128.0)); // seen by the US alone
        QCOMPARE(int(fused.tracks().size()), 2);
        OverlayScene scene;
        const QSizeF size(800, 600);
        const MapViewport viewport(39.5, 126.5, 6.0, size);
        scene.setFusion(&fused);
        scene.build(picture, viewport, size, 1'000'000);
        QStringList labels;
        for (const OverlayLabel &label : scene.labels())
            labels.append(label.text.section(u"  "_s, 0, 0)); // id and badges, without the figures
        labels.sort();
        QCOMPARE(labels, QStringList({u"F1 [US JP KR]"_s, u"F2 [US]"_s}));

        scene.setFusion(nullptr); // raw view: every service's track
        scene.build(picture, viewport, size, 1'000'000);
        QCOMPARE(scene.labels().size(), size_t(4));
    }

    void staleTracksAreGreyAndStillDrawn()
    {
        Picture picture;
        picture.applyBatch(trackAt("US", "T1", 39.2, 125.7));
        OverlayScene scene;
        const QSizeF size(800, 600);
        // Received at t = 1 s; drawn 60 s later.
        scene.build(picture, MapViewport(39.2, 125.7, 6.0, size), size, 61'000'000);
        QCOMPARE(scene.labels().size(), size_t(1));
        QCOMPARE(scene.labels()[0].color, overlayStyle::kStale);
        QVERIFY(!scene.triangles().isEmpty());
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
        scene.build(picture, MapViewport(39.2, 126.5, 6.0, size), size, 1'000'000);
        const auto impact = std::find_if(scene.labels().begin(), scene.labels().end(),
                                         [](const OverlayLabel &l) { return l.text.startsWith("impact"); });
        QVERIFY(impact != scene.labels().end());
        QVERIFY(impact->text.endsWith("(computed locally)"));
        QCOMPARE(impact->color, overlayStyle::kLocalTrajectory);
    }
};

QTEST_MAIN(TestOverlayScene)
#include "tst_overlay_scene.moc"
