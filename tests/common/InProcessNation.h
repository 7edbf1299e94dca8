#pragma once

// One nation's simulated track service played in process and faster than real time, drained
// through the console's decoder as its client would batch it: the real simulator and the real
// decoder, without processes or gRPC in between.

#include "EventDecoder.h"
#include "EventLog.h"
#include "picture/Picture.h"
#include "Scenario.h"
#include "Simulator.h"

#include <QStringList>

#include <memory>
#include <vector>

struct InProcessNation
{
    // One clock for all nations, as scripts/demo gives its services (cop-sim --start-utc).
    static constexpr int64_t kStartUtcUs = 1'700'000'000'000'000;

    InProcessNation(const QString &nationName, cop::v1::Nation nation, const cop::sim::v1::Scenario &scenario,
                    uint64_t seed = 2026, int64_t startUtcUs = kStartUtcUs)
        : name(nationName)
        , log("in-process-" + nationName.toStdString())
        , simulator(log, scenario, nation, seed, 1.0, startUtcUs)
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

// The three nations, US, JP and KR, each playing `scenario`.
inline std::vector<std::unique_ptr<InProcessNation>> allNations(const cop::sim::v1::Scenario &scenario)
{
    std::vector<std::unique_ptr<InProcessNation>> nations;
    nations.push_back(std::make_unique<InProcessNation>(QStringLiteral("US"), cop::v1::NATION_US, scenario));
    nations.push_back(std::make_unique<InProcessNation>(QStringLiteral("JP"), cop::v1::NATION_JP, scenario));
    nations.push_back(std::make_unique<InProcessNation>(QStringLiteral("KR"), cop::v1::NATION_KR, scenario));
    return nations;
}

// Plays the nations into picture from t until untilS (scenario seconds) in steps of half a
// second, each step's events applied as the console's clients would deliver them, the picture's
// clock on the scenario's; t ends past untilS, so the next call goes on from there. afterStep
// runs after each step.
template<typename AfterStep>
void flyNations(const std::vector<std::unique_ptr<InProcessNation>> &nations, cop::Picture &picture, double &t,
                double untilS, AfterStep afterStep)
{
    for (; t <= untilS; t += 0.5) {
        picture.setReplayClock(nations.front()->simulator.utcUsAt(t));
        for (auto &nation : nations) {
            nation->simulator.advanceTo(t);
            const cop::ServiceBatch batch = nation->drain(nation->simulator.utcUsAt(t));
            if (!batch.isEmpty())
                picture.applyBatch(batch);
        }
        afterStep();
    }
}
