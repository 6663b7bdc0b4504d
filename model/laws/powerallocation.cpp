#include "model/laws/powerallocation.h"

#include "model/core/errors.h"
#include "model/core/units.h"

#include <Eigen/Dense>

#include <cmath>

namespace frontier {

PowerAllocationLaw PowerAllocationLaw::fromConstants(const ConstantSet &c)
{
    PowerAllocationLaw law;
    law.k = requirePositive(c["k"], "constant k");
    law.a = requirePositive(c["a"], "constant a");
    return law;
}

std::pair<double, double> PowerAllocationLaw::fitRows(const std::vector<TableRow> &rows)
{
    if (rows.size() < 2)
        throw InputError(message("allocation.too_few_rows", "a power-law allocation needs at least two table rows"));
    Eigen::MatrixXd design(rows.size(), 2);
    Eigen::VectorXd logN(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        design(i, 0) = 1.0;
        design(i, 1) = std::log(requirePositive(rows[i].flops, "table FLOPs"));
        logN(i) = std::log(requirePositive(rows[i].params, "table parameters"));
    }
    const Eigen::Vector2d coef = design.colPivHouseholderQr().solve(logN);
    return {std::exp(coef(0)), coef(1)};
}

Allocation PowerAllocationLaw::optimumForFlops(double flops) const
{
    Allocation result;
    result.flops = requirePositive(flops, "compute");
    result.params = k * std::pow(flops, a);
    result.tokens = flops / (units::kFlopsPerParamToken * result.params);
    return result;
}

Allocation PowerAllocationLaw::optimumForParams(double params) const
{
    return optimumForFlops(std::pow(requirePositive(params, "parameters") / k, 1.0 / a));
}

} // namespace frontier
