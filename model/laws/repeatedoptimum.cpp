#include "model/laws/repeatedoptimum.h"

#include "model/core/errors.h"
#include "model/core/units.h"

#include <boost/math/tools/minima.hpp>

#include <cmath>
#include <cstdint>
#include <limits>

namespace frontier {

namespace {

// Where the valley is searched, around the unlimited optimum N_opt(C): a cap only ever moves the
// optimum to fewer parameters and more epochs (R*_N < R*_D: excess parameters lose their worth
// first), so 10x above it is margin enough; 1e-6 of it is a million times more epochs than the
// unlimited run, past any run that repays them.
constexpr double kLnBelow = 13.815510557964274; // ln 1e6
constexpr double kLnAbove = 2.302585092994046;  // ln 10
// Half the digits of a double: the most Brent's method can resolve at a minimum.
constexpr int kBits = std::numeric_limits<double>::digits / 2;
constexpr std::uintmax_t kMaxIterations = 200;

double ceilingLoss(const ParametricLaw &p, double uniqueTokens)
{
    const RepetitionDecay &r = *p.repetition;
    const double paramsCeiling = p.optimalParamsForTokens(uniqueTokens) * (1 + r.paramsStar);
    const double tokensCeiling = uniqueTokens * (1 + r.dataStar);
    return p.E + p.A / std::pow(paramsCeiling, p.alpha) + p.B / std::pow(tokensCeiling, p.beta);
}

} // namespace

const ParametricLaw &repetitionForm(const Law &law)
{
    const auto *p = std::get_if<ParametricLaw>(&law.form());
    if (!p || !p->repetition)
        throw InputError(message("laws.no_repetition_terms",
                                 "law {law} has no terms for repeated data: a unique-token cap needs a law "
                                 "with R_D_star and R_N_star, such as muennighoff2023",
                                 {{"law", law.id()}}));
    return *p;
}

double repeatedFloorLoss(const Law &law, double uniqueTokens)
{
    return ceilingLoss(repetitionForm(law), requirePositive(uniqueTokens, "unique tokens"));
}

RepeatedOptimum repeatedOptimumForFlops(const Law &law, double flops, double uniqueTokens)
{
    const ParametricLaw &p = repetitionForm(law);
    requirePositive(uniqueTokens, "unique tokens");
    const Allocation unlimited = law.optimumForFlops(flops);
    RepeatedOptimum result;
    result.unlimitedLoss = *unlimited.loss;
    result.floorLoss = ceilingLoss(p, uniqueTokens);

    const double sixth = flops / units::kFlopsPerParamToken;
    if (unlimited.tokens <= uniqueTokens) {
        // Every token is new and N = N_opt(D): nothing decays, the loss is the unlimited one exactly.
        result.allocation = unlimited;
        result.run = p.repeatedRun(unlimited.params, unlimited.tokens, uniqueTokens);
    } else {
        const auto lossAt = [&](double lnParams) {
            const double params = std::exp(lnParams);
            return p.loss(params, sixth / params, uniqueTokens);
        };
        const double lnOpt = std::log(unlimited.params);
        std::uintmax_t iterations = kMaxIterations;
        const auto [lnParams, loss] =
            boost::math::tools::brent_find_minima(lossAt, lnOpt - kLnBelow, lnOpt + kLnAbove, kBits, iterations);
        result.allocation.flops = flops;
        result.allocation.params = std::exp(lnParams);
        result.allocation.tokens = sixth / result.allocation.params;
        result.allocation.loss = loss;
        result.run = p.repeatedRun(result.allocation.params, result.allocation.tokens, uniqueTokens);
    }
    return result;
}

std::vector<EpochPoint> lossAgainstEpochs(const Law &law, double flops, double uniqueTokens, double minEpochs,
                                          double maxEpochs, int points)
{
    const ParametricLaw &p = repetitionForm(law);
    requirePositive(flops, "compute");
    requirePositive(uniqueTokens, "unique tokens");
    requirePositive(minEpochs, "fewest epochs");
    requirePositive(maxEpochs - minEpochs, "epoch span");
    const double sixth = flops / units::kFlopsPerParamToken;
    std::vector<EpochPoint> curve;
    curve.reserve(std::size_t(std::max(points, 2)));
    const double step = std::log(maxEpochs / minEpochs) / (std::max(points, 2) - 1);
    for (int i = 0; i < std::max(points, 2); ++i) {
        EpochPoint point;
        point.epochs = minEpochs * std::exp(step * i);
        const double tokens = point.epochs * uniqueTokens;
        point.params = sixth / tokens;
        point.loss = p.loss(point.params, tokens, uniqueTokens);
        curve.push_back(point);
    }
    return curve;
}

} // namespace frontier
