// Association + fusion per batch (core/fusion/TrackFuser) with 1,000 missiles reported by each
// of three services at 1 Hz: the first batch (every track new), then a minute of batches where
// every track moves. Target: <= 5 ms per batch on one core.
#include "SyntheticSalvo.h"

#include "TrackFuser.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main()
{
    constexpr int kMissiles = 1000;
    constexpr int kBatches = 60;
    std::vector<cop::testing::ServiceModel> services = cop::testing::threeNations();
    for (cop::testing::ServiceModel &service : services)
        service.periodS = 1;
    cop::testing::SyntheticSalvo picture(kMissiles, 20'000.0, services, 42);

    cop::TrackFuser fuser;
    QHash<cop::ServiceKey, cop::Track> tracks;
    std::vector<double> ms;
    for (int t = 0; t <= kBatches; ++t) {
        for (size_t s = 0; s < services.size(); ++s) {
            for (int m = 0; m < kMissiles; ++m) {
                cop::Track track = picture.report(s, m, t);
                tracks.insert({track.service, track.state.trackId}, std::move(track));
            }
        }
        const auto start = std::chrono::steady_clock::now();
        fuser.update(tracks);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double first = ms.front();
    std::vector<double> steady(ms.begin() + 1, ms.end());
    std::sort(steady.begin(), steady.end());
    std::printf("cop-bench-fusion: %d tracks x %zu services -> %zu fused tracks\n", kMissiles,
                services.size(), fuser.tracks().size());
    std::printf("first batch (all new):   %.2f ms\n", first);
    std::printf("steady batches (%d):     median %.2f ms, max %.2f ms\n", kBatches,
                steady[steady.size() / 2], steady.back());
    return fuser.tracks().size() == size_t(kMissiles) ? 0 : 1;
}
