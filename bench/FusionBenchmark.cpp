// Association + fusion per batch (core/fusion/TrackFuser) with 1,000 missiles reported by each
// of three services at 1 Hz: the first batch (every track new), then a minute of batches where
// every track moves. Target: <= 5 ms per batch on one core. --missiles N and --batches N for
// other sizes.
#include "SyntheticSalvo.h"

#include "fusion/TrackFuser.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

int main(int argc, char *argv[])
{
    int missiles = 1000;
    int batches = 60;
    for (int i = 1; i < argc; ++i) {
        if (i + 1 < argc && std::strcmp(argv[i], "--missiles") == 0) {
            missiles = std::atoi(argv[++i]);
        } else if (i + 1 < argc && std::strcmp(argv[i], "--batches") == 0) {
            batches = std::atoi(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: cop-bench-fusion [--missiles N] [--batches N]\n");
            return std::strcmp(argv[i], "--help") == 0 ? EXIT_SUCCESS : 2;
        }
    }
    if (missiles < 1 || batches < 1) {
        std::fprintf(stderr, "cop-bench-fusion: --missiles and --batches must be positive\n");
        return 2;
    }
    std::vector<cop::testing::ServiceModel> services = cop::testing::threeNations();
    for (cop::testing::ServiceModel &service : services)
        service.periodS = 1;
    cop::testing::SyntheticSalvo picture(missiles, 20'000.0, services, 42);

    cop::TrackFuser fuser;
    cop::TrackTable tracks;
    std::vector<double> ms;
    // Each batch renews the tracks in an order of its own, as a console's services update them:
    // made in table order, they would lie in memory in the order the pass reads them, which no
    // console's tracks do.
    std::vector<std::pair<size_t, int>> order;
    for (size_t s = 0; s < services.size(); ++s) {
        for (int m = 0; m < missiles; ++m)
            order.emplace_back(s, m);
    }
    std::mt19937 shuffle(7);
    for (int t = 0; t <= batches; ++t) {
        std::shuffle(order.begin(), order.end(), shuffle);
        for (const auto &[s, m] : order) {
            cop::Track track = picture.report(s, m, t);
            tracks.insert({track.service, track.state.trackId}, std::move(track));
        }
        const auto start = std::chrono::steady_clock::now();
        fuser.update(tracks);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double first = ms.front();
    std::vector<double> steady(ms.begin() + 1, ms.end());
    std::sort(steady.begin(), steady.end());
    std::printf("cop-bench-fusion: %d tracks x %zu services -> %zu fused tracks\n", missiles,
                services.size(), fuser.tracks().size());
    std::printf("first batch (all new):   %.2f ms\n", first);
    std::printf("steady batches (%d):     median %.2f ms, max %.2f ms\n", batches,
                steady[steady.size() / 2], steady.back());
    return fuser.tracks().size() == size_t(missiles) ? 0 : 1;
}
