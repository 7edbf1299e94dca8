// Cost per call of the flight-dynamics predictions the console runs for every track without a
// service prediction: one nominal trajectory, the unscented-transform ellipse (15 trajectories),
// and the 2,000-sample Monte Carlo reference, for an SRBM and an IRBM.

#include "BallisticCases.h"
#include "dynamics/ImpactPredictor.h"
#include "dynamics/MonteCarloImpacts.h"

#include <benchmark/benchmark.h>

namespace {

using namespace cop::dynamics;

void nominal(benchmark::State &state, const TrackEstimate &estimate)
{
    const ImpactPredictor predictor;
    std::vector<PathSample> path;
    for (auto _ : state) {
        path.clear();
        benchmark::DoNotOptimize(predictor.fly(estimate.state, estimate.inverseBeta, false, &path));
    }
}

void unscentedEllipse(benchmark::State &state, const TrackEstimate &estimate)
{
    const ImpactPredictor predictor;
    ImpactPrediction prediction;
    for (auto _ : state)
        benchmark::DoNotOptimize(predictor.predict(estimate, prediction));
}

void monteCarlo2000(benchmark::State &state, const TrackEstimate &estimate)
{
    const ImpactPredictor predictor;
    for (auto _ : state)
        benchmark::DoNotOptimize(monteCarloImpacts(predictor, estimate, 2000, 1));
}

} // namespace

BENCHMARK_CAPTURE(nominal, srbm, cop::testing::srbm())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(nominal, irbm, cop::testing::irbm())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(unscentedEllipse, srbm, cop::testing::srbm())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(unscentedEllipse, irbm, cop::testing::irbm())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(monteCarlo2000, srbm, cop::testing::srbm())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(monteCarlo2000, irbm, cop::testing::irbm())->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
