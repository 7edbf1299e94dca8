// The GUI thread's cost of applying a service's batch to the Picture at watch-floor scale:
// three services of 10,000 tracks each, every track reported once a second, each service's
// updates drained every 50 ms (500 a batch). A fusion pass takes a copy of the tracks' table
// several times a second, and the batch after it pays for what that copy shares: the
// `shared` runs take a copy before every 8th batch (7.5 passes a second against the three
// services' 60 batches, about the rate at 3 x 10,000 on a 2-core host), the `alone` runs never.

#include "picture/Picture.h"

#include <benchmark/benchmark.h>

#include <QStringList>

#include <vector>

namespace {

constexpr int kTracks = 10'000;
constexpr int kBatch = 500;
const QStringList kServices{QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("US")};

std::vector<QString> trackIds()
{
    std::vector<QString> ids;
    for (int i = 0; i < kTracks; ++i)
        ids.push_back(QStringLiteral("T%1").arg(i));
    return ids;
}

cop::ServiceBatch batchOf(const QString &service, const std::vector<QString> &ids, int first, qint64 timeUs,
                          quint64 sequence)
{
    cop::ServiceBatch batch;
    batch.service = service;
    batch.receivedUtcUs = timeUs;
    for (int i = first; i < first + kBatch; ++i) {
        cop::TrackUpdate update;
        update.trackId = ids[size_t(i % kTracks)];
        update.timeUtcUs = timeUs;
        update.position = {30.0 + i % 100 * 0.1, 125.0 + i / 100 * 0.1, 80'000.0};
        update.covarianceUpper.emplace().fill(1.0);
        update.sensors = {QStringLiteral("GLASS")};
        batch.events.push_back({sequence++, std::move(update)});
    }
    return batch;
}

void applyBatch(benchmark::State &state, int passEvery)
{
    const std::vector<QString> ids = trackIds();
    cop::Picture picture;
    qint64 timeUs = 1'000'000'000;
    quint64 sequence = 1;
    // A second of every service first, so that each batch updates tracks the picture holds.
    for (int first = 0; first < kTracks; first += kBatch) {
        for (const QString &service : kServices)
            picture.applyBatch(batchOf(service, ids, first, timeUs, sequence));
        sequence += kBatch;
    }
    // Made ahead of the runs: what is timed is applying them.
    std::vector<cop::ServiceBatch> batches;
    for (int first = 0; first < 4 * kTracks; first += kBatch) {
        timeUs += 50'000;
        batches.push_back(batchOf(kServices[(first / kBatch) % 3], ids, first, timeUs, sequence));
        sequence += kBatch;
    }
    cop::TrackTable pass;
    size_t next = 0;
    for (auto _ : state) {
        if (passEvery > 0 && next % size_t(passEvery) == 0)
            pass = picture.tracks();
        picture.applyBatch(batches[next++ % batches.size()]);
    }
    state.counters["updates/s"] = benchmark::Counter(double(state.iterations()) * kBatch, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK_CAPTURE(applyBatch, alone, 0)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(applyBatch, shared, 8)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
