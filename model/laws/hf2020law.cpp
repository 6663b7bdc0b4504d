#include "model/laws/hf2020law.h"

#include "model/core/csv.h"
#include "model/core/errors.h"
#include "model/core/units.h"

#include "model/core/numbers.h"
#include "model/laws/qhullfacing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace frontier {

namespace {

constexpr std::string_view kSource = "hf2020 learning curves CSV";
constexpr std::string_view kComputeColumn = "global_step"; // holds FLOPs / 86,400, not a step
constexpr std::string_view kLossSuffix = " - valid_loss";
constexpr std::string_view kNoPoint = "undefined"; // a run with no point at that compute

void requireSpec(const Hf2020DataSpec &spec)
{
    requirePositive(spec.computeColumnScale, "hf2020 compute_column_scale");
    requirePositive(spec.stepsPerPoint, "hf2020 steps_per_point");
    requirePositive(spec.tokensPerStep(),
                    "hf2020 tokens per step (tokens_per_sequence x sequences_per_batch)");
}

bool bySize(const Hf2020Run &p, const Hf2020Run &q)
{
    return p.params < q.params;
}

constexpr std::size_t kNoRun = static_cast<std::size_t>(-1); // the calculator's extra point

struct PooledPoint
{
    double flops = 0, loss = 0;
    std::size_t run = kNoRun;
};

// The lower convex hull in linear (C, L) space (Andrew's monotone chain), kept up to its lowest loss:
// the part where more compute buys lower loss. It does not depend on C's unit, so unlike Qhull on
// raw (C / 86,400, L) (whose roundoff tolerance follows the 1e12-sized C and merges away 26 of these
// 46 vertices) it keeps every point of the envelope.
std::vector<PooledPoint> exactLowerHull(std::vector<PooledPoint> points)
{
    std::sort(points.begin(), points.end(), [](const auto &p, const auto &q) {
        return p.flops != q.flops ? p.flops < q.flops : p.loss < q.loss;
    });
    auto turnsLeft = [](const PooledPoint &o, const PooledPoint &a, const PooledPoint &b) {
        return (a.flops - o.flops) * (b.loss - o.loss) - (a.loss - o.loss) * (b.flops - o.flops) > 0;
    };
    std::vector<PooledPoint> hull;
    for (const auto &p : points) {
        while (hull.size() >= 2 && !turnsLeft(hull[hull.size() - 2], hull.back(), p))
            hull.pop_back();
        hull.push_back(p);
    }
    const auto lowest = std::min_element(hull.begin(), hull.end(),
                                         [](const auto &p, const auto &q) { return p.loss < q.loss; });
    hull.erase(std::next(lowest), hull.end());
    return hull;
}

// main.py: the extra point goes first, Qhull's facets visible from it ('QG0') are "good", and their
// vertices, in increasing compute, are the frontier. `unit` converts FLOPs to the CSV's unit.
std::vector<PooledPoint> qhullFacingHull(const std::vector<PooledPoint> &pooled, const Hf2020Procedure &procedure,
                                         double unit)
{
    std::vector<CurvePoint> points{procedure.viewpoint};
    for (const auto &p : pooled)
        points.push_back({p.flops / unit, p.loss});
    std::vector<PooledPoint> hull;
    for (const std::size_t i : qhullGoodFacetVertices(points, procedure.qhullCommand))
        hull.push_back(i == 0 ? PooledPoint{procedure.viewpoint.flops * unit, procedure.viewpoint.loss, kNoRun}
                              : pooled[i - 1]);
    std::stable_sort(hull.begin(), hull.end(), [](const auto &p, const auto &q) { return p.flops < q.flops; });
    return hull;
}

} // namespace

std::vector<Hf2020Run> parseHf2020Runs(std::string_view csvText, const Hf2020DataSpec &spec)
{
    requireSpec(spec);
    const CsvTable table = parseCsv(csvText, kSource);
    const int computeColumn = table.column(kComputeColumn);
    if (computeColumn < 0)
        throw InputError(message("laws.hf2020_csv_no_compute",
                                 "{source}: no '{column}' column (compute / 86,400 FLOPs) in the header",
                                 {{"source", std::string(kSource)}, {"column", std::string(kComputeColumn)}}));
    std::vector<double> flops;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::string &cell = table.rows[r][static_cast<std::size_t>(computeColumn)];
        flops.push_back(parseNumberCell(cell, kSource, table.rowLines[r], kComputeColumn) * spec.computeColumnScale);
        if (!(flops.back() > 0))
            throw InputError(message("laws.hf2020_csv_compute_not_positive",
                                     "{source}: line {line}: compute must be positive, got '{cell}'",
                                     {{"source", std::string(kSource)},
                                      {"line", std::to_string(table.rowLines[r])},
                                      {"cell", cell}}));
    }

    // The first point comes after stepsPerPoint steps of tokensPerStep tokens: C = 6·N·D gives N,
    // rounded to a whole count as the calculator does (utils.py param_count).
    const double tokensAtFirstPoint = spec.stepsPerPoint * spec.tokensPerStep();
    std::vector<Hf2020Run> runs;
    for (std::size_t col = 0; col < table.header.size(); ++col) {
        const std::string &column = table.header[col];
        if (column.size() <= kLossSuffix.size() || !column.ends_with(kLossSuffix))
            continue;
        Hf2020Run run;
        run.name = column.substr(0, column.size() - kLossSuffix.size());
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const std::string &cell = table.rows[r][col];
            if (cell == kNoPoint)
                continue;
            const double loss = parseNumberCell(cell, kSource, table.rowLines[r], column);
            if (!(loss > 0))
                throw InputError(message("laws.hf2020_csv_loss_not_positive",
                                         "{source}: line {line}, column '{column}': a loss must be positive, got '{cell}'",
                                         {{"source", std::string(kSource)},
                                          {"line", std::to_string(table.rowLines[r])},
                                          {"column", column},
                                          {"cell", cell}}));
            run.points.push_back({flops[r], loss});
        }
        if (static_cast<int>(run.points.size()) <= spec.minimumPoints)
            continue; // too short to show where the run meets the frontier
        std::sort(run.points.begin(), run.points.end(),
                  [](const CurvePoint &p, const CurvePoint &q) { return p.flops < q.flops; });
        run.params = std::round(run.points.front().flops / (units::kFlopsPerParamToken * tokensAtFirstPoint));
        runs.push_back(std::move(run));
    }
    if (runs.empty())
        throw InputError(message("laws.hf2020_csv_no_runs",
                                 "{source}: no run has more than {points} points (runs are the columns named "
                                 "'<run>{suffix}')",
                                 {{"source", std::string(kSource)},
                                  {"points", std::to_string(spec.minimumPoints)},
                                  {"suffix", std::string(kLossSuffix)}}));
    std::stable_sort(runs.begin(), runs.end(), bySize);
    return runs;
}

Hf2020Frontier fitHf2020Frontier(const std::vector<Hf2020Run> &unsortedRuns, const Hf2020DataSpec &spec,
                                 const Hf2020Procedure &procedure)
{
    if (unsortedRuns.size() < 4)
        throw InputError(message("laws.hf2020_too_few_runs",
                                 "hf2020: the frontier needs at least 4 runs (the procedure leaves out the two "
                                 "smallest and the largest at its ends), got {count}",
                                 {{"count", std::to_string(unsortedRuns.size())}}));
    std::vector<Hf2020Run> runs = unsortedRuns;
    std::stable_sort(runs.begin(), runs.end(), bySize);
    for (const auto &run : runs)
        if (run.points.empty())
            throw InputError(message("laws.hf2020_empty_run", "hf2020: run '{run}' has no points",
                                     {{"run", run.name}}));
    const bool calculator = procedure.hull == Hf2020Procedure::Hull::QhullFacingViewpoint;
    // The calculator fits in the CSV's unit (FLOPs / 86,400) and that changes where curve_fit stops;
    // the exact variant fits in FLOPs. Constants are converted to FLOPs at the end.
    const double unit = calculator ? requirePositive(spec.computeColumnScale, "hf2020 compute_column_scale") : 1.0;

    Hf2020Frontier out;
    // The smallest runs end before the frontier is well sampled and the largest has nothing beyond it
    // to compare with: the study keeps the span the runs cover together.
    out.lowerFlops = runs[2].points.front().flops;
    out.upperFlops = runs[runs.size() - 2].points.back().flops;
    std::vector<PooledPoint> pooled;
    for (std::size_t i = 0; i < runs.size(); ++i)
        for (const auto &p : runs[i].points)
            if (p.flops > out.lowerFlops && p.flops < out.upperFlops)
                pooled.push_back({p.flops, p.loss, i});

    const std::vector<PooledPoint> hull = calculator ? qhullFacingHull(pooled, procedure, unit)
                                                     : exactLowerHull(std::move(pooled));
    if (hull.size() < 3)
        throw InputError(message("laws.hf2020_small_hull",
                                 "hf2020: the frontier has {count} points; fitting L(C) = a*C^(-b) + c needs at least 3",
                                 {{"count", std::to_string(hull.size())}}));
    std::vector<double> hullX, hullLoss;
    for (const auto &p : hull) {
        out.hull.push_back({p.flops, p.loss});
        hullX.push_back(p.flops / unit), hullLoss.push_back(p.loss);
    }
    const char *lossWhat = "the loss frontier L(C) = a*C^(-b) + c";
    const PowerLaw loss = calculator
                              ? curveFitPowerLaw(hullX, hullLoss, FitTarget::Value, -1, procedure.leastSquares, lossWhat)
                              : optimalPowerLaw(hullX, hullLoss, FitTarget::Value, lossWhat);
    out.b = -loss.exponent, out.c = loss.offset;
    out.a = loss.scale * std::pow(unit, out.b); // a'·x^(-b) with x = C / unit

    // Where each run comes closest to the frontier: in X = b·ln x, Y = ln a' - ln(L - c) the frontier is
    // the line Y = X, so the (first) point that maximises Y - X. The runs that touch the hull fit N_opt.
    std::vector<double> optimumX, optimumParams;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Hf2020Frontier::RunOptimum optimum{runs[i].name, runs[i].params, 0, false};
        double bestGap = -std::numeric_limits<double>::infinity();
        for (const auto &p : runs[i].points)
            if (const double gap = std::log(loss.scale) - std::log(p.loss - out.c) - out.b * std::log(p.flops / unit);
                gap > bestGap)
                bestGap = gap, optimum.flops = p.flops;
        optimum.onHull = std::any_of(hull.begin(), hull.end(), [i](const auto &p) { return p.run == i; });
        if (optimum.onHull)
            optimumX.push_back(optimum.flops / unit), optimumParams.push_back(optimum.params);
        out.runOptima.push_back(std::move(optimum));
    }
    if (optimumX.size() < 3)
        throw InputError(message("laws.hf2020_few_optima",
                                 "hf2020: only {count} runs touch the frontier; fitting N_opt(C) = d*C^e + f needs at least 3",
                                 {{"count", std::to_string(optimumX.size())}}));
    const char *sizeWhat = "the optimal size N_opt(C) = d*C^e + f";
    const PowerLaw size = calculator
                              ? curveFitPowerLaw(optimumX, optimumParams, FitTarget::Log, +1, procedure.leastSquares, sizeWhat)
                              : optimalPowerLaw(optimumX, optimumParams, FitTarget::Log, sizeWhat);
    out.e = size.exponent, out.f = size.offset;
    out.d = size.scale * std::pow(unit, -out.e); // d'·x^e with x = C / unit
    return out;
}

Hf2020Law Hf2020Law::fromConstants(const ConstantSet &constants, std::vector<Hf2020Run> runs,
                                   const Hf2020DataSpec &spec, const Hf2020Procedure &procedure)
{
    Hf2020Law law;
    law.runs = std::move(runs);
    law.spec = spec;
    law.procedure = procedure;
    law.a = requirePositive(constants["a"], "hf2020 constant a");
    law.b = requirePositive(constants["b"], "hf2020 constant b");
    law.c = requireFinite(constants["c"], "hf2020 constant c");
    law.d = requirePositive(constants["d"], "hf2020 constant d");
    law.e = requirePositive(constants["e"], "hf2020 constant e");
    law.f = requireFinite(constants["f"], "hf2020 constant f");
    return law;
}

double Hf2020Law::lossOfCompute(double flops) const
{
    return a * std::pow(requirePositive(flops, "compute"), -b) + c;
}

double Hf2020Law::minimumFlops() const
{
    return f < 0 ? std::pow(-f / d, 1 / e) : 0;
}

Allocation Hf2020Law::optimumForFlops(double flops) const
{
    requirePositive(flops, "compute");
    Allocation out;
    out.flops = flops;
    out.params = d * std::pow(flops, e) + f;
    if (!(out.params > 0))
        throw InputError(message("laws.hf2020_below_minimum",
                                 "compute {flops} FLOPs is below the hf2020 law's lower limit of {minimum} FLOPs, "
                                 "where the fitted optimal size d*C^e + f stops being positive",
                                 {{"flops", formatNumber(flops, 3)}, {"minimum", formatNumber(minimumFlops(), 3)}}));
    out.tokens = flops / (units::kFlopsPerParamToken * out.params);
    if (spec.tokensPerStep() > 0)
        out.steps = out.tokens / spec.tokensPerStep();
    out.loss = lossOfCompute(flops);
    return out;
}

Allocation Hf2020Law::optimumForParams(double params) const
{
    requirePositive(params, "model size");
    // N_opt(C) = d·C^e + f rises monotonically (d, e > 0), so it inverts in closed form.
    if (!(params > f))
        throw InputError(message("laws.hf2020_below_offset",
                                 "a model of {params} parameters is smaller than any the hf2020 law calls optimal "
                                 "(its offset f is {offset})",
                                 {{"params", formatNumber(params, 3)}, {"offset", formatNumber(f, 3)}}));
    return optimumForFlops(std::pow((params - f) / d, 1 / e));
}

std::vector<LearningCurve> Hf2020Law::learningCurves() const
{
    std::vector<LearningCurve> curves;
    curves.reserve(runs.size());
    for (const auto &run : runs)
        curves.push_back(LearningCurve{run.name, run.params, true, run.points});
    return curves;
}

} // namespace frontier
