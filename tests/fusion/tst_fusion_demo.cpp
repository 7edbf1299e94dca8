// The demo scenario as the three nations' simulators play it, in-process and faster than real
// time, through the client's decoder into a Picture and its fused view: one fused track per
// missile all the way, and never a divergence advisory between nations that agree.
#include "alerts/AlertBook.h"
#include "FusionSettled.h"
#include "InProcessNation.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class FusionDemoTest : public QObject
{
    Q_OBJECT

private slots:
    void demoGivesOneFusedTrackPerMissileAndNoDivergence()
    {
        const cop::sim::v1::Scenario scenario = cop::sim::loadScenario(COP_DEMO_SCENARIO);
        const auto nations = allNations(scenario);
        cop::Picture picture;
        cop::AlertBook alerts(&picture, u"Kim"_s, u"seoul-1"_s);
        cop::FusedPicture fused(&picture, &alerts);

        int steps = 0, stepsRight = 0, stepsWithTracks = 0, threeNationTracks = 0;
        int impactComparisons = 0; // fused track-batches with two or more comparable predictions
        QStringList divergences;
        // One cycle of the looping scenario, in half-second batches.
        for (double t = 0.0; t <= scenario.loop_period_s(); t += 0.5) {
            for (auto &nation : nations) {
                nation->simulator.advanceTo(t);
                const cop::ServiceBatch batch = nation->drain(nation->simulator.utcUsAt(t));
                if (!batch.isEmpty())
                    picture.applyBatch(batch);
            }
            QHash<QString, int> perNation;
            for (const cop::Track &track : picture.tracks())
                ++perNation[track.service];
            int expected = 0;
            for (int count : std::as_const(perNation))
                expected = std::max(expected, count);
            QVERIFY(fusionSettled(fused));
            ++steps;
            stepsRight += int(fused.tracks().size()) == expected ? 1 : 0;
            stepsWithTracks += expected > 0 ? 1 : 0;
            for (const cop::FusedTrack *track : fused.tracks()) {
                threeNationTracks += track->contributors.size() == 3 ? 1 : 0;
                int comparable = 0;
                for (const cop::Contributor &contributor : track->contributors) {
                    const auto p = picture.predictions().constFind(contributor.key);
                    comparable += p != picture.predictions().cend() && !p->provisional && !p->local
                                          && !p->ellipses.empty() ? 1 : 0;
                }
                impactComparisons += comparable >= 2 ? 1 : 0;
                if (track->divergence != cop::Divergence::None)
                    divergences.append(u"%1 at %2 s: %3"_s.arg(track->id).arg(t).arg(
                        track->divergingNations.join(u',')));
            }
        }
        qInfo("%d of %d batches with the right fused track count; %d fused track-batches with "
              "all three nations, %d with impact predictions compared", stepsRight, steps,
              threeNationTracks, impactComparisons);
        QVERIFY(stepsWithTracks > 100);
        QVERIFY2(stepsRight >= 0.99 * steps, qPrintable(u"%1 of %2"_s.arg(stepsRight).arg(steps)));
        QVERIFY(threeNationTracks > 0);
        QVERIFY(impactComparisons > 100); // the 'never' below is about something
        QVERIFY2(divergences.isEmpty(), qPrintable(divergences.mid(0, 10).join(u'\n')));
        // The simulator stays inside the contract's limits (picture.proto, client/WireLimits.h).
        for (const auto &nation : nations)
            QVERIFY2(nation->refused.isEmpty(), qPrintable(nation->refused.mid(0, 10).join(u'\n')));
        for (const cop::Alert &alert : alerts.alerts())
            QVERIFY(alert.report.kind != cop::AlertKind::Divergence);
    }
};

QTEST_GUILESS_MAIN(FusionDemoTest)
#include "tst_fusion_demo.moc"
