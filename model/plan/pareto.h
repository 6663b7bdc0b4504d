#pragma once
// Which offers are worth a look: the Pareto front of two quantities that are both minimised (for a
// fixed job, cost and wall-clock time). A point is on the front when no other point is at least as
// good on both and better on one. Equal points share their fate: two offers with the same cost and
// time are both on the front or both off it. A point with a missing (non-finite) value is never on it.
//
// With a budget, the budget's own quantity is the same on every row (a dollar budget costs the
// same everywhere), so the front there trades the loss each offer buys against what still differs.

#include "model/cost/costmodel.h"

#include <cstddef>
#include <vector>

namespace frontier {

struct Comparison;
struct PlanRequest;

// front[i] is true when point (x[i], y[i]) is Pareto-optimal. x and y have the same length.
// O(n log n): sorted by x then y, a point is on the front when it beats the best y so far.
std::vector<bool> paretoFront(const std::vector<double> &x, const std::vector<double> &y);

// The two minimised quantities a comparison's front is drawn on.
enum class ParetoMetric { CostUsd, WallClockHours, Loss };
struct ParetoAxes
{
    ParetoMetric x = ParetoMetric::CostUsd;
    ParetoMetric y = ParetoMetric::WallClockHours;
};
// Cost against wall-clock; with a budget, loss takes the place of what the budget fixes (dollars:
// cost; hours, days, GPU-hours: wall-clock on a GPU count shared by every row).
ParetoAxes paretoAxes(const PlanRequest &request);

// The rows' values of one metric, NaN where a row lacks it (no price, a law without a loss).
std::vector<double> metricValues(const Comparison &comparison, ParetoMetric metric);

// front[i] for comparison.rows[i], on paretoAxes(request).
std::vector<bool> paretoRows(const Comparison &comparison, const PlanRequest &request);

} // namespace frontier
