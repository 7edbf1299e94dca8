// A trail's projection kept between builds: whatever the trail does between two calls (slides,
// grows, is replaced, the frame changes), the points are those of projecting it whole.
#include "TrailProjection.h"

#include <QTest>

using namespace cop;

namespace {

Trail trailOf(int first, int count, Trail trail = {})
{
    for (int i = first; i < first + count; ++i)
        trail.append({38.0 + i * 0.01, 128.0 + i * 0.02, 50'000.0});
    return trail;
}

std::vector<QPointF> whole(const Trail &trail, const OverlayFrame &frame)
{
    std::vector<QPointF> points;
    for (const GeoPoint &point : trail)
        points.push_back(frame.toFrame(point));
    return points;
}

} // namespace

class TestTrailProjection : public QObject
{
    Q_OBJECT

private slots:
    void isTheWholeProjectionWhateverTheTrailDid()
    {
        const OverlayFrame frame(MapViewport(38.0, 128.0, 6.0, QSizeF(800, 600)));
        const OverlayFrame zoomed(MapViewport(38.0, 128.0, 8.0, QSizeF(800, 600)));
        TrailProjection projection;
        struct Step
        {
            Trail trail;
            const OverlayFrame *frame;
            quint64 generation;
        };
        const Step steps[] = {
            {trailOf(0, 5), &frame, 1},   // new
            {trailOf(0, 6), &frame, 1},   // grew
            {trailOf(2, 6), &frame, 1},   // slid
            {trailOf(2, 6), &frame, 1},   // the same
            {trailOf(40, 3), &frame, 1},  // another track's
            {trailOf(40, 3), &zoomed, 2}, // a new frame
            {{}, &zoomed, 2},             // gone
            {trailOf(1, 4), &zoomed, 2},
        };
        for (const Step &step : steps)
            QCOMPARE(projection.project(step.trail, *step.frame, step.generation), whole(step.trail, *step.frame));
    }

    void anotherTrailFromTheSamePointIsProjectedAgain()
    {
        const OverlayFrame frame(MapViewport(38.0, 128.0, 6.0, QSizeF(800, 600)));
        TrailProjection projection;
        projection.project(trailOf(0, 5), frame, 1);
        // The same start, then elsewhere: a track id a service has given to another missile.
        const Trail other = trailOf(30, 6, trailOf(0, 1));
        QCOMPARE(projection.project(other, frame, 1), whole(other, frame));
    }
};

QTEST_MAIN(TestTrailProjection)
#include "tst_trail_projection.moc"
