#include "model/laws/kaplan.h"

#include "model/core/errors.h"
#include "model/core/units.h"

#include <cmath>

namespace frontier {

KaplanLaw KaplanLaw::fromConstants(const ConstantSet &c)
{
    KaplanLaw law;
    law.alphaN = c["alpha_N"];
    law.nC = c["N_c"];
    law.alphaD = c["alpha_D"];
    law.dC = c["D_c"];
    const double summary = c["nd_summary"];
    if (summary != 0 && summary != 1)
        throw InputError(message("kaplan.nd_summary", "constant nd_summary must be 0 (joint fit, Section 4.2) or 1 (summary constants)"));
    law.ndAlphaN = summary ? law.alphaN : c["alpha_N_joint"];
    law.ndNc = summary ? law.nC : c["N_c_joint"];
    law.ndAlphaD = summary ? law.alphaD : c["alpha_D_joint"];
    law.ndDc = summary ? law.dC : c["D_c_joint"];
    law.nsAlphaN = c["alpha_N_S"];
    law.nsNc = c["N_c_S"];
    law.alphaS = c["alpha_S"];
    law.sC = c["S_c"];
    law.alphaCmin = c["alpha_C_min"];
    law.cCminPfDays = c["C_c_min"];
    law.alphaB = c["alpha_B"];
    law.bStar = c["B_star"];
    law.nE = c["N_e"];
    law.pN = c["p_N"];
    law.bE = c["B_e"];
    law.pB = c["p_B"];
    law.sE = c["S_e"];
    law.pS = c["p_S"];
    law.dE = c["D_e"];
    law.pD = c["p_D"];
    for (const auto &constant : c.all())
        if (constant.name != "nd_summary")
            requirePositive(constant.value, "constant " + constant.name);
    return law;
}

double KaplanLaw::lossOfParams(double params) const
{
    return std::pow(nC / requirePositive(params, "parameters"), alphaN);
}

double KaplanLaw::lossOfTokens(double tokens) const
{
    return std::pow(dC / requirePositive(tokens, "tokens"), alphaD);
}

double KaplanLaw::lossOfParamsTokens(double params, double tokens) const
{
    requirePositive(params, "parameters");
    requirePositive(tokens, "tokens");
    return std::pow(std::pow(ndNc / params, ndAlphaN / ndAlphaD) + ndDc / tokens, ndAlphaD);
}

double KaplanLaw::lossOfParamsSteps(double params, double steps) const
{
    requirePositive(params, "parameters");
    requirePositive(steps, "steps");
    return std::pow(nsNc / params, nsAlphaN) + std::pow(sC / steps, alphaS);
}

double KaplanLaw::lossOfCompute(double flops) const
{
    const double pfDays = units::flopsToPfDays(requirePositive(flops, "compute"));
    return std::pow(cCminPfDays / pfDays, alphaCmin);
}

double KaplanLaw::criticalBatchTokens(double loss) const
{
    return bStar / std::pow(requirePositive(loss, "loss"), 1.0 / alphaB);
}

Allocation KaplanLaw::optimumForFlops(double flops) const
{
    const double pfDays = units::flopsToPfDays(requirePositive(flops, "compute"));
    Allocation a;
    a.flops = flops;
    a.params = nE * std::pow(pfDays, pN);
    a.tokens = dE * std::pow(pfDays, pD);
    a.batchTokens = bE * std::pow(pfDays, pB);
    a.steps = sE * std::pow(pfDays, pS);
    a.loss = lossOfCompute(flops);
    return a;
}

Allocation KaplanLaw::optimumForParams(double params) const
{
    const double pfDays = std::pow(requirePositive(params, "parameters") / nE, 1.0 / pN);
    return optimumForFlops(units::pfDaysToFlops(pfDays));
}

Allocation KaplanLaw::envelopeOptimum(double flops) const
{
    requirePositive(flops, "compute");
    // Minimise (N_c/N)^r + D_c·6N/C with r = alpha_N/alpha_D: setting the derivative to zero gives
    // N^(r+1) = r·N_c^r·C / (6·D_c).
    const double r = ndAlphaN / ndAlphaD;
    const double logN = (std::log(r) + r * std::log(ndNc) + std::log(flops)
                         - std::log(units::kFlopsPerParamToken * ndDc))
                        / (r + 1);
    Allocation a;
    a.flops = flops;
    a.params = std::exp(logN);
    a.tokens = flops / (units::kFlopsPerParamToken * a.params);
    a.loss = lossOfParamsTokens(a.params, a.tokens);
    return a;
}

} // namespace frontier
