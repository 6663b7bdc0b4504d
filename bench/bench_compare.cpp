// `frontier compare` over the whole catalogue for one job: every offer and every accelerator
// without one, planned and costed.
#include "data/resourcedata.h"

#include <benchmark/benchmark.h>

using namespace frontier;

namespace {

void BM_CompareWholeCatalogue(benchmark::State &state)
{
    const Law &law = data::lawCatalog().law("hoffmann2022");
    const Catalogs catalogs = data::catalogs();
    PlanRequest job;
    job.params = 7e9;
    job.tokens = 140e9;
    PlanChoices choices;
    choices.gpus = 64;
    std::size_t rows = 0;
    for (auto _ : state) {
        const Comparison comparison = compareOffers(law, job, choices, catalogs);
        rows = comparison.rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_CompareDollarBudget(benchmark::State &state)
{
    // A dollar budget buys different FLOPs on every offer: one optimum per row.
    const Law &law = data::lawCatalog().law("hoffmann2022");
    const Catalogs catalogs = data::catalogs();
    PlanRequest budget;
    budget.budgetAmount = 20000;
    budget.budgetUnit = BudgetUnit::Usd;
    PlanChoices choices;
    choices.gpus = 8;
    for (auto _ : state)
        benchmark::DoNotOptimize(compareOffers(law, budget, choices, catalogs).rows.size());
}

void BM_PlanOn2020Gpu(benchmark::State &state)
{
    // The 2020 calculator's pipeline: a time budget solved for the model width.
    const Law &law = data::lawCatalog().law("hf2020");
    PlanChoices choices;
    choices.gpu = "v100-sxm2-16gb";
    const ResolvedSetup setup = resolveSetup(choices, data::catalogs(), law);
    PlanRequest request;
    request.budgetAmount = 3.23;
    request.budgetUnit = BudgetUnit::Hours;
    const Catalogs catalogs = data::catalogs();
    for (auto _ : state)
        benchmark::DoNotOptimize(makePlan(law, request, setup, catalogs).allocation.params);
}

} // namespace

BENCHMARK(BM_CompareWholeCatalogue)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompareDollarBudget)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanOn2020Gpu)->Unit(benchmark::kMicrosecond);
