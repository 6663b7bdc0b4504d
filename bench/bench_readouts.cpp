// One full evaluation of every readout a law offers: what the window will do on every mouse move
// while a budget is dragged, so it must fit comfortably inside a 16 ms frame.
#include "model/core/units.h"
#include "data/resourcedata.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace frontier;

namespace {

// Everything a law can say at one budget: the optimum, each loss form it has, the critical batch,
// and a family of 12 learning curves of 100 points around the optimum.
double allReadouts(const Law &law, double flops)
{
    double sink = 0;
    const Allocation a = law.optimumForFlops(flops);
    sink += a.params + a.tokens + a.loss.value_or(0);
    if (law.can(Capability::LossOfCompute))
        sink += law.loss({.params = {}, .tokens = {}, .steps = {}, .flops = flops, .uniqueTokens = {}});
    if (law.can(Capability::LossOfParamsTokens)) {
        sink += law.loss({.params = a.params, .tokens = a.tokens, .steps = {}, .flops = {}, .uniqueTokens = {}});
        sink += law.envelopeOptimum(flops).params;
    }
    if (law.can(Capability::LossOfParams))
        sink += law.loss({.params = a.params, .tokens = {}, .steps = {}, .flops = {}, .uniqueTokens = {}});
    if (law.can(Capability::LossOfTokens))
        sink += law.loss({.params = {}, .tokens = a.tokens, .steps = {}, .flops = {}, .uniqueTokens = {}});
    if (law.can(Capability::LossOfParamsSteps) && a.steps)
        sink += law.loss({.params = a.params, .tokens = {}, .steps = *a.steps, .flops = {}, .uniqueTokens = {}});
    if (law.can(Capability::CriticalBatch) && a.loss)
        sink += law.criticalBatchTokens(*a.loss);
    if (law.can(Capability::LearningCurves)) {
        std::vector<double> sizes;
        for (int i = 0; i < 12; ++i)
            sizes.push_back(a.params * std::pow(10.0, -1.5 + 0.25 * i));
        for (const auto &curve : law.learningCurves(sizes, flops / 1000, flops * 1000, 100))
            sink += curve.points.back().loss;
    }
    return sink;
}

void BM_AllReadouts(benchmark::State &state, const char *id, double flops)
{
    const Law &law = data::lawCatalog().law(id);
    for (auto _ : state)
        benchmark::DoNotOptimize(allReadouts(law, flops));
}

void BM_LoadCatalog(benchmark::State &state)
{
    // What start-up pays once: parse every law file and recompute the hf2020 frontier from its runs.
    std::vector<TextFile> files;
    for (const char *name : {"kaplan2020", "hoffmann2022", "epoch2024", "hf2020"})
        files.push_back({name, data::readResource(QStringLiteral(":/laws/%1.json").arg(QLatin1String(name)))});
    const std::map<std::string, std::string> dataFiles = {
        {"hf2020_loss_vs_compute.csv", data::readResource(QStringLiteral(":/data/hf2020_loss_vs_compute.csv"))}};
    for (auto _ : state)
        benchmark::DoNotOptimize(LawCatalog::fromJson(files, dataFiles).laws().size());
}

} // namespace

BENCHMARK_CAPTURE(BM_AllReadouts, kaplan2020, "kaplan2020", 1e21)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AllReadouts, hoffmann2022, "hoffmann2022", 5.76e23)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AllReadouts, epoch2024, "epoch2024", 5.76e23)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AllReadouts, approach1, "hoffmann2022-approach1", 5.76e23)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AllReadouts, hf2020, "hf2020", 1e18)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoadCatalog)->Unit(benchmark::kMillisecond);
