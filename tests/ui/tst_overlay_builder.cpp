// The overlay's builder: the scene built and painted on its own thread from copies of the
// picture, handed back once on the owner's thread; a build that would paint what is already on
// screen paints nothing; the picture may change while a build runs; and going away waits for it.
#include "OverlayBuilder.h"
#include "picture/Picture.h"
#include "TrackAt.h"

#include <QSignalSpy>
#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

constexpr double kLat = 39.2, kLon = 125.7;
constexpr qint64 kNowUs = 1'000'000;
const QSizeF kSize(600, 400);

OverlayRequest requestOf(const Picture &picture)
{
    OverlayRequest request;
    request.picture = picture.content();
    request.nowUtcUs = kNowUs;
    request.view = MapViewport(kLat, kLon, 6.0, kSize);
    return request;
}

std::optional<OverlayBuild> waitForBuild(OverlayBuilder &builder)
{
    QSignalSpy built(&builder, &OverlayBuilder::built);
    if (!built.wait(10'000))
        return std::nullopt;
    return builder.take();
}

// Opaque pixels within 12 px of point, in a raster of the area around the view.
int paintedNear(const OverlayRaster &raster, QPointF inFrame)
{
    const QPoint at = (inFrame - raster.area.topLeft()).toPoint();
    int count = 0;
    for (int y = at.y() - 12; y <= at.y() + 12; ++y) {
        for (int x = at.x() - 12; x <= at.x() + 12; ++x)
            count += raster.image.rect().contains(x, y) && qAlpha(raster.image.pixel(x, y)) > 0x80;
    }
    return count;
}

} // namespace

class TestOverlayBuilder : public QObject
{
    Q_OBJECT

private slots:
    void aBuildComesBackOnceWithWhatThePictureShows()
    {
        Picture picture;
        picture.applyBatch(trackAt(u"US"_s, u"T1"_s, kLat, kLon, kNowUs));
        OverlayBuilder builder;
        QVERIFY(builder.isIdle());
        builder.start(requestOf(picture));
        QVERIFY(!builder.isIdle());
        QVERIFY(!builder.take());

        const std::optional<OverlayBuild> build = waitForBuild(builder);
        QVERIFY(build);
        QVERIFY(builder.isIdle());
        QVERIFY(!builder.take());
        QVERIFY(build->raster);
        // The raster holds the 600 x 400 view and a quarter of it beyond each edge.
        QCOMPARE(build->raster->image.size(), QSize(900, 600));
        const QPointF track = build->frame.toFrame({kLat, kLon, 0.0});
        QVERIFY(paintedNear(*build->raster, track) > 100);
        QCOMPARE(build->picker->nearest(track, 5.0), std::optional(ServiceKey{u"US"_s, u"T1"_s}));
    }

    void nothingNewPaintsNothingAndAPanPaints()
    {
        Picture picture;
        picture.applyBatch(trackAt(u"US"_s, u"T1"_s, kLat, kLon, kNowUs));
        OverlayBuilder builder;
        builder.start(requestOf(picture));
        QVERIFY(waitForBuild(builder)->raster);

        builder.start(requestOf(picture));
        const std::optional<OverlayBuild> again = waitForBuild(builder);
        QVERIFY(again);
        QVERIFY(!again->raster);

        OverlayRequest pan = requestOf(picture);
        pan.repaint = true;
        builder.start(pan);
        QVERIFY(waitForBuild(builder)->raster);

        // A second track: built and painted, the first one not built again but still there.
        picture.applyBatch(trackAt(u"US"_s, u"T2"_s, kLat, kLon + 1.0, kNowUs, 2));
        builder.start(requestOf(picture));
        const std::optional<OverlayBuild> more = waitForBuild(builder);
        QVERIFY(more && more->raster);
        QVERIFY(paintedNear(*more->raster, more->frame.toFrame({kLat, kLon, 0.0})) > 100);
        QVERIFY(paintedNear(*more->raster, more->frame.toFrame({kLat, kLon + 1.0, 0.0})) > 100);
    }

    void thePictureChangesWhileABuildRuns()
    {
        Picture picture;
        for (int i = 0; i < 2000; ++i)
            picture.applyBatch(trackAt(u"US"_s, u"T%1"_s.arg(i), kLat, kLon - 2.0 + i * 0.002, kNowUs, quint64(i + 1)));
        OverlayBuilder builder;
        builder.start(requestOf(picture));
        // The GUI thread goes on changing its picture: the build has a copy of its own.
        picture.applyBatch(trackAt(u"US"_s, u"T0"_s, kLat, kLon + 3.0, kNowUs, 2001));
        const std::optional<OverlayBuild> build = waitForBuild(builder);
        QVERIFY(build && build->raster);
        QCOMPARE(build->picker->nearest(build->frame.toFrame({kLat, kLon - 2.0, 0.0}), 1.0),
                 std::optional(ServiceKey{u"US"_s, u"T0"_s}));
        QCOMPARE(picture.tracks().value({u"US"_s, u"T0"_s}).state.position.lonDeg, kLon + 3.0);
    }

    void goingAwayWaitsForTheBuild()
    {
        Picture picture;
        for (int i = 0; i < 2000; ++i)
            picture.applyBatch(trackAt(u"US"_s, u"T%1"_s.arg(i), kLat, kLon - 2.0 + i * 0.002, kNowUs, quint64(i + 1)));
        OverlayRequest request = requestOf(picture);
        {
            OverlayBuilder builder;
            builder.start(request);
        }
        // The queued result went with the builder: nothing is left to deliver, and the build let
        // go of its copy of the picture.
        QCoreApplication::processEvents();
        request.picture = {};
        QVERIFY(picture.tracks().isDetached());
    }
};

QTEST_MAIN(TestOverlayBuilder)
#include "tst_overlay_builder.moc"
