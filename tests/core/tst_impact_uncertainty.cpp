#include "BallisticCases.h"
#include "dynamics/GroundFrame.h"
#include "geo/ImpactEllipseOutline.h"
#include "dynamics/ImpactEllipses.h"
#include "dynamics/ImpactPredictor.h"
#include "dynamics/MonteCarloImpacts.h"

#include <GeographicLib/Geodesic.hpp>

#include <QTest>

using namespace cop;
using namespace cop::dynamics;

namespace {

constexpr int kMonteCarloSamples = 2000;
constexpr std::uint64_t kSeed = 20240611;

Eigen::Matrix2d sampleCovariance(const std::vector<Eigen::Vector2d> &points)
{
    Eigen::Vector2d mean = Eigen::Vector2d::Zero();
    for (const auto &p : points)
        mean += p / double(points.size());
    Eigen::Matrix2d c = Eigen::Matrix2d::Zero();
    for (const auto &p : points)
        c += (p - mean) * (p - mean).transpose() / double(points.size() - 1);
    return c;
}

TrackEstimate missile(int which)
{
    return which == 0 ? testing::srbm() : testing::irbm();
}

} // namespace

class TestImpactUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void isotropicKilometreGivesTheTextbookRadii()
    {
        const Eigen::Matrix2d c = Eigen::Matrix2d::Identity() * 1000.0 * 1000.0;
        const ImpactEllipse e50 = impactEllipse(c, 0.5);
        const ImpactEllipse e95 = impactEllipse(c, 0.95);
        QVERIFY(std::abs(e50.semiMajorM - 1177.4) < 0.1 && std::abs(e50.semiMinorM - 1177.4) < 0.1);
        QVERIFY(std::abs(e95.semiMajorM - 2447.7) < 0.1 && std::abs(e95.semiMinorM - 2447.7) < 0.1);
    }

    void majorAxisPointsAlongTheLargerSpread()
    {
        // 3 km north-east / south-west, 1 km across.
        const double s = std::sqrt(0.5);
        Eigen::Matrix2d axes;
        axes << s, -s, s, s;
        const Eigen::Matrix2d c = axes * Eigen::Vector2d(9e6, 1e6).asDiagonal() * axes.transpose();
        const ImpactEllipse e = impactEllipse(c, 0.95);
        QVERIFY(std::abs(e.orientationDeg - 45.0) < 1e-6);
        QVERIFY(std::abs(e.semiMajorM - 3 * 2447.75) < 1.0);
        QVERIFY(std::abs(e.semiMinorM - 2447.75) < 1.0);
    }

    void outlineVerticesLieAtThePolarRadius()
    {
        const GeoPoint centre{40.5, 134.2, 0.0};
        const ImpactEllipse ellipse{0.95, 42'000.0, 9'000.0, 73.0};
        const auto &geodesic = GeographicLib::Geodesic::WGS84();
        const auto outline = impactEllipseOutline(centre, ellipse, 72);
        for (const GeoPoint &p : outline) {
            double distance = 0, azimuth = 0, back = 0;
            geodesic.Inverse(centre.latDeg, centre.lonDeg, p.latDeg, p.lonDeg, distance, azimuth, back);
            const double theta = (azimuth - ellipse.orientationDeg) * std::numbers::pi / 180.0;
            const double a = ellipse.semiMajorM;
            const double b = ellipse.semiMinorM;
            const double polar = a * b / std::hypot(b * std::cos(theta), a * std::sin(theta));
            QVERIFY2(std::abs(distance - polar) < 1.0,
                     qPrintable(QStringLiteral("%1 m off at azimuth %2").arg(distance - polar).arg(azimuth)));
        }
    }

    void unscentedEllipseMatchesMonteCarlo_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("SRBM, good radar track") << 0;
        QTest::newRow("IRBM") << 1;
    }

    void unscentedEllipseMatchesMonteCarlo()
    {
        QFETCH(int, which);
        const TrackEstimate estimate = missile(which);
        const ImpactPredictor predictor;
        ImpactPrediction ut;
        QVERIFY(predictor.predict(estimate, ut));
        const auto impacts = monteCarloImpacts(predictor, estimate, kMonteCarloSamples, kSeed);
        QCOMPARE(int(impacts.size()), kMonteCarloSamples);

        const GroundFrame frame(ut.impact.point);
        std::vector<Eigen::Vector2d> offsets;
        std::vector<double> times;
        for (const TimedPoint &impact : impacts) {
            offsets.push_back(frame.eastNorth(impact.point));
            times.push_back(impact.timeS);
        }
        const ImpactEllipse mc = impactEllipse(sampleCovariance(offsets), 0.95);
        const ImpactEllipse &u = ut.ellipses[1];
        const QString figures = QStringLiteral("UT %1 x %2 m, MC %3 x %4 m")
                                    .arg(u.semiMajorM, 0, 'f', 0).arg(u.semiMinorM, 0, 'f', 0)
                                    .arg(mc.semiMajorM, 0, 'f', 0).arg(mc.semiMinorM, 0, 'f', 0);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(std::abs(u.semiMajorM / mc.semiMajorM - 1.0) < 0.05, qPrintable(figures));
        QVERIFY2(std::abs(u.semiMinorM / mc.semiMinorM - 1.0) < 0.05, qPrintable(figures));

        // The impact-time spread is part of the same picture.
        double meanTime = 0.0;
        for (double t : times)
            meanTime += t / double(times.size());
        double variance = 0.0;
        for (double t : times)
            variance += (t - meanTime) * (t - meanTime) / double(times.size() - 1);
        QVERIFY(std::abs(ut.impactTimeSigmaS / std::sqrt(variance) - 1.0) < 0.1);

        int inside = 0;
        for (const Eigen::Vector2d &offset : offsets)
            inside += insideEllipse(ut.groundCovarianceEn, 0.95, offset) ? 1 : 0;
        const double fraction = double(inside) / double(offsets.size());
        qInfo("%.2f %% of Monte Carlo impacts inside the UT 95 %% ellipse", 100.0 * fraction);
        QVERIFY2(std::abs(fraction - 0.95) <= 0.015, qPrintable(QString::number(fraction)));
    }

    void monteCarloIsDeterministicForASeed()
    {
        const ImpactPredictor predictor;
        const auto a = monteCarloImpacts(predictor, testing::srbm(), 20, kSeed);
        const auto b = monteCarloImpacts(predictor, testing::srbm(), 20, kSeed);
        const auto c = monteCarloImpacts(predictor, testing::srbm(), 20, kSeed + 1);
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].point.latDeg, b[i].point.latDeg);
            QCOMPARE(a[i].point.lonDeg, b[i].point.lonDeg);
        }
        QVERIFY(a[0].point.latDeg != c[0].point.latDeg);
    }

    void predictionCarriesTrajectoryApogeeAndOutlines()
    {
        const ImpactPredictor predictor;
        ImpactPrediction p;
        QVERIFY(predictor.predict(testing::srbm(), p));
        QVERIFY(!p.provisional);
        QVERIFY(p.trajectory.size() >= 5);
        // Decimated: far fewer points than one per 5 s of flight.
        QVERIFY(p.trajectory.size() < size_t(p.impact.timeS / 5.0));
        QCOMPARE(p.trajectory.front().timeS, 0.0);
        QVERIFY(std::abs(p.trajectory.back().timeS - p.impact.timeS) < 5.0);
        QVERIFY(p.apogee.point.heightM > 100'000.0);
        QCOMPARE(p.outlines[1].size(), size_t(ImpactPredictor::kOutlinePoints + 1));
        QVERIFY(p.ellipses[1].semiMajorM > p.ellipses[0].semiMajorM);
    }

    void boostPredictionIsTheProvisionalVacuumImpactPoint()
    {
        TrackEstimate boosting = testing::srbm();
        boosting.boosting = true;
        const ImpactPredictor predictor;
        ImpactPrediction vacuum;
        ImpactPrediction withAir;
        QVERIFY(predictor.predict(boosting, vacuum));
        QVERIFY(predictor.predict(testing::srbm(), withAir));
        QVERIFY(vacuum.provisional);
        // Without drag it flies further.
        const GroundFrame frame(withAir.impact.point);
        QVERIFY(frame.eastNorth(vacuum.impact.point).x() > 1000.0);
    }
};

QTEST_APPLESS_MAIN(TestImpactUncertainty)
#include "tst_impact_uncertainty.moc"
