#include "model/fitsearch.h"

#include "model/errors.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <cstdio>
#include <cstdlib>

namespace frontier::fitting {

namespace {

bool cancelRequested(const FitOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// Calls the user's progress callback about every 1 % and once at the end, one call at a time and
// with `done` never going backwards, so a progress bar can forward it without locking.
class ProgressReporter
{
public:
    ProgressReporter(const FitOptions &options, std::size_t total)
        : m_callback(options.progress), m_total(total), m_step(std::max<std::size_t>(1, total / 100))
    {
    }

    void startFinished()
    {
        const std::size_t done = ++m_done;
        if (done % m_step == 0 || done == m_total)
            report(done);
    }

    // The last word: the final count, whether the fit ran to the end or was cancelled.
    void finish() { report(m_done.load()); }
    std::size_t done() const { return m_done.load(); }

private:
    void report(std::size_t done)
    {
        if (!m_callback)
            return;
        const std::lock_guard lock(m_mutex);
        if (done <= m_reported)
            return;
        m_reported = done;
        m_callback(done, m_total);
    }

    std::function<void(std::size_t, std::size_t)> m_callback;
    std::size_t m_total;
    std::size_t m_step;
    std::atomic<std::size_t> m_done{0};
    std::mutex m_mutex;
    std::size_t m_reported = 0;
};

// What one worker found. Ties go to the lower start index, so the answer does not depend on how
// the starts were shared out between threads.
struct WorkerBest
{
    double value = std::numeric_limits<double>::infinity();
    std::size_t index = 0;
    Eigen::VectorXd x;
    std::size_t tried = 0, failed = 0;
    std::exception_ptr error;

    void offer(const LocalMinimum &candidate, std::size_t startIndex)
    {
        if (candidate.value < value || (candidate.value == value && startIndex < index)) {
            value = candidate.value;
            index = startIndex;
            x = candidate.x;
        }
    }
};

FitResult resultFrom(const Eigen::VectorXd &centred, const LogObservations &data, double objective)
{
    const Eigen::VectorXd x = fromCentred(centred, data);
    FitResult result;
    result.A = std::exp(x[IndexA]);
    result.B = std::exp(x[IndexB]);
    result.E = std::exp(x[IndexE]);
    result.alpha = x[IndexAlpha];
    result.beta = x[IndexBeta];
    result.objective = objective;
    return result;
}

// Tolerances for one grid start. The Huber sum at the optimum is about delta·sum|r| ≈ 1e-3 on the
// Epoch data, below 1, where LBFGS++'s objective-change test is absolute: `delta` must be far
// below the differences between local minima, not merely relative 1e-10.
LocalSettings gridSettings()
{
    LocalSettings settings;
    settings.epsilon = getenv("G_EPS") ? atof(getenv("G_EPS")) : 1e-10;
    settings.epsilonRel = getenv("G_EPSREL") ? atof(getenv("G_EPSREL")) :1e-10;
    settings.past = getenv("G_PAST") ? atoi(getenv("G_PAST")) :3;
    settings.delta = getenv("G_DELTA") ? atof(getenv("G_DELTA")) :1e-12;
    settings.maxIterations = getenv("G_ITER") ? atoi(getenv("G_ITER")) :400;
    settings.maxLineSearch = getenv("G_LS") ? atoi(getenv("G_LS")) :40;
    settings.memory = getenv("G_M") ? atoi(getenv("G_M")) :6;
    return settings;
}

} // namespace

Eigen::VectorXd gridStart(const FitProcedure &procedure, std::size_t index)
{
    Eigen::VectorXd x(lawParamCount);
    // Mixed radix, b fastest.
    auto take = [&index](const std::vector<double> &grid) {
        const double value = grid[index % grid.size()];
        index /= grid.size();
        return value;
    };
    x[IndexB] = take(procedure.bGrid);
    x[IndexA] = take(procedure.aGrid);
    x[IndexE] = take(procedure.eGrid);
    x[IndexBeta] = take(procedure.betaGrid);
    x[IndexAlpha] = take(procedure.alphaGrid);
    return x;
}

FitResult fitHoffmannGrid(const LogObservations &data, const FitProcedure &procedure,
                          const FitOptions &options)
{
    const std::size_t total = procedure.startCount();
    if (total == 0)
        throw InputError("fitting procedure: the grid of starts is empty");
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const auto threads = static_cast<unsigned>(
        std::min<std::size_t>(options.threads ? options.threads : cores, total));

    ProgressReporter progress(options, total);
    std::atomic<std::size_t> next{0};
    std::vector<WorkerBest> bests(threads);
    const LocalSettings settings = gridSettings();

    // Starts are handed out one at a time from a shared counter: their costs differ tenfold, so a
    // fixed split would leave a thread idle.
    auto work = [&](WorkerBest &mine) {
        try {
            HuberSum huber(data, procedure.huberDelta);
            const Objective objective = std::ref(huber);
            while (!cancelRequested(options)) {
                const std::size_t index = next.fetch_add(1);
                if (index >= total)
                    break;
                const LocalMinimum local =
                    minimiseLocally(objective, toCentred(gridStart(procedure, index), data), settings);
                ++mine.tried;
                if (getenv("G_STATS")) fprintf(stderr, "S %zu %d %.12g %d %d %.6f %.6f %.6f %.6f %.6f\n", index, int(local.status), local.value, local.evaluations, local.iterations, local.x[0], local.x[1], local.x[2], local.x[3], local.x[4]);
                if (local.status == LocalStatus::Converged || (getenv("G_KEEPLS") && local.status == LocalStatus::LineSearchFailed))
                    mine.offer(local, index);
                else
                    ++mine.failed;
                progress.startFinished();
            }
        } catch (...) { // std::bad_alloc and the like: hand it to the calling thread
            mine.error = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(work, std::ref(bests[t]));
        work(bests[0]);
    } // the jthreads join here
    progress.finish();

    WorkerBest best;
    std::size_t tried = 0, failed = 0;
    for (const WorkerBest &mine : bests) {
        if (mine.error)
            std::rethrow_exception(mine.error);
        tried += mine.tried;
        failed += mine.failed;
        if (mine.value < best.value || (mine.value == best.value && mine.index < best.index))
            best = mine;
    }
    const bool cancelled = cancelRequested(options) && tried < total;
    if (!std::isfinite(best.value)) {
        if (cancelled)
            throw InputError("the fit was cancelled before any start finished");
        throw InputError("none of the " + std::to_string(total)
                         + " starts of the fit converged: check that the losses fall as N and D grow");
    }
    FitResult result = resultFrom(best.x, data, best.value);
    result.startsTried = tried;
    result.startsFailed = failed;
    result.cancelled = cancelled;
    return result;
}

FitResult fitEpochMle(const LogObservations &data, const FitProcedure &procedure, const FitOptions &options)
{
    HuberLikelihood likelihood(data, procedure.huberDelta);
    const Objective objective = std::ref(likelihood);
    Eigen::VectorXd x(lawParamCount + 1);
    x[IndexA] = procedure.startA;
    x[IndexB] = procedure.startB;
    x[IndexE] = procedure.startE;
    x[IndexAlpha] = procedure.startAlpha;
    x[IndexBeta] = procedure.startBeta;
    x[IndexSigma] = 0;
    x = toCentred(x, data);

    LocalSettings settings;
    settings.epsilon = 1e-9;
    settings.epsilonRel = 0;
    settings.past = 3;
    settings.delta = 1e-14;
    settings.maxIterations = 2000;
    settings.maxLineSearch = 60;
    if (getenv("MLE_M")) settings.memory = atoi(getenv("MLE_M"));
    if (getenv("MLE_EPS")) settings.epsilon = atof(getenv("MLE_EPS"));
    if (getenv("MLE_PAST")) settings.past = atoi(getenv("MLE_PAST"));
    if (getenv("MLE_DELTA")) settings.delta = atof(getenv("MLE_DELTA"));
    const int rounds = getenv("MLE_ROUNDS") ? atoi(getenv("MLE_ROUNDS")) : 20;
    ProgressReporter progress(options, rounds);
    LocalMinimum best;
    best.x = x;
    best.value = std::numeric_limits<double>::infinity();
    std::size_t tried = 0, failed = 0;
    for (int round = 0; round < rounds && !cancelRequested(options); ++round) {
        const LocalMinimum local = minimiseLocally(objective, best.x, settings);
        ++tried;
        if (local.status == LocalStatus::Diverged)
            ++failed;
        progress.startFinished();
        if (getenv("MLE_VERBOSE")) fprintf(stderr, "round %d status %d value %.10f sigma %.6f\n", round, int(local.status), local.value, local.x[5]);
        if (!(local.value < best.value))
            { if (!getenv("MLE_NOBREAK")) break; else continue; }
        best = local;
    }
    progress.finish();
    if (!std::isfinite(best.value))
        throw InputError("the maximum-likelihood fit did not converge");
    FitResult result = resultFrom(best.x, data, best.value);
    result.nll = best.value;
    result.logSigma = best.x[IndexSigma];
    result.startsTried = tried;
    result.startsFailed = failed;
    result.cancelled = cancelRequested(options);
    return result;
}

} // namespace frontier::fitting
