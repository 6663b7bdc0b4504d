#include "model/laws/hf2020law.h"

#include "model/core/csv.h"
#include "model/core/errors.h"
#include "model/core/units.h"

#include <Eigen/Dense>
#include <unsupported/Eigen/NonLinearOptimization>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <sstream>

namespace frontier {

namespace {

constexpr std::string_view kSource = "hf2020 learning curves CSV";
constexpr std::string_view kComputeColumn = "global_step"; // holds FLOPs / 86,400, not a step
constexpr std::string_view kLossSuffix = " - valid_loss";
constexpr std::string_view kNoPoint = "undefined"; // a run with no point at that compute

std::string formatNumber(double value)
{
    std::ostringstream out;
    out.precision(3);
    out << value;
    return out.str();
}

void requireSpec(const Hf2020DataSpec &spec)
{
    requirePositive(spec.computeColumnScale, "hf2020 compute_column_scale");
    requirePositive(spec.stepsPerPoint, "hf2020 steps_per_point");
    requirePositive(spec.tokensPerStep(),
                    "hf2020 tokens per step (tokens_per_sequence x sequences_per_batch)");
}

// ---- Least squares -------------------------------------------------------------------------------

// Both fits of the study have the form y = s·C^k + o, one on y (the loss), one on ln y (the size).
struct PowerLaw
{
    double scale = 0, exponent = 0, offset = 0;
};

// Residuals for Eigen's Levenberg–Marquardt (the MINPACK port), parameters p = (q, k, o) for
// y = e^(q + k·x) + o with x = ln C - mean ln C: centring keeps scale and exponent from trading off
// over C's six decades (s = e^(q - k·mean ln C)).
struct PowerLawResiduals
{
    using Scalar = double;
    enum { InputsAtCompileTime = Eigen::Dynamic, ValuesAtCompileTime = Eigen::Dynamic };
    using InputType = Eigen::VectorXd;
    using ValueType = Eigen::VectorXd;
    using JacobianType = Eigen::MatrixXd;

    Eigen::ArrayXd x, y;
    bool onLog = false;
    int inputs() const { return 3; }
    int values() const { return static_cast<int>(x.size()); }

    int operator()(const Eigen::VectorXd &p, Eigen::VectorXd &r) const
    {
        // A trial step that makes a fitted size non-positive gets a huge residual and is rejected.
        const Eigen::ArrayXd model = (p[0] + p[1] * x).exp() + p[2];
        if (onLog)
            r = (y.log() - model.max(std::numeric_limits<double>::min()).log()).matrix();
        else
            r = (model - y).matrix();
        return 0;
    }
    int df(const Eigen::VectorXd &p, Eigen::MatrixXd &jac) const
    {
        const Eigen::ArrayXd power = (p[0] + p[1] * x).exp();
        const Eigen::ArrayXd factor =
            onLog ? Eigen::ArrayXd(-1 / (power + p[2])) : Eigen::ArrayXd::Ones(x.size());
        jac.resize(x.size(), 3);
        jac.col(0) = (factor * power).matrix();
        jac.col(1) = (factor * x * power).matrix();
        jac.col(2) = factor.matrix();
        return 0;
    }
    double cost(const Eigen::VectorXd &p) const
    {
        Eigen::VectorXd r(x.size());
        (*this)(p, r);
        return r.allFinite() ? r.squaredNorm() : std::numeric_limits<double>::infinity();
    }
};

// Least squares of y = s·C^k + o, on ln y if `onLog`. Nonlinear least squares need a start near the
// optimum: for each offset o of a scan below min y, ln(y - o) is a straight line in ln C, solved in
// closed form; the best of those is polished by Levenberg–Marquardt.
PowerLaw fitPowerLaw(const std::vector<double> &flops, const std::vector<double> &y, bool onLog,
                     std::string_view what)
{
    PowerLawResiduals fit;
    fit.x = Eigen::Map<const Eigen::ArrayXd>(flops.data(), static_cast<Eigen::Index>(flops.size())).log();
    fit.y = Eigen::Map<const Eigen::ArrayXd>(y.data(), static_cast<Eigen::Index>(y.size()));
    fit.onLog = onLog;
    const double xMean = fit.x.mean();
    fit.x -= xMean;

    Eigen::VectorXd best = Eigen::Vector3d::Zero();
    double bestCost = std::numeric_limits<double>::infinity();
    const int perDecade = 20, decades = 3; // o = min y · (1 - 10^t), t in [-3, 3]: o = 0 at t = 0
    for (int k = -perDecade * decades; k <= perDecade * decades; ++k) {
        const double offset = fit.y.minCoeff() * (1 - std::pow(10.0, double(k) / perDecade));
        const Eigen::ArrayXd ly = (fit.y - offset).log(); // x is centred: the line's intercept is ln y's mean
        const double slope = (fit.x * (ly - ly.mean())).sum() / fit.x.square().sum();
        const Eigen::Vector3d start(ly.mean(), slope, offset);
        if (const double cost = fit.cost(start); cost < bestCost)
            best = start, bestCost = cost;
    }
    if (!std::isfinite(bestCost))
        throw InputError("hf2020: no usable starting point for the fit of " + std::string(what));
    Eigen::VectorXd p = best;
    Eigen::LevenbergMarquardt<PowerLawResiduals> solver(fit);
    solver.parameters.xtol = solver.parameters.ftol = std::numeric_limits<double>::epsilon();
    solver.minimize(p);
    if (!p.allFinite() || fit.cost(p) > bestCost)
        p = best; // a polish that went astray leaves the scanned start, which is still a fit
    return {std::exp(p[0] - p[1] * xMean), p[1], p[2]};
}

// ---- The study's steps -----------------------------------------------------------------------------

bool bySize(const Hf2020Run &p, const Hf2020Run &q)
{
    return p.params < q.params;
}

struct PooledPoint
{
    double flops = 0, loss = 0;
    std::size_t run = 0;
};

// The lower convex hull in linear (C, L) space (Andrew's monotone chain), kept up to its lowest loss:
// the part where more compute buys lower loss. The study calls Qhull on raw (C / 86,400, L), whose
// roundoff tolerance follows the 1e13-sized C and drops 25 of these 46 vertices; the hull itself does
// not depend on C's scale, so we compute it exactly (tests/tst_hf2020.cpp has both sets of numbers).
std::vector<PooledPoint> lowerHull(std::vector<PooledPoint> points)
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

} // namespace

std::vector<Hf2020Run> parseHf2020Runs(std::string_view csvText, const Hf2020DataSpec &spec)
{
    requireSpec(spec);
    const CsvTable table = parseCsv(csvText, kSource);
    const int computeColumn = table.column(kComputeColumn);
    if (computeColumn < 0)
        throw InputError(std::string(kSource) + ": no '" + std::string(kComputeColumn) +
                         "' column (compute / 86,400 FLOPs) in the header");
    std::vector<double> flops;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::string &cell = table.rows[r][static_cast<std::size_t>(computeColumn)];
        flops.push_back(parseNumberCell(cell, kSource, table.rowLines[r], kComputeColumn) * spec.computeColumnScale);
        if (!(flops.back() > 0))
            throw InputError(std::string(kSource) + ": line " + std::to_string(table.rowLines[r]) +
                             ": compute must be positive, got '" + cell + "'");
    }

    // The first point comes after stepsPerPoint steps of tokensPerStep tokens: C = 6·N·D gives N.
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
                throw InputError(std::string(kSource) + ": line " + std::to_string(table.rowLines[r]) + ", column '" +
                                 column + "': a loss must be positive, got '" + cell + "'");
            run.points.push_back({flops[r], loss});
        }
        if (static_cast<int>(run.points.size()) <= spec.minimumPoints)
            continue; // too short to show where the run meets the frontier
        std::sort(run.points.begin(), run.points.end(),
                  [](const CurvePoint &p, const CurvePoint &q) { return p.flops < q.flops; });
        run.params = run.points.front().flops / (units::kFlopsPerParamToken * tokensAtFirstPoint);
        runs.push_back(std::move(run));
    }
    if (runs.empty())
        throw InputError(std::string(kSource) + ": no run has more than " +
                         std::to_string(spec.minimumPoints) + " points (runs are the columns named '<run>" +
                         std::string(kLossSuffix) + "')");
    std::stable_sort(runs.begin(), runs.end(), bySize);
    return runs;
}

Hf2020Frontier fitHf2020Frontier(const std::vector<Hf2020Run> &unsortedRuns)
{
    if (unsortedRuns.size() < 4)
        throw InputError("hf2020: the frontier needs at least 4 runs (the procedure leaves out the two "
                         "smallest and the largest at its ends), got " +
                         std::to_string(unsortedRuns.size()));
    std::vector<Hf2020Run> runs = unsortedRuns;
    std::stable_sort(runs.begin(), runs.end(), bySize);
    for (const auto &run : runs)
        if (run.points.empty())
            throw InputError("hf2020: run '" + run.name + "' has no points");

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

    const std::vector<PooledPoint> hull = lowerHull(std::move(pooled));
    if (hull.size() < 3)
        throw InputError("hf2020: the frontier has " + std::to_string(hull.size()) +
                         " points; fitting L(C) = a*C^(-b) + c needs at least 3");
    std::vector<double> hullFlops, hullLoss;
    for (const auto &p : hull) {
        out.hull.push_back({p.flops, p.loss});
        hullFlops.push_back(p.flops), hullLoss.push_back(p.loss);
    }
    const PowerLaw loss = fitPowerLaw(hullFlops, hullLoss, false, "the loss frontier L(C) = a*C^(-b) + c");
    out.a = loss.scale, out.b = -loss.exponent, out.c = loss.offset;

    // Where each run comes closest to the frontier: in X = b·ln C, Y = ln a - ln(L - c) the frontier is
    // the line Y = X, so the point that maximises Y - X. The runs that touch the hull fit N_opt.
    std::vector<double> optimumFlops, optimumParams;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Hf2020Frontier::RunOptimum optimum{runs[i].name, runs[i].params, 0, false};
        double bestGap = -std::numeric_limits<double>::infinity();
        for (const auto &p : runs[i].points)
            if (const double gap = std::log(out.a) - std::log(p.loss - out.c) - out.b * std::log(p.flops);
                gap > bestGap)
                bestGap = gap, optimum.flops = p.flops;
        optimum.onHull = std::any_of(hull.begin(), hull.end(), [i](const auto &p) { return p.run == i; });
        if (optimum.onHull)
            optimumFlops.push_back(optimum.flops), optimumParams.push_back(optimum.params);
        out.runOptima.push_back(std::move(optimum));
    }
    if (optimumFlops.size() < 3)
        throw InputError("hf2020: only " + std::to_string(optimumFlops.size()) +
                         " runs touch the frontier; fitting N_opt(C) = d*C^e + f needs at least 3");
    const PowerLaw size =
        fitPowerLaw(optimumFlops, optimumParams, true, "the optimal size N_opt(C) = d*C^e + f");
    out.d = size.scale, out.e = size.exponent, out.f = size.offset;
    return out;
}

Hf2020Law Hf2020Law::fromConstants(const ConstantSet &constants, std::vector<Hf2020Run> runs,
                                   const Hf2020DataSpec &spec)
{
    Hf2020Law law;
    law.runs = std::move(runs);
    law.spec = spec;
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
        throw InputError("compute " + formatNumber(flops) +
                         " FLOPs is below the hf2020 law's lower limit of " + formatNumber(minimumFlops()) +
                         " FLOPs, where the fitted optimal size d*C^e + f stops being positive");
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
        throw InputError("a model of " + formatNumber(params) +
                         " parameters is smaller than any the hf2020 law " +
                         "calls optimal (its offset f is " + formatNumber(f) + ")");
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
