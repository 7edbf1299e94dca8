// A fused track coasting on reports that stopped in terminal phase (its only service went down)
// is held at its predicted impact and retired: never shown below the ground.
#include "TrackOverSea.h"
#include "fusion/FusionPass.h"
#include "fusion/TrackFuser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cop::ServiceKey;
using cop::Track;
using cop::TrackTable;

using cop::testing::kStartUtcUs;
using cop::testing::trackOverSea;

namespace {

const ServiceKey kFalling{u"JP"_s, u"JP-7"_s};

// JP's last report: 20 km up, falling at 2 km/s; JP then stops reporting.
TrackTable lastReportOfAFallingMissile()
{
    TrackTable tracks;
    tracks.insert(kFalling, trackOverSea(kFalling.service, kFalling.id, kStartUtcUs, 20'000.0, -2'000.0,
                                         cop::TrackPhase::Terminal));
    return tracks;
}

// Korea reports another missile far above, so the fusion's time moves on.
void koreaAt(TrackTable &tracks, qint64 timeUtcUs)
{
    tracks.insert({u"KR"_s, u"KR-1"_s},
                  trackOverSea(u"KR"_s, u"KR-1"_s, timeUtcUs, 300'000.0, 0.0, cop::TrackPhase::Midcourse));
}

// A pass's index and assignment name exactly the tracks of its result, and their contributors.
void verifyIndexed(const cop::FusionResult &result)
{
    QCOMPARE(result.index.size(), qsizetype(result.tracks.size()));
    qsizetype contributors = 0;
    for (size_t i = 0; i < result.tracks.size(); ++i) {
        const cop::FusedTrack &track = result.tracks[i];
        QCOMPARE(result.index.value(track.id, -1), qsizetype(i));
        for (const cop::Contributor &contributor : track.contributors)
            QCOMPARE(result.assignment.value(contributor.key), track.id);
        contributors += qsizetype(track.contributors.size());
    }
    QCOMPARE(result.assignment.size(), contributors);
}

} // namespace

class FusionImpactTest : public QObject
{
    Q_OBJECT

private slots:
    void coastingIntoTheGroundIsHeldAtPredictedImpactThenRetired()
    {
        cop::TrackFuser fuser;
        TrackTable tracks = lastReportOfAFallingMissile();
        const ServiceKey &falling = kFalling;
        QString fusedId;
        qint64 impactUtcUs = 0;
        bool retired = false;
        for (int t = 0; t <= 150; ++t) {
            koreaAt(tracks, kStartUtcUs + qint64(t) * 1'000'000);
            fuser.update(tracks);
            if (t == 0)
                fusedId = fuser.fusedIdOf(falling);
            for (const cop::FusedTrack *fused : fuser.tracks())
                QVERIFY2(fused->position.heightM >= 0.0, qPrintable(fused->id));
            const cop::FusedTrack *fused = nullptr;
            for (const cop::FusedTrack *candidate : fuser.tracks()) {
                if (candidate->id == fusedId)
                    fused = candidate;
            }
            // Its stale track never starts another fused track.
            QVERIFY(fuser.tracks().size() <= 2);
            QCOMPARE(fuser.fusedIdOf(falling), fusedId);
            if (!fused) {
                QVERIFY(impactUtcUs != 0); // retired only once it has met the ground
                retired = true;
            } else if (fused->predictedImpactUtcUs == 0) {
                QCOMPARE(impactUtcUs, qint64(0)); // flying: until it meets the ground
            } else {
                QVERIFY(!retired);
                QVERIFY(fused->position.heightM < 50.0);
                if (impactUtcUs == 0)
                    impactUtcUs = fused->predictedImpactUtcUs;
                // Held where it met the ground, not flown on.
                QCOMPARE(fused->predictedImpactUtcUs, impactUtcUs);
            }
        }
        // 20 km at 2 km/s, slowed by the air: seconds, not minutes.
        QVERIFY(impactUtcUs > kStartUtcUs + 8'000'000 && impactUtcUs < kStartUtcUs + 30'000'000);
        QVERIFY(retired);
        QCOMPARE(int(fuser.tracks().size()), 1);
        QCOMPARE(fuser.tracks().front()->predictedImpactUtcUs, qint64(0));
    }

    // A track that retires, or comes back when its service reports again, changes the pass's
    // tracks without changing any track's contributors: its index must follow.
    void aPassIndexesTheTracksOfItsResultAsTheyRetireAndComeBack()
    {
        cop::FusionPass pass(cop::NationCoverage::regional());
        cop::FusionInput input;
        input.tracks = lastReportOfAFallingMissile();
        bool retired = false;
        for (int t = 0; t <= 100; ++t) {
            koreaAt(input.tracks, kStartUtcUs + qint64(t) * 1'000'000);
            const cop::FusionResult result = pass.run(input);
            verifyIndexed(result);
            if (QTest::currentTestFailed())
                return;
            retired |= result.tracks.size() == 1;
        }
        QVERIFY(retired);
        input.tracks.insert(kFalling, trackOverSea(u"JP"_s, u"JP-7"_s, kStartUtcUs + 100'000'000, 4'000.0, -300.0,
                                                   cop::TrackPhase::Terminal));
        const cop::FusionResult back = pass.run(input);
        QCOMPARE(back.tracks.size(), size_t(2));
        verifyIndexed(back);
    }

    void aFreshReportLiftsTheImpactPrediction()
    {
        cop::TrackFuser fuser;
        TrackTable tracks = lastReportOfAFallingMissile();
        const ServiceKey &key = kFalling;
        koreaAt(tracks, kStartUtcUs + 40'000'000);
        fuser.update(tracks);
        QVERIFY(fuser.find(fuser.fusedIdOf(key))->predictedImpactUtcUs != 0);
        // The service comes back: the missile was slower than its last report said.
        tracks.insert(key, trackOverSea(u"JP"_s, u"JP-7"_s, kStartUtcUs + 40'000'000, 4'000.0, -300.0,
                                   cop::TrackPhase::Terminal));
        fuser.update(tracks);
        const cop::FusedTrack *fused = fuser.find(fuser.fusedIdOf(key));
        QCOMPARE(fused->predictedImpactUtcUs, qint64(0));
        QVERIFY(fused->position.heightM > 3'000.0);
    }
};

QTEST_GUILESS_MAIN(FusionImpactTest)
#include "tst_fusion_impact.moc"
