#pragma once
// Plain value types shared by every scaling law: what a law is asked, what it answers.

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace frontier {

// What a law can answer. The command line and the window offer only what a law has.
enum class Capability {
    LossOfParams,          // L(N)
    LossOfTokens,          // L(D)
    LossOfParamsTokens,    // L(N, D)
    LossOfRepeatedData,    // L(N, D, U): D tokens that repeat U unique ones (Muennighoff et al. 2023)
    LossOfParamsSteps,     // L(N, S_min)
    LossOfCompute,         // L(C): loss on the compute frontier
    Optimum,               // N_opt, D_opt for a FLOP budget, and the budget for a model size
    CriticalBatch,         // B_crit(L)
    LearningCurves,        // loss against compute for a family of model sizes
};

std::string capabilityName(Capability capability);

// A question for a law's loss: which of the inputs are given decides which formula answers.
struct LossQuery
{
    std::optional<double> params;
    std::optional<double> tokens;
    std::optional<double> steps;
    std::optional<double> flops;
    // Unique tokens, with params and tokens: the run repeats them D/U times (a law with repetition terms).
    std::optional<double> uniqueTokens;
};

// A compute-optimal (or user-fixed) training run. Counts are plain: parameters, tokens, FLOPs.
struct Allocation
{
    double flops = 0;
    double params = 0;
    double tokens = 0;
    std::optional<double> loss;        // absent for laws that predict no loss (Approaches 1 and 2)
    std::optional<double> batchTokens; // Kaplan's compute-efficient batch
    std::optional<double> steps;       // optimizer steps, where the law knows its batch
    double tokensPerParam() const { return tokens / params; }
};

struct CurvePoint
{
    double flops = 0;
    double loss = 0;
};

// Loss against compute for one model size: a law's prediction or a measured run.
struct LearningCurve
{
    std::string label;
    double params = 0;
    bool measured = false;
    std::vector<CurvePoint> points;
};

struct FlopsRange
{
    double min = 0;      // below this the law gives no answer (e.g. a negative model size)
    double max = 0;      // 0 = no upper limit
};

// One quantity's span over the runs a law was fitted on, with where the span is stated. A bound of 0
// is unknown (no warning on that side). Outside the span the law still answers: it extrapolates.
struct DataSpan
{
    double min = 0;
    double max = 0;
    std::string source; // "Hoffmann et al. 2022, abstract"; a citation people read
    bool known() const { return min > 0 || max > 0; }
};

// The runs a law was fitted on: their training compute (FLOPs), model sizes N and token counts D, in
// the law's own meaning of N and D (Kaplan and hf2020 count non-embedding parameters).
struct DataRange
{
    DataSpan flops, params, tokens;
};

// Where repeating the unique data stops paying, in epochs, as the law's authors state it: up to
// `nearlyNew` epochs repeated tokens are about as good as new ones, returns fade towards `fading`,
// and are near zero by `nearZero`. A plan with a unique-token cap warns by these.
struct EpochFinding
{
    double epochs = 0;
    std::string source;
};
struct RepetitionFindings
{
    EpochFinding nearlyNew, fading, nearZero;
};

struct LawInfo
{
    std::string id;          // "hoffmann2022"
    std::string name;        // "Chinchilla, Approach 3 (unrounded TeX constants)"
    std::string citation;    // "Hoffmann et al. 2022, arXiv:2203.15556"
    std::string description; // what N, D and L mean for this law, and its quirks
    std::string family;      // the resource file it came from: "kaplan2020", "hoffmann2022", ...
    std::vector<std::string> notes; // statements of the source shown as such (e.g. a blog's summary)
    std::set<Capability> capabilities;
    FlopsRange validFlops;
    std::string validRangeNote; // why the range is what it is
    DataRange dataRange;         // where the fit saw data; the plan warns outside it
    std::optional<RepetitionFindings> repetitionFindings; // for laws with repetition terms
};

} // namespace frontier
