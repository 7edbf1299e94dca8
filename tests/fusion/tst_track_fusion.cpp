// Track-to-track association and fusion (core/fusion/TrackFuser) on synthetic salvos: the
// truth is known, so every association can be checked.
#include "SyntheticSalvo.h"

#include "fusion/TrackFuser.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using cop::ServiceKey;
using cop::Track;
using cop::TrackTable;
using cop::testing::SyntheticSalvo;

namespace {

// The missiles of a fused track's contributors: one when the association is right.
QSet<int> missilesOf(const cop::FusedTrack &fused)
{
    QSet<int> missiles;
    for (const cop::Contributor &contributor : fused.contributors)
        missiles.insert(SyntheticSalvo::missileOf(contributor.key.id));
    return missiles;
}

struct Scorecard
{
    int steps = 0;
    int stepsWithRightCount = 0;
    qint64 updates = 0;
    qint64 pureUpdates = 0;
    int idChanges = 0;
    QHash<int, QString> idOfMissile;

    void score(const cop::TrackFuser &fuser, int expectedCount)
    {
        const auto fused = fuser.tracks();
        ++steps;
        stepsWithRightCount += int(fused.size()) == expectedCount ? 1 : 0;
        for (const cop::FusedTrack *track : fused) {
            const QSet<int> missiles = missilesOf(*track);
            updates += qint64(track->contributors.size());
            if (missiles.size() == 1) {
                pureUpdates += qint64(track->contributors.size());
                const int missile = *missiles.begin();
                const QString known = idOfMissile.value(missile);
                if (known.isEmpty())
                    idOfMissile.insert(missile, track->id);
                else if (known != track->id)
                    ++idChanges;
            }
        }
    }
};

} // namespace

class TrackFusionTest : public QObject
{
    Q_OBJECT

private slots:
    void salvoKeepsOneFusedTrackPerMissileThroughLateJoinAndDropOut()
    {
        constexpr int kSalvo = 6;
        constexpr int kSingleSource = kSalvo; // the extra missile only the US sees
        constexpr int kJapanJoinsS = 30;
        constexpr int kKoreaDropsS = 80;
        constexpr int kKoreaReturnsS = 95;
        SyntheticSalvo salvo(kSalvo + 1, 2'000.0, cop::testing::threeNations(), 7);
        cop::TrackFuser fuser;
        TrackTable tracks;
        Scorecard card;
        for (int t = 0; t < 180; ++t) {
            for (size_t s = 0; s < salvo.services().size(); ++s) {
                const cop::testing::ServiceModel &service = salvo.services()[s];
                const bool japanAbsent = service.name == u"JP" && t < kJapanJoinsS;
                const bool koreaAbsent = service.name == u"KR" && t >= kKoreaDropsS && t < kKoreaReturnsS;
                if (koreaAbsent)
                    tracks.removeService(u"KR"_s);
                if (japanAbsent || koreaAbsent || !salvo.due(service, t))
                    continue;
                // Korea comes back as a new epoch of its service: every id is new.
                const int epoch = service.name == u"KR" && t >= kKoreaReturnsS ? 1 : 0;
                for (int m = 0; m < salvo.missiles(); ++m) {
                    if (m == kSingleSource && service.name != u"US")
                        continue;
                    Track track = salvo.report(s, m, t, epoch);
                    tracks.insert({service.name, track.state.trackId}, std::move(track));
                }
            }
            fuser.update(tracks);
            card.score(fuser, kSalvo + 1);
        }
        qInfo("%d of %d steps with one fused track per missile; %lld of %lld contributor updates pure",
              card.stepsWithRightCount, card.steps, card.pureUpdates, card.updates);
        QCOMPARE(card.stepsWithRightCount, card.steps);
        QVERIFY2(double(card.pureUpdates) >= 0.99 * double(card.updates),
                 qPrintable(QStringLiteral("%1 of %2 pure").arg(card.pureUpdates).arg(card.updates)));
        QCOMPARE(card.idChanges, 0);

        for (const cop::FusedTrack *track : fuser.tracks()) {
            const bool single = missilesOf(*track).contains(kSingleSource);
            QCOMPARE(int(track->contributors.size()), single ? 1 : 3);
            QCOMPARE(track->nations(), single ? QStringList{u"US"_s}
                                              : QStringList({u"US"_s, u"JP"_s, u"KR"_s}));
        }
    }

    void fusedIdsSurviveEveryServiceReconnectingWithNewIds()
    {
        SyntheticSalvo salvo(4, 5'000.0, cop::testing::threeNations(), 11);
        cop::TrackFuser fuser;
        TrackTable tracks;
        const auto feed = [&](int t, int epoch) {
            for (size_t s = 0; s < salvo.services().size(); ++s) {
                for (int m = 0; m < salvo.missiles(); ++m) {
                    Track track = salvo.report(s, m, t, epoch);
                    tracks.insert({track.service, track.state.trackId}, std::move(track));
                }
            }
            fuser.update(tracks);
        };
        for (int t = 0; t < 10; ++t)
            feed(t, 0);
        QHash<int, QString> before;
        for (const cop::FusedTrack *track : fuser.tracks())
            before.insert(*missilesOf(*track).begin(), track->id);
        QCOMPARE(before.size(), 4);

        // Every feed lost at once: nothing to show, but the fused tracks coast.
        tracks.clear();
        fuser.update(tracks);
        QVERIFY(fuser.tracks().empty());
        for (int t = 14; t < 20; ++t)
            feed(t, 1);
        QCOMPARE(int(fuser.tracks().size()), 4);
        for (const cop::FusedTrack *track : fuser.tracks()) {
            QCOMPARE(missilesOf(*track).size(), 1);
            QCOMPARE(track->id, before.value(*missilesOf(*track).begin()));
            QCOMPARE(int(track->contributors.size()), 3);
        }
    }

    void tracksThatMissedEachOtherAtFirstAreJoinedUnderTheOlderId()
    {
        SyntheticSalvo salvo(1, 0.0, cop::testing::threeNations(), 13);
        cop::TrackFuser fuser;
        TrackTable tracks;
        QString firstId;
        for (int t = 0; t < 12; ++t) {
            for (size_t s = 0; s < salvo.services().size(); ++s) {
                Track track = salvo.report(s, 0, t);
                // Korea's first reports are 5 km off (a track still settling): no gate passes.
                if (track.service == u"KR" && t < 4)
                    track.state.positionEcef[2] += 5'000.0;
                tracks.insert({track.service, track.state.trackId}, std::move(track));
            }
            fuser.update(tracks);
            if (t == 0)
                firstId = fuser.fusedIdOf({u"US"_s, SyntheticSalvo::trackId(salvo.services()[0], 0)});
            if (t == 2)
                QCOMPARE(int(fuser.tracks().size()), 2);
        }
        QCOMPARE(int(fuser.tracks().size()), 1);
        QCOMPARE(fuser.tracks().front()->id, firstId);
        QCOMPARE(fuser.tracks().front()->nations(), QStringList({u"US"_s, u"JP"_s, u"KR"_s}));
    }

    // Just after separation a spent stage flies beside its vehicle, within every gate on position.
    // Korea's radar sees the two 300 m apart the other way round from the others: by position its
    // vehicle goes with their stage. What the services say each object is keeps them apart.
    void aSpentStageIsNeverFusedWithItsVehicle()
    {
        SyntheticSalvo salvo(1, 0.0, cop::testing::threeNations(), 5);
        cop::TrackFuser fuser;
        TrackTable tracks;
        for (int t = 0; t < 6; ++t) {
            for (size_t s = 0; s < salvo.services().size(); ++s) {
                Track vehicle = salvo.report(s, 0, t);
                Track stage = vehicle;
                vehicle.state.objectKind = cop::ObjectKind::Vehicle;
                stage.state.objectKind = cop::ObjectKind::Stage;
                stage.state.stage = 1;
                stage.state.trackId += u"-stage"_s;
                stage.state.parentTrackId = vehicle.state.trackId;
                (vehicle.service == u"KR" ? vehicle : stage).state.positionEcef[2] += 300.0;
                tracks.insert({vehicle.service, vehicle.state.trackId}, vehicle);
                tracks.insert({stage.service, stage.state.trackId}, stage);
            }
            fuser.update(tracks);
        }
        QCOMPARE(int(fuser.tracks().size()), 2);
        for (const cop::FusedTrack *fused : fuser.tracks()) {
            QCOMPARE(fused->contributors.size(), size_t(3));
            for (const cop::Contributor &c : fused->contributors)
                QCOMPARE(tracks.value(c.key).state.objectKind, fused->objectKind);
        }
        QVERIFY(cop::maySameObject(cop::ObjectKind::Unknown, 0, cop::ObjectKind::Stage, 2));
        QVERIFY(!cop::maySameObject(cop::ObjectKind::Stage, 1, cop::ObjectKind::Stage, 2));
        QVERIFY(!cop::maySameObject(cop::ObjectKind::Fairing, 0, cop::ObjectKind::Vehicle, 0));
    }

    void contributorsCarryTheirOwnIdsAgesAndAccuracies()
    {
        SyntheticSalvo salvo(1, 0.0, cop::testing::threeNations(), 3);
        cop::TrackFuser fuser;
        TrackTable tracks;
        for (size_t s = 0; s < salvo.services().size(); ++s) {
            Track track = salvo.report(s, 0, 10);
            tracks.insert({track.service, track.state.trackId}, std::move(track));
        }
        fuser.update(tracks);
        QCOMPARE(int(fuser.tracks().size()), 1);
        const cop::FusedTrack &fused = *fuser.tracks().front();
        QCOMPARE(fused.best().key.service, u"US"_s);
        for (const cop::Contributor &c : fused.contributors) {
            const Track &source = tracks.value(c.key);
            QCOMPARE(c.timeUtcUs, source.state.timeUtcUs);
            QCOMPARE(fuser.fusedIdOf(c.key), fused.id);
        }
        const auto sigmaOf = [&](const QString &service) {
            for (const cop::Contributor &c : fused.contributors) {
                if (c.key.service == service)
                    return c.positionSigmaM;
            }
            return 0.0;
        };
        QCOMPARE(qRound(sigmaOf(u"US"_s)), 150);
        QCOMPARE(qRound(sigmaOf(u"JP"_s)), 250);
        // Fused no worse than the best input, and never claiming more than the best could give.
        QVERIFY(fused.state.positionSigmaM() <= sigmaOf(u"US"_s) + 1.0);
        QVERIFY(fused.state.positionSigmaM() > 0.5 * sigmaOf(u"US"_s));
    }
};

QTEST_GUILESS_MAIN(TrackFusionTest)
#include "tst_track_fusion.moc"
