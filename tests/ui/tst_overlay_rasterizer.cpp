// The overlay's rasteriser: what a snapshot paints, where, and at which pixel ratio.
#include "base/BackgroundPool.h"
#include "OverlayCoverage.h"
#include "OverlayRasterizer.h"

#include <QGuiApplication>
#include <QRegion>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

const QColor kRed{0xff, 0x3b, 0x30};

OverlaySnapshot snapshotOf(std::vector<std::shared_ptr<const ShapeBatch>> shapes, QRectF area, qreal ratio = 1.0)
{
    OverlaySnapshot snapshot;
    snapshot.area = area;
    snapshot.devicePixelRatio = ratio;
    snapshot.shapes = std::move(shapes);
    return snapshot;
}

// Opaque pixels along row y of the image.
int paintedInRow(const QImage &image, int y)
{
    int count = 0;
    for (int x = 0; x < image.width(); ++x)
        count += qAlpha(image.pixel(x, y)) > 0x80;
    return count;
}

// The largest difference of a colour channel between two images of one size.
int largestDifference(const QImage &a, const QImage &b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

} // namespace

class TestOverlayRasterizer : public QObject
{
    Q_OBJECT

private slots:
    void paintsTheAreaAtTheDevicePixelRatio()
    {
        auto square = std::make_shared<ShapeBatch>();
        square->addFilledRect(QRectF(100, 50, 10, 10), kRed);
        const OverlayRaster raster = OverlayRasterizer::paint(snapshotOf({square}, QRectF(90, 40, 100, 100), 2.0));
        QCOMPARE(raster.image.size(), QSize(200, 200));
        // Frame (105, 55) is 15 px right and down of the area's corner: 30 device pixels.
        QCOMPARE(raster.image.pixelColor(30, 30).rgb(), kRed.rgb());
        QCOMPARE(qAlpha(raster.image.pixel(60, 60)), 0);
        QCOMPARE(qAlpha(raster.image.pixel(10, 10)), 0);
    }

    void paintsLabelsOverTheirBackgrounds()
    {
        OverlaySnapshot snapshot = snapshotOf({}, QRectF(0, 0, 200, 40));
        snapshot.labelBackgrounds.addFilledRect(QRectF(0, 0, 30, 20), QColor(0x1f, 0x4e, 0x99));
        snapshot.labels.push_back({QPointF(40, 4), QStringLiteral("US-0001  80 km"), Qt::white});
        snapshot.font.setPixelSize(12);
        const QImage image = OverlayRasterizer::paint(snapshot).image;
        QCOMPARE(image.pixelColor(15, 10).rgb(), QColor(0x1f, 0x4e, 0x99).rgb());
        int text = 0;
        for (int y = 4; y < 20; ++y)
            for (int x = 40; x < 140; ++x)
                text += qGray(image.pixel(x, y)) > 0x80 && qAlpha(image.pixel(x, y)) > 0x80;
        QVERIFY2(text > 30, qPrintable(QString::number(text)));
    }

    void denseSnapshotsPaintHairlines()
    {
        auto line = std::make_shared<ShapeBatch>();
        line->addLine(QPointF(10.5, 20), QPointF(10.5, 80), 5.0f, kRed);
        const QRectF area(0, 0, 100, 100);
        QCOMPARE(paintedInRow(OverlayRasterizer::paint(snapshotOf({line}, area)).image, 50), 5);
        // The same line among more batches than the threshold (empty ones, off the area's pixels).
        std::vector<std::shared_ptr<const ShapeBatch>> many(OverlayRasterizer::kHairlineBatches, std::make_shared<ShapeBatch>());
        many.push_back(line);
        QCOMPARE(paintedInRow(OverlayRasterizer::paint(snapshotOf(many, area)).image, 50), 1);
    }

    void dashesDoNotDependOnTheAreaPainted()
    {
        // A raster's area moves with every pan: a dashed trajectory must not shift its dashes.
        auto dashed = std::make_shared<ShapeBatch>();
        const QPointF line[] = {QPointF(0.5, 40.5), QPointF(400.5, 40.5)};
        dashed->addPolyline(line, 1.0f, kRed, 8.0f);
        const QImage whole = OverlayRasterizer::paint(snapshotOf({dashed}, QRectF(0, 0, 400, 80))).image;
        const QImage part = OverlayRasterizer::paint(snapshotOf({dashed}, QRectF(203, 0, 100, 80))).image;
        for (int x = 0; x < part.width(); ++x)
            QCOMPARE(part.pixel(x, 40), whole.pixel(x + 203, 40));
        // And it is dashed: 8 px on, 8 px off.
        QCOMPARE(qAlpha(whole.pixel(4, 40)), 255);
        QCOMPARE(qAlpha(whole.pixel(12, 40)), 0);
    }

    void bandsPaintedBesideEachOtherMakeTheImageOnePainterWould()
    {
        // Strokes, fills and a label across the seams of four bands (600 rows: 150 each), where
        // a band painted at the wrong offset, or a batch or label left out of a band it
        // reaches, would show as a cut or a shifted line.
        auto shapes = std::make_shared<ShapeBatch>();
        const QPointF diagonal[] = {{3.3, 7.1}, {391.7, 592.4}, {17.0, 580.0}};
        shapes->addPolyline(diagonal, 2.0f, kRed);
        shapes->addPolyline(diagonal, 1.0f, kRed, 8.0f);
        shapes->addFilledRect(QRectF(50.5, 140.25, 200, 25), QColor(0x30, 0x80, 0xff, 0x60));
        for (const qreal ratio : {1.0, 2.0}) {
            // Along the middle seam: device row 300 of an area whose top is at -30.
            auto across = std::make_shared<ShapeBatch>();
            across->addLine(QPointF(-20, -30 + 300.5 / ratio), QPointF(380, -30 + 300.5 / ratio), 1.0f, Qt::white);
            OverlaySnapshot snapshot = snapshotOf({shapes, across}, QRectF(-20, -30, 400, 600 / ratio), ratio);
            snapshot.labels.push_back({QPointF(60, 142 / ratio), QStringLiteral("KN-23  48 km"), Qt::white});
            snapshot.font.setPixelSize(14);
            BackgroundPool helpers(QStringLiteral("test paint"), 3);
            const QImage banded = OverlayRasterizer::paint(snapshot, &helpers).image;
            const QImage whole = OverlayRasterizer::paint(snapshot).image;
            QCOMPARE(banded.size(), QSize(400 * ratio, 600));
            QVERIFY(paintedInRow(whole, 150) > 0);
            QVERIFY(paintedInRow(whole, 300) > 390 * ratio);
            // Antialiased at a ratio of 2, a few edge pixels round one level apart.
            const int difference = largestDifference(banded, whole);
            QVERIFY2(difference <= 1, qPrintable(QString::number(difference)));
        }
    }

    void coverageFindsTheBlocksThatHoldAPixel()
    {
        QImage image(200, 130, QImage::Format_RGBA8888_Premultiplied);
        image.fill(Qt::transparent);
        // A pixel all but transparent counts; one in the last, partial block of each direction.
        image.setPixelColor(70, 65, QColor(0, 0, 0, 1));
        image.setPixelColor(199, 129, kRed);
        const auto occupied = [&](int firstRow, int rows) {
            return overlayCoverage::occupied(image.constBits(), image.size(), image.bytesPerLine(), firstRow, rows);
        };
        QCOMPARE(occupied(0, 130), (std::vector<QRect>{QRect(64, 64, 64, 64), QRect(192, 128, 8, 2)}));
        // A band's rows of blocks start at its first row.
        QCOMPARE(occupied(10, 100), (std::vector<QRect>{QRect(64, 10, 64, 64)}));
        QCOMPARE(occupied(0, 64), std::vector<QRect>{});
        // Blocks apart make runs apart; neighbouring blocks, one run.
        image.setPixelColor(199, 70, kRed);
        QCOMPARE(occupied(64, 64), (std::vector<QRect>{QRect(64, 64, 64, 64), QRect(192, 64, 8, 64)}));
        image.setPixelColor(130, 70, kRed);
        image.setPixelColor(0, 70, kRed);
        QCOMPARE(occupied(64, 64), std::vector<QRect>{QRect(0, 64, 200, 64)});
    }

    void aRasterSaysWhereItHoldsAnything()
    {
        const QRectF area(0, 0, 400, 600);
        QVERIFY(OverlayRasterizer::paint(snapshotOf({}, area)).occupied.empty());
        // Shapes across the seams of bands painted beside each other, each band covering its own.
        auto shapes = std::make_shared<ShapeBatch>();
        const QPointF diagonal[] = {{3.3, 7.1}, {391.7, 592.4}};
        shapes->addPolyline(diagonal, 2.0f, kRed);
        shapes->addFilledRect(QRectF(250.5, 140.25, 30, 200), QColor(0x30, 0x80, 0xff, 0x60));
        BackgroundPool helpers(QStringLiteral("test paint"), 3);
        const OverlayRaster raster = OverlayRasterizer::paint(snapshotOf({shapes}, area), &helpers);
        const QImage &image = raster.image;
        QRegion covered;
        qint64 coveredPixels = 0;
        for (const QRect &run : raster.occupied) {
            covered += run;
            coveredPixels += qint64(run.width()) * run.height();
        }
        qint64 regionPixels = 0;
        for (const QRect &rect : covered)
            regionPixels += qint64(rect.width()) * rect.height();
        QCOMPARE(regionPixels, coveredPixels); // no two overlap
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != 0) {
                    ++painted;
                    QVERIFY2(covered.contains(QPoint(x, y)), qPrintable(u"(%1, %2)"_s.arg(x).arg(y)));
                }
            }
        }
        QVERIFY(painted > 600);
        // A diagonal and a narrow box: far from the whole raster.
        QVERIFY2(coveredPixels < image.width() * image.height() / 2, qPrintable(QString::number(coveredPixels)));
    }
};

QTEST_MAIN(TestOverlayRasterizer)
#include "tst_overlay_rasterizer.moc"
