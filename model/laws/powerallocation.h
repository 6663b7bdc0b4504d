#pragma once
// A compute-optimal allocation given only as a power law N_opt = k·C^a with D_opt = C/(6·N_opt):
// Hoffmann et al. 2022 Approaches 1 and 2, which predict sizes, not losses. k and a are fitted
// by least squares (log N on log C) through the paper's own table rows when the law loads.

#include "model/core/constants.h"
#include "model/laws/lawtypes.h"

#include <vector>

namespace frontier {

struct TableRow
{
    double params = 0;
    double flops = 0;
    double tokens = 0;
};

struct PowerAllocationLaw
{
    double k = 0;
    double a = 0;

    static PowerAllocationLaw fromConstants(const ConstantSet &constants);
    // Least-squares line through (log C, log N) of the rows: returns {k, a}.
    static std::pair<double, double> fitRows(const std::vector<TableRow> &rows);

    Allocation optimumForFlops(double flops) const;
    Allocation optimumForParams(double params) const;
};

} // namespace frontier
