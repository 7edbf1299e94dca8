#include "BallisticCases.h"
#include "session/LocalPredictionScheduler.h"
#include "picture/ImpactArea.h"
#include "picture/Picture.h"
#include "regions/RegionMap.h"

#include <QTest>

#include <cmath>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

// Generous: the prediction takes milliseconds, but the machine may be busy.
constexpr int kWaitMs = 30'000;

TrackUpdate midcourseTrack(const QString &id)
{
    const dynamics::TrackEstimate srbm = testing::srbm();
    TrackUpdate update;
    update.trackId = id;
    update.timeUtcUs = 1'700'000'000'000'000;
    for (int i = 0; i < 3; ++i) {
        update.positionEcef[i] = srbm.state(i);
        update.velocityEcef[i] = srbm.state(3 + i);
    }
    update.position = geodeticFromEcef(update.positionEcef);
    update.phase = TrackPhase::Midcourse;
    return update;
}

ServiceBatch batchOf(const QString &service, std::vector<PictureEvent> events)
{
    ServiceBatch batch;
    batch.service = service;
    quint64 sequence = 1;
    for (auto &event : events)
        batch.events.push_back({sequence++, std::move(event)});
    return batch;
}

Prediction servicePrediction(const QString &trackId)
{
    Prediction prediction;
    prediction.trackId = trackId;
    prediction.impactPoint = {40.0, 133.0, 0.0};
    prediction.impactTimeUtcUs = 1;
    return prediction;
}

} // namespace

class TestLocalPrediction : public QObject
{
    Q_OBJECT

private slots:
    void trackWithoutServicePredictionGetsALocalOne()
    {
        Picture picture;
        LocalPredictionScheduler scheduler(&picture);
        picture.applyBatch(batchOf("KR", {midcourseTrack("K1")}));
        QTRY_VERIFY_WITH_TIMEOUT(picture.predictions().contains({"KR", "K1"}), kWaitMs);

        const Prediction p = picture.predictions().value({"KR", "K1"});
        QVERIFY(p.local);
        QVERIFY(!p.provisional);
        QCOMPARE(p.issuedUtcUs, midcourseTrack("K1").timeUtcUs);
        QVERIFY(p.trajectory.size() >= 5);
        QCOMPARE(p.ellipses.size(), size_t(2));
        QCOMPARE(p.ellipses[0].confidence, 0.5);
        QCOMPARE(p.ellipses[1].confidence, 0.95);
        QVERIFY(p.ellipses[1].semiMajorM > 0.0);
        // East of the launch, hundreds of km downrange, some minutes later.
        QVERIFY(p.impactPoint.lonDeg > 130.0 && p.impactPoint.lonDeg < 136.0);
        const double flightS = double(p.impactTimeUtcUs - p.issuedUtcUs) / 1e6;
        QVERIFY(flightS > 200.0 && flightS < 600.0);
    }

    void servicePredictionIsNeitherReplacedNorDuplicated()
    {
        Picture picture;
        LocalPredictionScheduler scheduler(&picture);
        picture.applyBatch(batchOf("US", {midcourseTrack("U1"), servicePrediction("U1")}));
        picture.applyBatch(batchOf("JP", {midcourseTrack("J1")}));
        // The JP track's local prediction arriving shows the pool has had its turn at US too.
        QTRY_VERIFY_WITH_TIMEOUT(picture.predictions().contains({"JP", "J1"}), kWaitMs);
        QVERIFY(!picture.predictions().value({"US", "U1"}).local);
        QCOMPARE(picture.predictions().value({"US", "U1"}).impactPoint.lonDeg, 133.0);
    }

    void servicePredictionReplacesALocalOne()
    {
        Picture picture;
        LocalPredictionScheduler scheduler(&picture);
        picture.applyBatch(batchOf("JP", {midcourseTrack("J1")}));
        QTRY_VERIFY_WITH_TIMEOUT(picture.predictions().contains({"JP", "J1"}), kWaitMs);
        picture.applyBatch(batchOf("JP", {servicePrediction("J1")}));
        QVERIFY(!picture.predictions().value({"JP", "J1"}).local);
        // A late local result must not undo it.
        Prediction late = servicePrediction("J1");
        picture.applyLocalPrediction("JP", late);
        QVERIFY(!picture.predictions().value({"JP", "J1"}).local);
    }

    void boostingTrackGetsAProvisionalPrediction()
    {
        Picture picture;
        LocalPredictionScheduler scheduler(&picture);
        TrackUpdate boosting = midcourseTrack("B1");
        boosting.phase = TrackPhase::Boost;
        picture.applyBatch(batchOf("KR", {boosting}));
        QTRY_VERIFY_WITH_TIMEOUT(picture.predictions().contains({"KR", "B1"}), kWaitMs);
        QVERIFY(picture.predictions().value({"KR", "B1"}).provisional);
    }

    // A vehicle that has reached orbit speed, 500 km up, level and due south: this console's own
    // prediction is its ground track, with no impact and no ellipse to draw.
    void orbitingTrackGetsAGroundTrackAndNoEllipse()
    {
        Picture picture;
        LocalPredictionScheduler scheduler(&picture);
        TrackUpdate orbiting = midcourseTrack("S1");
        const double radiusM = 6'878'137.0;
        const dynamics::State state = testing::stateOver({30.0, 125.0, 500'000.0}, std::sqrt(3.986004418e14 / radiusM),
                                                         0.0, 180.0);
        for (int i = 0; i < 3; ++i) {
            orbiting.positionEcef[i] = state(i);
            orbiting.velocityEcef[i] = state(3 + i);
        }
        orbiting.position = geodeticFromEcef(orbiting.positionEcef);
        picture.applyBatch(batchOf("KR", {orbiting}));
        QTRY_VERIFY_WITH_TIMEOUT(picture.predictions().contains({"KR", "S1"}), kWaitMs);
        const Prediction p = picture.predictions().value({"KR", "S1"});
        QVERIFY(p.local);
        QVERIFY(p.orbital);
        QVERIFY(p.ellipses.empty());
        QVERIFY(p.trajectory.size() >= 20);
        QCOMPARE(p.trajectory.front().timeUtcUs, orbiting.timeUtcUs);
        // About one revolution of a low orbit: an hour and a half.
        const double revolutionS = double(p.trajectory.back().timeUtcUs - p.trajectory.front().timeUtcUs) / 1e6;
        QVERIFY2(revolutionS > 5'300.0 && revolutionS < 6'000.0, qPrintable(QString::number(revolutionS)));
        // The alert row's words for it, which name no region.
        QCOMPARE(impactAreaText(impactAreaOf(regions::RegionMap::builtIn(), p)), u"No impact: bound for orbit"_s);
    }

    void droppedTrackLosesItsLocalPrediction()
    {
        Picture picture;
        LocalPredictionScheduler scheduler(&picture);
        picture.applyBatch(batchOf("KR", {midcourseTrack("K1")}));
        QTRY_VERIFY_WITH_TIMEOUT(picture.predictions().contains({"KR", "K1"}), kWaitMs);
        picture.applyBatch(batchOf("KR", {TrackDrop{"K1", 2, DropReason::Impacted, false}}));
        QVERIFY(!picture.predictions().contains({"KR", "K1"}));
        // Nor does one still on its way bring it back.
        picture.applyLocalPrediction("KR", servicePrediction("K1"));
        QVERIFY(!picture.predictions().contains({"KR", "K1"}));
    }
};

QTEST_MAIN(TestLocalPrediction)
#include "tst_local_prediction.moc"
