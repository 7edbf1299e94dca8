#include "ServiceResume.h"

#include "EventLog.h"
#include "Simulator.h"
#include "StateStore.h"

#include "journal/Crc32c.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <algorithm>

namespace cop::sim {

cop::sim::v1::ServiceIdentity identityOf(const cop::sim::v1::Scenario &scenario,
                                         cop::v1::Nation nation, uint64_t seed, double rate,
                                         int64_t startUtcUs)
{
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream stream(&bytes);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        scenario.SerializeToCodedStream(&coded);
    }
    cop::sim::v1::ServiceIdentity identity;
    identity.set_nation(nation);
    identity.set_seed(seed);
    identity.set_rate(rate);
    identity.set_start_utc_us(startUtcUs);
    identity.set_scenario_crc32c(cop::crc32c(QByteArrayView(bytes.data(), qsizetype(bytes.size()))));
    identity.set_scenario_bytes(bytes.size());
    return identity;
}

bool mayResume(const cop::sim::v1::ServiceIdentity &stored,
               const cop::sim::v1::ServiceIdentity &wanted, bool startFixed)
{
    return stored.nation() == wanted.nation() && stored.seed() == wanted.seed()
           && stored.rate() == wanted.rate() && stored.scenario_crc32c() == wanted.scenario_crc32c()
           && stored.scenario_bytes() == wanted.scenario_bytes()
           && (!startFixed || stored.start_utc_us() == wanted.start_utc_us());
}

ResumeReport replayStore(const StateStore &store, Simulator &simulator, EventLog &log,
                         int64_t nowUtcUs)
{
    const auto scenarioTime = [&](int64_t utcUs) {
        return std::max(0.0, double(utcUs - simulator.utcUsAt(0.0)) * 1e-6
                                 * store.identity()->rate());
    };
    ResumeReport report;
    report.fromS = scenarioTime(nowUtcUs);
    for (const auto &ack : store.acknowledgements()) {
        simulator.advanceTo(std::min(scenarioTime(ack.time_utc_us()), report.fromS));
        if (log.acknowledge(ack.alert_id(), ack.operator_name(), ack.console_id(),
                            ack.time_utc_us()))
            ++report.acknowledgements;
    }
    simulator.advanceTo(report.fromS);
    for (const auto &[id, stored] : store.alerts()) {
        const auto alert = log.alert(id);
        if (!alert)
            ++report.alertsMissing;
        else if (alert->kind() != stored.kind() || alert->track_id() != stored.track_id())
            ++report.alertsDiffering;
    }
    return report;
}

} // namespace cop::sim
