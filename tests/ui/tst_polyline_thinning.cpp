// What the overlay keeps of a polyline before painting it (PolylineThinning): what drawing
// shows, within half a pixel, and no more.
#include "PolylineThinning.h"

#include <QTest>

#include <cmath>

using namespace cop;

namespace {

double distanceToPolyline(QPointF p, const std::vector<QPointF> &line)
{
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const QPointF ab = line[i + 1] - line[i];
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - line[i], ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF off = p - line[i] - t * ab;
        best = std::min(best, std::hypot(off.x(), off.y()));
    }
    return best;
}

// A trail of 120 points a second apart, `step` px apart, turning by `turnDeg` each.
std::vector<QPointF> trail(double step, double turnDeg)
{
    std::vector<QPointF> points{{100.0, 500.0}};
    double heading = 0.0;
    for (int i = 1; i < 120; ++i) {
        heading += turnDeg * M_PI / 180.0;
        points.push_back(points.back() + QPointF(step * std::cos(heading), step * std::sin(heading)));
    }
    return points;
}

} // namespace

class TestPolylineThinning : public QObject
{
    Q_OBJECT

private slots:
    void aStraightTrailKeepsItsEnds()
    {
        std::vector<QPointF> points = trail(2.0, 0.0);
        const std::vector<QPointF> original = points;
        PolylineThinning thinning;
        thinning.thin(points);
        QCOMPARE(points.size(), size_t(2));
        QCOMPARE(points.front(), original.front());
        QCOMPARE(points.back(), original.back());
    }

    void aCurvedTrailStaysWithinHalfAPixelWithFewerPoints()
    {
        for (const double turnDeg : {0.2, 1.0, 3.0}) {
            std::vector<QPointF> points = trail(4.0, turnDeg);
            const std::vector<QPointF> original = points;
            PolylineThinning thinning;
            thinning.thin(points);
            QCOMPARE(points.front(), original.front());
            QCOMPARE(points.back(), original.back());
            QVERIFY2(points.size() < original.size() / 3, qPrintable(QString::number(points.size())));
            for (const QPointF &p : original)
                QVERIFY(distanceToPolyline(p, points) <= PolylineThinning::kTolerancePx + 1e-9);
        }
    }

    void aTrailThatTurnsBackKeepsItsTurn()
    {
        // East 100 px, then back west 60 px along the same line: the turn is no straight line.
        std::vector<QPointF> points;
        for (int x = 0; x <= 100; x += 5)
            points.push_back({double(x), 0.0});
        for (int x = 95; x >= 40; x -= 5)
            points.push_back({double(x), 0.0});
        PolylineThinning thinning;
        thinning.thin(points);
        QCOMPARE(points, (std::vector<QPointF>{{0, 0}, {100, 0}, {40, 0}}));
    }

    void pointsCloserThanAFewPixelsAreMergedButTheLastStays()
    {
        std::vector<QPointF> points{{0, 0}, {1, 5}, {1.5, 5}, {2, 5.2}};
        PolylineThinning thinning;
        thinning.thin(points);
        QCOMPARE(points, (std::vector<QPointF>{{0, 0}, {1, 5}, {2, 5.2}}));
    }
};

QTEST_APPLESS_MAIN(TestPolylineThinning)
#include "tst_polyline_thinning.moc"
