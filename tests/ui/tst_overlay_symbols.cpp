// The MIL-STD-2525D symbols the overlay paints: a track in the frame and fill of its
// affiliation, exercise letters, grey once stale, and its launch and predicted impact points
// coloured as its own, each where it is. Painted by the real scene and rasterizer.
#include "interop/SymbolCode.h"
#include "OverlayRasterizer.h"
#include "OverlayScene.h"
#include "picture/Picture.h"
#include "SymbolColors.h"
#include "SymbolImages.h"

#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

using namespace symbolColors;

constexpr double kLat = 39.2, kLon = 125.7;
constexpr qint64 kNowUs = 1'000'000;

ServiceBatch trackBatch(Affiliation affiliation, bool exercise, double heightM = 50'000.0)
{
    ServiceBatch batch;
    batch.service = u"US"_s;
    batch.receivedUtcUs = kNowUs;
    TrackUpdate track;
    track.trackId = u"T1"_s;
    track.timeUtcUs = kNowUs;
    track.position = {kLat, kLon, heightM};
    track.positionEcef = ecefFromGeodetic(track.position);
    track.affiliation = affiliation;
    track.exercise = exercise;
    batch.events.push_back({1, track});
    return batch;
}

struct Painted
{
    QImage image;
    QPoint track;
};

Painted paint(const Picture &picture, qint64 nowUs = kNowUs)
{
    OverlayScene scene;
    const QSizeF size(600, 400);
    scene.build(picture.content(), nullptr, MapViewport(kLat, kLon, 6.0, size), nowUs);
    const QRectF screen(QPointF(0, 0), size);
    return {OverlayRasterizer::paint({scene.frame(), screen, 1.0, scene.shapes(screen)}).image,
            scene.frame().toFrame({kLat, kLon, 0.0}).toPoint()};
}

bool isNear(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 24;
}

int count(const QImage &image, const QRect &window, QColor color)
{
    int n = 0;
    for (int y = window.top(); y <= window.bottom(); ++y)
        for (int x = window.left(); x <= window.right(); ++x)
            n += image.valid(x, y) && qAlpha(image.pixel(x, y)) >= 0x80 && isNear(image.pixelColor(x, y), color);
    return n;
}

QRect around(QPoint at, int radius)
{
    return {at - QPoint(radius, radius), at + QPoint(radius, radius)};
}

} // namespace

class TestOverlaySymbols : public QObject
{
    Q_OBJECT

private slots:
    void aTrackIsDrawnInTheFrameOfItsAffiliation_data()
    {
        QTest::addColumn<int>("affiliation");
        QTest::addColumn<bool>("exercise");
        QTest::addColumn<QColor>("fill");
        QTest::newRow("hostile") << int(Affiliation::Hostile) << false << kHostileFill;
        // Suspect: the hostile frame and fill (2525D), dashed over.
        QTest::newRow("suspect") << int(Affiliation::Suspect) << false << kHostileFill;
        QTest::newRow("unknown") << int(Affiliation::Unknown) << false << kUnknownFill;
        QTest::newRow("friend") << int(Affiliation::Friend) << false << kFriendFill;
        QTest::newRow("faker") << int(Affiliation::Hostile) << true << kHostileFill;
        QTest::newRow("exercise friend") << int(Affiliation::Friend) << true << kFriendFill;
    }

    void aTrackIsDrawnInTheFrameOfItsAffiliation()
    {
        QFETCH(int, affiliation);
        QFETCH(bool, exercise);
        QFETCH(QColor, fill);
        Picture picture;
        picture.applyBatch(trackBatch(Affiliation(affiliation), exercise));
        const Painted painted = paint(picture);
        // The fill covers the middle of the frame, around the missile icon.
        const int filled = count(painted.image, around(painted.track, 12), fill);
        QVERIFY2(filled > 80, qPrintable(QString::number(filled)));
        // No other fill, but for the missile icon's own (light yellow in every frame).
        for (const QColor other : {kHostileFill, kUnknownFill, kFriendFill}) {
            if (other != fill) {
                const int wrong = count(painted.image, around(painted.track, 30), other);
                QVERIFY2(wrong < filled / 4, qPrintable(u"%1 of %2"_s.arg(wrong).arg(filled)));
            }
        }
        // An exercise symbol carries its letter right of the frame, above, in light, legible on
        // the dark map; the same symbol for real has none.
        const auto lightTopRight = [&](bool inExercise) {
            Picture other;
            other.applyBatch(trackBatch(Affiliation(affiliation), inExercise));
            const Painted drawn = paint(other);
            return count(drawn.image, QRect(drawn.track + QPoint(8, -28), QSize(22, 24)), kLight);
        };
        const int letter = lightTopRight(exercise) - lightTopRight(!exercise);
        QVERIFY2(exercise ? letter > 4 : letter < -4, qPrintable(QString::number(letter)));
    }

    void aStaleTrackIsGreyWithNoThreatColour()
    {
        Picture picture;
        picture.applyBatch(trackBatch(Affiliation::Hostile, false));
        const Painted current = paint(picture);
        const Painted stale = paint(picture, kNowUs + 60'000'000);
        QVERIFY(count(current.image, around(current.track, 12), kHostileFill) > 80);
        QCOMPARE(count(stale.image, around(stale.track, 12), kHostileFill), 0);
        int grey = 0;
        for (int y = stale.track.y() - 12; y <= stale.track.y() + 12; ++y) {
            for (int x = stale.track.x() - 12; x <= stale.track.x() + 12; ++x) {
                const QColor c = stale.image.pixelColor(x, y);
                grey += c.alpha() == 255 && c.value() > 60 && c.red() == c.green() && c.green() == c.blue();
            }
        }
        QVERIFY2(grey > 80, qPrintable(QString::number(grey)));
    }

    void aTrackAbove100KmIsASpaceMissile()
    {
        // The space frame is the air frame with a band across its top (2525D, symbol set 06):
        // the fill starts lower.
        const auto topOfFill = [](double heightM) {
            Picture picture;
            picture.applyBatch(trackBatch(Affiliation::Hostile, false, heightM));
            const Painted painted = paint(picture);
            for (int y = painted.track.y() - 20; y <= painted.track.y(); ++y)
                if (count(painted.image, QRect(painted.track.x() - 1, y, 3, 1), kHostileFill) > 0)
                    return y - painted.track.y();
            return 0;
        };
        const int air = topOfFill(99'000.0), space = topOfFill(150'000.0);
        QVERIFY2(space > air + 2, qPrintable(u"fill from %1 px in the air, %2 px in space"_s.arg(air).arg(space)));
    }

    void launchAndPredictedImpactPointsAreDrawnAtTheirPointsInTheirTracksColour()
    {
        Picture picture;
        ServiceBatch batch = trackBatch(Affiliation::Hostile, false);
        batch.events.push_back({2, Launch{u"L1"_s, u"T1"_s, 0, {kLat - 1.0, kLon - 1.5, 0.0}, std::nullopt, false}});
        Prediction prediction;
        prediction.trackId = u"T1"_s;
        prediction.impactPoint = {kLat + 0.5, kLon + 2.0, 0.0};
        prediction.impactTimeUtcUs = 300'000'000;
        batch.events.push_back({3, prediction});
        picture.applyBatch(batch);
        OverlayScene scene;
        const QSizeF size(600, 400);
        scene.build(picture.content(), nullptr, MapViewport(kLat, kLon, 6.0, size), kNowUs);
        const QRectF screen(QPointF(0, 0), size);
        const QImage image = OverlayRasterizer::paint({scene.frame(), screen, 1.0, scene.shapes(screen)}).image;

        // The launch point's pin stands on its point, "LP" in its head; the predicted impact
        // point's dashed star is centred on it. Both red for a hostile missile.
        const QPoint launch = scene.frame().toFrame({kLat - 1.0, kLon - 1.5, 0.0}).toPoint();
        const QRectF pin = symbolImages::extent(symbolCode(SymbolEntity::LaunchPoint, Affiliation::Hostile, false));
        QVERIFY2(pin.bottom() <= 2.0 && pin.top() < -20.0, qPrintable(u"%1 to %2"_s.arg(pin.top()).arg(pin.bottom())));
        QVERIFY(count(image, QRect(launch + QPoint(-12, -36), launch + QPoint(12, 0)), kHostileRed) > 20);
        QCOMPARE(count(image, QRect(launch + QPoint(-12, 4), launch + QPoint(12, 20)), kHostileRed), 0);
        const QPoint impact = scene.frame().toFrame(prediction.impactPoint).toPoint();
        QVERIFY(count(image, around(impact, 11), kHostileRed) > 10);
        QCOMPARE(count(image, around(impact + QPoint(0, -40), 8), kHostileRed), 0);

        // Once the track is gone its launch point is an unknown missile's: white, not red.
        picture.applyBatch([] {
            ServiceBatch drop;
            drop.service = u"US"_s;
            drop.receivedUtcUs = kNowUs;
            drop.events.push_back({4, TrackDrop{u"T1"_s, kNowUs, DropReason::Lost, false}});
            return drop;
        }());
        scene.update(picture.content(), nullptr, kNowUs);
        const QImage after = OverlayRasterizer::paint({scene.frame(), screen, 1.0, scene.shapes(screen)}).image;
        const QRect head(launch + QPoint(-12, -36), launch + QPoint(12, 0));
        QCOMPARE(count(after, head, kHostileRed), 0);
        QVERIFY(count(after, head, kLight) > 20);
    }
};

QTEST_MAIN(TestOverlaySymbols)
#include "tst_overlay_symbols.moc"
