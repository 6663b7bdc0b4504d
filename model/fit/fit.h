#pragma once
// Fitting the Chinchilla form L(N, D) = E + A/N^alpha + B/D^beta to a user's own training runs.
//   hoffmann:  Hoffmann et al. 2022 App. D.2 — minimise sum_i Huber_delta(LSE(a - alpha·log N,
//              b - beta·log D, e) - log L) by L-BFGS from every point of a grid of starts, keep the best.
//              (Above GridScreening::sampleRuns runs, the grid runs on an even sample of them and its
//              best minima are refined on all runs: see fitHoffmannGrid.)
//   epoch-mle: Besiroglu et al. 2024 — maximum likelihood with a Huber-shaped density of fitted
//              scale exp(sigma) on the same log-loss residuals, started from Hoffmann's estimate.
// The procedure's figures (delta, the grid) come from resources/laws/fitting.json.

#include "model/core/message.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct Observation
{
    double params = 0;
    double tokens = 0;
    double loss = 0;
};

// How much of a user's file a fit takes (resources/laws/fitting.json "input_limits", with the
// reasons). 0 means no limit: only for trusted text such as the reference data.
struct FitInputLimits
{
    std::uint64_t maxFileBytes = 0;
    std::size_t maxRows = 0;
};

// For a reader about to open a user's file: throws InputError (fit.file_too_large) when `bytes`
// exceeds the limit, so an oversized file is refused before it is read.
void requireFitFileSize(std::uint64_t bytes, std::string_view source, const FitInputLimits &limits);

// Reads a CSV with a column of parameters, one of tokens or of FLOPs (tokens = FLOPs / 6N), and a
// loss column. Recognised names (case-insensitive): params/parameters/n/model size;
// tokens/d/training tokens; flops/c/training flop(s)/compute; loss/l. Throws InputError for text
// over the limits (checked before parsing), a missing column, a non-number cell, a non-positive
// value or an empty file.
std::vector<Observation> parseObservationsCsv(std::string_view text, std::string_view source,
                                              const FitInputLimits &limits = {});

// Drops the `count` observations with the highest loss (the Epoch fits drop 5).
std::vector<Observation> excludeHighestLoss(std::vector<Observation> observations, int count);

enum class FitMethod { Hoffmann, EpochMle };
FitMethod parseFitMethod(std::string_view text); // "hoffmann" | "epoch-mle"
std::string fitMethodName(FitMethod method);

// How the grid fit scales to many runs (resources/laws/fitting.json "grid_screening"): above
// sampleRuns runs the grid runs on an even sample of sampleRuns of them, and L-BFGS over all runs
// starts from the refinedMinima best minima found there. 0 sample runs: always the whole grid.
struct GridScreening
{
    std::size_t sampleRuns = 0;
    std::size_t refinedMinima = 0;
};

struct FitProcedure
{
    double huberDelta = 0;
    std::vector<double> alphaGrid, betaGrid, eGrid, aGrid, bGrid; // Hoffmann's grid of starts
    GridScreening screening;
    // epoch-mle starts from Hoffmann's unrounded estimate in log space, sigma = 0.
    double startA = 0, startB = 0, startE = 0, startAlpha = 0, startBeta = 0;
    FitInputLimits limits; // for files from users
    std::string source;

    static FitProcedure fromJson(std::string_view jsonText);
    std::size_t startCount() const;
};

struct FitOptions
{
    FitMethod method = FitMethod::Hoffmann;
    unsigned threads = 0; // 0 = every core
    // Called from worker threads as starts finish: (done, total). Must be thread-safe.
    // (Calls come one at a time, about every 1 % and at the end, with `done` rising; the last call
    // has done == total unless the fit was cancelled. epoch-mle counts its L-BFGS runs.)
    std::function<void(std::size_t done, std::size_t total)> progress;
    // (Checked between starts, i.e. within milliseconds. The result is then the best of the
    // starts that finished, with cancelled = true; if none had finished, InputError.)
    const std::atomic<bool> *cancel = nullptr; // set to true to stop early
};

struct FitResult
{
    double E = 0, A = 0, B = 0, alpha = 0, beta = 0;
    double objective = 0;            // the minimised objective (Huber sum, or the NLL for epoch-mle)
    std::optional<double> nll;       // epoch-mle: negative log-likelihood incl. normaliser
    std::optional<double> logSigma;  // epoch-mle: fitted log scale
    std::size_t startsTried = 0;
    std::size_t startsFailed = 0;    // starts whose line search threw or diverged
    std::size_t restarts = 0;        // epoch-mle: further L-BFGS runs from the best point so far
    std::size_t screeningRuns = 0;   // hoffmann on many runs: the grid ran on this many (0: on all)
    std::size_t refinedMinima = 0;   // ... and this many of its minima were refined on all runs
    bool cancelled = false;
    // Said, never silently ignored: e.g. an exponent that is not positive (fit.exponent_not_positive),
    // a law that `--set` would refuse and whose loss rises with N or D.
    std::vector<Message> warnings;
};

// Throws InputError if fewer distinct (N, D) points than the law has constants (5), or if none of
// the starts converged.
FitResult fitParametricLaw(const std::vector<Observation> &observations, const FitProcedure &procedure,
                           const FitOptions &options);

} // namespace frontier
