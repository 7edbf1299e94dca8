// Fused covariance consistency under correlated errors: the nations' trackers share sensors,
// models and the missile's own manoeuvres, so their errors correlate by an amount nobody
// reports. Covariance intersection must stay consistent (NEES no larger than chi-square says);
// fusing as if the errors were independent is shown overconfident on the same data.
#include "fusion/CovarianceIntersection.h"

#include <Eigen/Cholesky>

#include <QTest>

#include <random>

namespace {

constexpr int kTrials = 4'000;
constexpr double kCorrelation = 0.7;
constexpr double kChi2Dof6P99 = 16.81;

cop::Matrix6d covariance(double positionSigmaM, double velocitySigmaMps, double coupling)
{
    cop::Matrix6d P = cop::Matrix6d::Zero();
    P.topLeftCorner<3, 3>().diagonal() << positionSigmaM * positionSigmaM,
        0.6 * positionSigmaM * positionSigmaM, 1.5 * positionSigmaM * positionSigmaM;
    P.bottomRightCorner<3, 3>().diagonal().setConstant(velocitySigmaMps * velocitySigmaMps);
    // Position and velocity errors of a tracker are coupled.
    for (int i = 0; i < 3; ++i)
        P(i, i + 3) = P(i + 3, i) = coupling * std::sqrt(P(i, i) * P(i + 3, i + 3));
    return P;
}

double nees(const cop::StateEstimate &estimate, const cop::Vector6d &truth)
{
    const cop::Vector6d error = estimate.x - truth;
    return error.dot(estimate.P.llt().solve(error));
}

struct Nees
{
    double mean = 0.0;
    double fractionAbove99 = 0.0;
};

} // namespace

class CovarianceIntersectionTest : public QObject
{
    Q_OBJECT

private slots:
    void staysConsistentWhereIndependentFusionIsOverconfident()
    {
        const std::vector<cop::Matrix6d> covariances{covariance(150.0, 10.0, 0.5),
                                                     covariance(250.0, 20.0, 0.3),
                                                     covariance(200.0, 15.0, 0.4)};
        std::vector<Eigen::Matrix<double, 6, 6>> roots;
        for (const cop::Matrix6d &P : covariances)
            roots.push_back(P.llt().matrixL());

        std::mt19937_64 random(20261127);
        std::normal_distribution<double> normal;
        const auto gaussian = [&] {
            cop::Vector6d z;
            for (int i = 0; i < 6; ++i)
                z(i) = normal(random);
            return z;
        };
        Nees ci, naive;
        const cop::Vector6d truth = (cop::Vector6d() << -3.1e6, 4.0e6, 4.1e6, 1500, 900, 400).finished();
        for (int trial = 0; trial < kTrials; ++trial) {
            // Each input's error has exactly its reported covariance; the shared part makes them
            // correlated with each other.
            const cop::Vector6d common = gaussian();
            std::vector<cop::StateEstimate> inputs;
            for (size_t i = 0; i < covariances.size(); ++i) {
                cop::StateEstimate input;
                input.P = covariances[i];
                input.x = truth
                          + roots[i] * (std::sqrt(kCorrelation) * common
                                        + std::sqrt(1.0 - kCorrelation) * gaussian());
                inputs.push_back(input);
            }
            cop::StateEstimate independent;
            cop::Matrix6d information = cop::Matrix6d::Zero();
            cop::Vector6d informationState = cop::Vector6d::Zero();
            for (const cop::StateEstimate &input : inputs) {
                const cop::Matrix6d inverse = input.P.llt().solve(cop::Matrix6d::Identity());
                information += inverse;
                informationState += inverse * input.x;
            }
            independent.P = information.llt().solve(cop::Matrix6d::Identity());
            independent.x = independent.P * informationState;

            for (auto [estimate, score] : {std::pair{cop::covarianceIntersection(inputs), &ci},
                                           std::pair{independent, &naive}}) {
                const double value = nees(estimate, truth);
                score->mean += value / kTrials;
                score->fractionAbove99 += value > kChi2Dof6P99 ? 1.0 / kTrials : 0.0;
            }
        }
        // Mean NEES of a consistent 6-D estimate is at most 6; 3 standard errors of the mean
        // of kTrials chi-square(6) samples above that is the bound.
        const double upper = 6.0 + 3.0 * std::sqrt(12.0 / kTrials);
        const QString figures = QStringLiteral("CI mean NEES %1 (%2 above the 99 % point), "
                                               "independent fusion %3 (%4)")
                                    .arg(ci.mean).arg(ci.fractionAbove99)
                                    .arg(naive.mean).arg(naive.fractionAbove99);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(ci.mean <= upper, qPrintable(figures));
        QVERIFY2(ci.fractionAbove99 <= 0.015, qPrintable(figures));
        QVERIFY2(naive.mean > upper, qPrintable(figures));
        QVERIFY2(naive.fractionAbove99 > 0.05, qPrintable(figures));
    }
};

QTEST_GUILESS_MAIN(CovarianceIntersectionTest)
#include "tst_covariance_intersection.moc"
