#include "model/laws/parametric.h"

#include "model/core/errors.h"
#include "model/core/units.h"

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
