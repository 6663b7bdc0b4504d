// The two fits on Epoch AI's 240 points (epoch_svg_extracted_data.csv less its 5 highest losses):
// Hoffmann's 4,500-start grid, which a window runs behind a progress bar (target: the whole
// `frontier fit` process under 0.18 s on 2 cores; SciPy takes 18-25 s), and the maximum-likelihood
// fit from one start. BM_HuberSum is one evaluation of the grid's objective and gradient (about
// 300,000 of them make a grid fit) for each vectorised kernel this CPU runs.
#include "model/fit/fit.h"
#include "model/fit/fitobjective.h"
#include "ui/data/resourcedata.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

using namespace frontier;

namespace {

std::vector<Observation> epochObservations()
{
    const std::string path = std::string(FRONTIER_TEST_DATA_DIR) + "/chinchilla/epoch_svg_extracted_data.csv";
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return excludeHighestLoss(parseObservationsCsv(text.str(), path), 5);
}

void runFit(benchmark::State &state, FitMethod method, unsigned threads)
{
    std::vector<Observation> observations;
    try {
        observations = epochObservations();
    } catch (const std::exception &e) {
        state.SkipWithError(e.what());
        return;
    }
    FitOptions options;
    options.method = method;
    options.threads = threads;
    FitResult fit;
    for (auto _ : state) {
        fit = fitParametricLaw(observations, data::fitProcedure(), options);
        // The whole struct: DoNotOptimize(fit.E) on a double (benchmark 1.7.1, GCC 12) handed back a
        // garbage E here, apparently through its "+r" register constraint.
        benchmark::DoNotOptimize(fit);
    }
    // The answer next to the time, so a faster but wrong build is visible (E ≈ 1.8169–1.8172).
    state.counters["E"] = fit.E;
    state.counters["failed_starts"] = static_cast<double>(fit.startsFailed);
}

void BM_FitHoffmannGrid(benchmark::State &state)
{
    runFit(state, FitMethod::Hoffmann, static_cast<unsigned>(state.range(0)));
}

void BM_FitEpochMle(benchmark::State &state)
{
    runFit(state, FitMethod::EpochMle, 1);
}

void BM_HuberSum(benchmark::State &state)
{
    const auto &levels = fitting::availableSimdLevels();
    const auto index = static_cast<std::size_t>(state.range(0));
    if (index >= levels.size()) {
        state.SkipWithError("this CPU does not run that kernel");
        return;
    }
    const fitting::LogObservations data = fitting::logObservations(epochObservations());
    fitting::HuberSum huber(data, data::fitProcedure().huberDelta, levels[index]);
    Eigen::VectorXd x(5), grad(5);
    x << 6.0, 6.0, 0.5, 0.34, 0.28; // near Hoffmann's estimate, in raw coordinates
    x = fitting::toCentred(x, data);
    for (auto _ : state) {
        benchmark::DoNotOptimize(huber(x, grad));
        benchmark::DoNotOptimize(grad.data());
    }
    state.SetLabel(fitting::simdLevelName(levels[index]));
}

} // namespace

// Wall-clock time: the grid's work happens on worker threads, not the benchmark's own.
BENCHMARK(BM_FitHoffmannGrid)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
// Argument: index into availableSimdLevels() (0 portable, 1 avx2, 2 avx512 where present).
BENCHMARK(BM_HuberSum)->ArgName("kernel")->DenseRange(0, 2)->Unit(benchmark::kNanosecond);
BENCHMARK(BM_FitEpochMle)->Unit(benchmark::kMillisecond)->Iterations(20)->UseRealTime();
