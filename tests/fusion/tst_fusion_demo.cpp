// The demo scenario as the three nations' simulators play it, in-process and faster than real
// time, through the client's decoder into a Picture and its fused view: one fused track per
// missile all the way, and never a divergence advisory between nations that agree.
#include "AlertBook.h"
#include "EventDecoder.h"
#include "EventLog.h"
#include "FusionSettled.h"
#include "Scenario.h"
#include "Simulator.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Nation
{
    Nation(const QString &name, cop::v1::Nation nation, const cop::sim::v1::Scenario &scenario)
        : name(name)
        , log("demo-" + name.toStdString())
        , simulator(log, scenario, nation, 2026, 1.0)
    {
    }

    // What the simulator appended since the last call, as the console's client would batch it
    // on receiving it at `receivedUtcUs`.
    cop::ServiceBatch drain(qint64 receivedUtcUs)
    {
        cop::ServiceBatch batch;
        batch.service = name;
        std::vector<cop::v1::PictureEvent> events;
        log.eventsAfter(lastSequence, 100'000, &events);
        for (const cop::v1::PictureEvent &event : events) {
            lastSequence = event.sequence();
            if (auto decoded = cop::decodeEvent(event, receivedUtcUs, &refused)) {
                if (auto *sequenced = std::get_if<cop::SequencedEvent>(&*decoded))
                    batch.events.push_back(std::move(*sequenced));
            }
        }
        return batch;
    }

    QString name;
    QStringList refused; // what the console's decoder would not take, with why
    cop::sim::EventLog log;
    cop::sim::Simulator simulator;
    quint64 lastSequence = 0;
};

} // namespace

class FusionDemoTest : public QObject
{
    Q_OBJECT

private slots:
    void demoGivesOneFusedTrackPerMissileAndNoDivergence()
    {
        const cop::sim::v1::Scenario scenario = cop::sim::loadScenario(COP_DEMO_SCENARIO);
        std::vector<std::unique_ptr<Nation>> nations;
        nations.push_back(std::make_unique<Nation>(u"US"_s, cop::v1::NATION_US, scenario));
        nations.push_back(std::make_unique<Nation>(u"JP"_s, cop::v1::NATION_JP, scenario));
        nations.push_back(std::make_unique<Nation>(u"KR"_s, cop::v1::NATION_KR, scenario));
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
