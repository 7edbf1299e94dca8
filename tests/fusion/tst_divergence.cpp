// Divergence advisories: the nations disagreeing about where a missile lands, or one nation
// silent about a launch inside its coverage, raise a console advisory and mark the fused track.
#include "SyntheticSalvo.h"

#include "alerts/AlertBook.h"
#include "FusionSettled.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cop::testing::SyntheticSalvo;

namespace {

cop::Prediction prediction(const QString &trackId, cop::GeoPoint impact, double semiMajorM)
{
    cop::Prediction p;
    p.trackId = trackId;
    p.impactPoint = impact;
    p.impactTimeUtcUs = SyntheticSalvo::kStartUtcUs + 300'000'000;
    p.ellipses = {{0.5, semiMajorM * 0.48, semiMajorM * 0.29, 80.0},
                  {0.95, semiMajorM, semiMajorM * 0.6, 80.0}};
    return p;
}

struct Console
{
    Console()
        : alerts(&picture, u"Sato"_s, u"tokyo-1"_s)
        , fused(&picture, &alerts)
    {
        alerts.setClock([] { return SyntheticSalvo::kStartUtcUs; });
    }

    // Every listed service reports missile 0 at `timeS`, as one batch each.
    void report(const QStringList &services, int timeS)
    {
        for (size_t s = 0; s < salvo.services().size(); ++s) {
            if (!services.contains(salvo.services()[s].name))
                continue;
            cop::Track track = salvo.report(s, 0, timeS);
            send(track.service, track.state);
        }
    }

    void send(const QString &service, cop::PictureEvent event)
    {
        cop::ServiceBatch batch;
        batch.service = service;
        batch.receivedUtcUs = SyntheticSalvo::kStartUtcUs;
        batch.events.push_back({++sequence, std::move(event)});
        picture.applyBatch(batch);
        fusionSettled(fused);
    }

    void predict(const QString &service, cop::GeoPoint impact)
    {
        send(service, prediction(SyntheticSalvo::trackId(salvo.services()[index(service)], 0),
                                 impact, 8'000.0));
    }

    size_t index(const QString &service) const
    {
        for (size_t s = 0; s < salvo.services().size(); ++s) {
            if (salvo.services()[s].name == service)
                return s;
        }
        return 0;
    }

    const cop::FusedTrack &onlyTrack() const { return *fused.tracks().front(); }

    const cop::Alert *advisory() const
    {
        const auto it = alerts.alerts().constFind(
            {cop::FusedPicture::kAdvisoryService, cop::FusedPicture::advisoryId(onlyTrack().id)});
        return it == alerts.alerts().cend() ? nullptr : &*it;
    }

    SyntheticSalvo salvo{1, 0.0, cop::testing::threeNations(), 5};
    cop::Picture picture;
    cop::AlertBook alerts;
    cop::FusedPicture fused;
    quint64 sequence = 0;
};

const cop::GeoPoint kImpact{40.0, 135.0, 0.0};
const cop::GeoPoint kElsewhere{40.6, 135.3, 0.0}; // ~70 km away: far outside 8 km ellipses

} // namespace

class DivergenceTest : public QObject
{
    Q_OBJECT

private slots:
    void agreeingPredictionsRaiseNothingAndTheBestOneIsShown()
    {
        Console console;
        console.report({u"US"_s, u"JP"_s, u"KR"_s}, 10);
        for (const QString &nation : {u"US"_s, u"JP"_s, u"KR"_s})
            console.predict(nation, {kImpact.latDeg + 0.01, kImpact.lonDeg, 0.0});
        QCOMPARE(int(console.fused.tracks().size()), 1);
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::None));
        QVERIFY(!console.advisory());
        QCOMPARE(console.onlyTrack().predictionSource->service, u"US"_s); // the most accurate
    }

    void impactDisagreementRaisesAnAdvisoryNamingTheOddNationOut()
    {
        Console console;
        console.report({u"US"_s, u"JP"_s, u"KR"_s}, 10);
        console.predict(u"US"_s, kImpact);
        console.predict(u"KR"_s, kImpact);
        console.predict(u"JP"_s, kElsewhere);
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::ImpactDisagrees));
        QCOMPARE(console.onlyTrack().divergingNations, QStringList{u"JP"_s});
        const cop::Alert *advisory = console.advisory();
        QVERIFY(advisory);
        QVERIFY(advisory->raisedByConsole);
        QCOMPARE(int(advisory->report.kind), int(cop::AlertKind::Divergence));
        QCOMPARE(int(advisory->report.severity), int(cop::Severity::Advisory));
        QCOMPARE(advisory->report.trackId, console.onlyTrack().id);
        QCOMPARE(int(advisory->state()), int(cop::AlertState::ActiveUnacknowledged));

        // Japan's next prediction agrees: the condition clears (ISA-18.2: still to be seen).
        console.predict(u"JP"_s, kImpact);
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::None));
        QCOMPARE(int(console.advisory()->state()), int(cop::AlertState::ClearedUnacknowledged));
    }

    void provisionalAndLocalPredictionsAreNotComparedAgainstEachOther()
    {
        Console console;
        console.report({u"US"_s, u"JP"_s}, 10);
        console.predict(u"US"_s, kImpact);
        cop::Prediction boost = prediction(SyntheticSalvo::trackId(console.salvo.services()[1], 0),
                                           kElsewhere, 8'000.0);
        boost.provisional = true; // boost-phase predictions jump about
        console.send(u"JP"_s, boost);
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::None));
    }

    void aNationSilentAboutALaunchInsideItsCoverageIsFlaggedAfterItsGrace()
    {
        Console console;
        cop::FeedStatus korea;
        korea.service = u"KR"_s;
        korea.state = cop::FeedState::Live;
        console.picture.updateFeed(korea);
        QVERIFY(fusionSettled(console.fused));
        const int graceS = int(cop::DivergenceCheck::kDetectionGraceUs / 1'000'000);
        for (int t = 0; t <= graceS + 5; ++t) {
            console.report({u"US"_s, u"JP"_s}, t);
            if (t < graceS)
                QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::None));
        }
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::UnseenInCoverage));
        QCOMPARE(console.onlyTrack().divergingNations, QStringList{u"KR"_s});
        QVERIFY(console.advisory());

        // Korea's feed goes down: its silence now says nothing, its own feed alarm says why.
        korea.state = cop::FeedState::Down;
        console.picture.updateFeed(korea);
        QVERIFY(fusionSettled(console.fused));
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::None));
    }

    void aNationThatReportedTheTrackOnceIsNotSilentAboutIt()
    {
        Console console;
        for (int t = 0; t < 70; ++t) {
            // Korea loses the track after 20 s (it left its radar's view); that is no divergence.
            console.report(t < 20 ? QStringList{u"US"_s, u"JP"_s, u"KR"_s} : QStringList{u"US"_s, u"JP"_s}, t);
            if (t == 20) {
                cop::TrackDrop drop;
                drop.trackId = SyntheticSalvo::trackId(console.salvo.services()[2], 0);
                console.send(u"KR"_s, drop);
            }
        }
        QCOMPARE(int(console.onlyTrack().divergence), int(cop::Divergence::None));
        QCOMPARE(console.onlyTrack().nations(), QStringList({u"US"_s, u"JP"_s}));
    }
};

QTEST_GUILESS_MAIN(DivergenceTest)
#include "tst_divergence.moc"
