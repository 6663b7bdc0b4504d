#include "model/laws/parametric.h"

#include "model/core/errors.h"
#include "model/core/units.h"

#include <algorithm>
#include <cmath>

namespace frontier {

ParametricLaw ParametricLaw::fromConstants(const ConstantSet &c)
{
    ParametricLaw law;
    law.E = requireFinite(c["E"], "constant E");
    law.A = requirePositive(c["A"], "constant A");
    law.B = requirePositive(c["B"], "constant B");
    law.alpha = requirePositive(c["alpha"], "constant alpha");
    law.beta = requirePositive(c["beta"], "constant beta");
    // Both or neither: the paper fits them together, and one without the other is no law it wrote.
    if (c.contains("R_D_star") || c.contains("R_N_star"))
        law.repetition = RepetitionDecay{requirePositive(c["R_D_star"], "constant R_D_star"),
                                         requirePositive(c["R_N_star"], "constant R_N_star")};
    return law;
}

double ParametricLaw::loss(double params, double tokens) const
{
    requirePositive(params, "parameters");
    requirePositive(tokens, "tokens");
    return E + A / std::pow(params, alpha) + B / std::pow(tokens, beta);
}

double ParametricLaw::G() const
{
    return std::pow(alpha * A / (beta * B), 1.0 / (alpha + beta));
}

double ParametricLaw::optimalParamsForTokens(double tokens) const
{
    return std::pow(tokens * G(), beta / alpha) * G();
}

RepeatedRun ParametricLaw::repeatedRun(double params, double tokens, double uniqueTokens) const
{
    if (!repetition)
        throw InputError(message("laws.no_repetition",
                                 "this law has no repetition terms (R_D_star, R_N_star): it cannot weigh repeated data"));
    RepeatedRun run;
    run.params = requirePositive(params, "parameters");
    run.tokens = requirePositive(tokens, "tokens");
    // More unique tokens than the run reads: it reads D of them once (the paper's U_D = min(D_C, D)).
    run.uniqueTokens = std::min(requirePositive(uniqueTokens, "unique tokens"), tokens);
    run.epochs = tokens / run.uniqueTokens;
    run.effectiveTokens = effectiveCount(run.uniqueTokens, std::max(run.epochs - 1, 0.0), repetition->dataStar);
    run.uniqueParams = std::min(params, optimalParamsForTokens(run.uniqueTokens));
    run.effectiveParams =
        effectiveCount(run.uniqueParams, std::max(params / run.uniqueParams - 1, 0.0), repetition->paramsStar);
    return run;
}

double ParametricLaw::loss(double params, double tokens, double uniqueTokens) const
{
    const RepeatedRun run = repeatedRun(params, tokens, uniqueTokens);
    return E + A / std::pow(run.effectiveParams, alpha) + B / std::pow(run.effectiveTokens, beta);
}

Allocation ParametricLaw::optimumForFlops(double flops) const
{
    const double sixth = requirePositive(flops, "compute") / units::kFlopsPerParamToken;
    Allocation result;
    result.flops = flops;
    result.params = G() * std::pow(sixth, a());
    result.tokens = std::pow(sixth, b()) / G();
    result.loss = loss(result.params, result.tokens);
    return result;
}

Allocation ParametricLaw::optimumForParams(double params) const
{
    // Invert N = G·(C/6)^a.
    const double sixth = std::pow(requirePositive(params, "parameters") / G(), 1.0 / a());
    return optimumForFlops(sixth * units::kFlopsPerParamToken);
}

} // namespace frontier
