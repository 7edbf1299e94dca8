// The overlay's painting stays on the thread that paints (SerialPainting): Qt would otherwise
// hand every large fill to a pool thread of its own and wait for it, which at watch-floor scale
// cost a pool thread a fifth of a core and the overlay half its rasters.
#include "OverlayRasterizer.h"
#include "SerialPainting.h"
#include "ThreadsNamed.h"

#include <QGuiApplication>
#include <QTest>

#include <thread>

using namespace cop;

class TestSerialPainting : public QObject
{
    Q_OBJECT

private slots:
    void theOverlayPaintsWithoutQtsPool()
    {
        // Wide strokes and fills: each far over the spans Qt would split across its pool.
        auto shapes = std::make_shared<ShapeBatch>();
        for (int i = 0; i < 50; ++i) {
            const QPointF points[] = {{10.0 + i, 10.0}, {1900.0, 1100.0 - i}, {40.0 + i, 1150.0}};
            shapes->addPolyline(points, 6.0f, QColor(0xff, 0x3b, 0x30));
            shapes->addFilledRect(QRectF(20 + i, 20 + i, 1500, 900), QColor(0x30, 0x80, 0xff, 0x20));
        }
        OverlaySnapshot snapshot;
        snapshot.area = QRectF(0, 0, 1920, 1200);
        snapshot.devicePixelRatio = 1.0;
        snapshot.shapes = {shapes};
        // On a thread of its own, as the overlay's build paints.
        OverlayRaster raster;
        std::thread painter([&] { raster = OverlayRasterizer::paint(snapshot); });
        painter.join();
        QVERIFY(qAlpha(raster.image.pixel(900, 500)) > 0);
        // Named as Qt names its pools' threads.
        QCOMPARE(threadsNamed("Thread (pooled)").size(), 0);
    }
};

int main(int argc, char *argv[])
{
    paintOnOneThread(); // as the console's main() does, before the application exists
    QGuiApplication app(argc, argv);
    TestSerialPainting test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serial_painting.moc"
