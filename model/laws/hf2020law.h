#pragma once
// The Hugging Face 2020 study "How big should my language model be?" (Le Scao et al.): 28
// Transformer-XL learning curves on Wikitext-103 and the compute frontier as their lower envelope.
// The frontier is not stored: it is recomputed from the measured runs when the law is first used
// (see fitHf2020Frontier), in one of two ways:
//  - the calculator's own (law hf2020): Qhull's hull of (C / 86,400, L) facing an extra point,
//    then scipy's curve_fit from its default start — the deployed calculator's answers;
//  - the exact lower hull (law hf2020-exact-hull): every point of the lower convex hull and fits
//    polished to the least-squares optimum — what the procedure means without Qhull's roundoff.

#include "model/core/constants.h"
#include "model/laws/lawtypes.h"
#include "model/laws/powerlawfit.h"

#include <string>
#include <string_view>
#include <vector>

namespace frontier {

// How the study's CSV is laid out; every figure comes from resources/laws/hf2020.json.
struct Hf2020DataSpec
{
    double computeColumnScale = 0; // FLOPs = global_step column × this (86,400: the column is FLOPs/86,400)
    double stepsPerPoint = 0;      // 4,000 optimizer steps between points
    double tokensPerSequence = 0;  // 150
    double sequencesPerBatch = 0;  // 60
    int minimumPoints = 0;         // runs with this many points or fewer are dropped (5)
    double tokensPerStep() const { return tokensPerSequence * sequencesPerBatch; }
};

struct Hf2020Run
{
    std::string name;  // the CSV column name, e.g. "2 * 256 * 1024" or "copper-violet-60"
    double params = 0; // non-embedding parameters, recovered from the first point (a whole number)
    std::vector<CurvePoint> points; // increasing compute
};

// Parses the study's loss_vs_compute.csv: runs with more than spec.minimumPoints points, sorted by
// size. Throws InputError for a malformed file.
std::vector<Hf2020Run> parseHf2020Runs(std::string_view csvText, const Hf2020DataSpec &spec);

// How the frontier is found from the pooled points (every figure from resources/laws/hf2020.json).
struct Hf2020Procedure
{
    enum class Hull {
        // main.py: Qhull on (C / compute_column_scale, L) with `viewpoint` first; the vertices of
        // the facets visible from it, then curve_fit in that unit.
        QhullFacingViewpoint,
        // The exact lower convex hull in (C, L) up to its lowest loss, fits at the optimum.
        ExactLower,
    };
    Hull hull = Hull::QhullFacingViewpoint;
    std::string qhullCommand;   // "qhull i QG0 Qt": scipy's ConvexHull(..., qhull_options='QG0')
    CurvePoint viewpoint;       // (1e9, 3) in the CSV's unit (compute / 86,400, loss)
    CurveFitSettings leastSquares;
};

// The outcome of the study's procedure, every intermediate kept so it can be shown and tested.
struct Hf2020Frontier
{
    double lowerFlops = 0, upperFlops = 0; // points strictly between these take part
    std::vector<CurvePoint> hull;          // the frontier's points (C in FLOPs), increasing C
    double a = 0, b = 0, c = 0;            // L(C) = a·C^(-b) + c, C in FLOPs
    struct RunOptimum
    {
        std::string run;
        double params = 0;
        double flops = 0; // the run's point closest to the frontier
        bool onHull = false;
    };
    std::vector<RunOptimum> runOptima;
    double d = 0, e = 0, f = 0;            // N_opt(C) = d·C^e + f, fitted on ln N
};

// The runs' compute is in FLOPs; spec.computeColumnScale is the unit the calculator works in.
Hf2020Frontier fitHf2020Frontier(const std::vector<Hf2020Run> &runs, const Hf2020DataSpec &spec,
                                 const Hf2020Procedure &procedure);

struct Hf2020Law
{
    std::vector<Hf2020Run> runs;
    Hf2020DataSpec spec;
    Hf2020Procedure procedure; // how a, ..., f were fitted to the runs
    double a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;

    // Constants named a, b, c (loss frontier) and d, e, f (N_opt); the runs stay as measured.
    static Hf2020Law fromConstants(const ConstantSet &constants, std::vector<Hf2020Run> runs,
                                   const Hf2020DataSpec &spec, const Hf2020Procedure &procedure);

    double lossOfCompute(double flops) const;
    // The budget below which N_opt(C) = d·C^e + f is not positive (f < 0): the law's lower limit.
    double minimumFlops() const;
    Allocation optimumForFlops(double flops) const; // N_opt, D = C/(6N), steps = D / tokens per step
    Allocation optimumForParams(double params) const;
    std::vector<LearningCurve> learningCurves() const; // the measured runs
};

} // namespace frontier
