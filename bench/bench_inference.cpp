// One inference-aware solve (model/inference): the window redoes it on every change of the lifetime
// tokens or of the plan, and the issue asks for under a millisecond so it can follow a drag. The
// chart's curve is 48 such solves.
#include "model/inference/inferenceaware.h"
#include "data/resourcedata.h"

#include <benchmark/benchmark.h>

using namespace frontier;

namespace {

void BM_InferenceAwareSolve(benchmark::State &state, const char *id)
{
    const Law &law = data::lawCatalog().law(id);
    const Allocation reference = law.optimumForParams(70e9);
    for (auto _ : state)
        benchmark::DoNotOptimize(inferenceAwareOptimum(law, reference, 2e12).optimum.params);
}

void BM_InferenceAwareCurve(benchmark::State &state)
{
    const Law &law = data::lawCatalog().law("hoffmann2022");
    const Allocation reference = law.optimumForParams(70e9);
    for (auto _ : state)
        benchmark::DoNotOptimize(inferenceAwareCurve(law, reference, 1e9, 1e16, 48).size());
}

} // namespace

// hoffmann2022: the closed-form D(N); kaplan2020: D(N) by TOMS 748 inside every step of the search.
BENCHMARK_CAPTURE(BM_InferenceAwareSolve, hoffmann2022, "hoffmann2022")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_InferenceAwareSolve, kaplan2020, "kaplan2020")->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_InferenceAwareCurve)->Unit(benchmark::kMicrosecond);
