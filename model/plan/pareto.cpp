#include "model/plan/pareto.h"

#include "model/core/errors.h"
#include "model/plan/planner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace frontier {

std::vector<bool> paretoFront(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size())
        throw InputError(message("pareto.lengths", "Pareto front: {x} x values but {y} y values",
                                 {{"x", std::to_string(x.size())}, {"y", std::to_string(y.size())}}));
    std::vector<std::size_t> order;
    order.reserve(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] != x[b] ? x[a] < x[b] : y[a] < y[b]; });

    std::vector<bool> front(x.size(), false);
    // Walking up in x, a point is dominated unless its y beats every y before it; a point equal to
    // the last one on the front is on it too (nothing beats it that did not beat its twin).
    double bestY = std::numeric_limits<double>::infinity();
    std::size_t last = 0;
    bool any = false;
    for (std::size_t i : order) {
        if (y[i] < bestY) {
            front[i] = true;
            bestY = y[i];
            last = i;
            any = true;
        } else if (any && x[i] == x[last] && y[i] == y[last]) {
            front[i] = true;
        }
    }
    return front;
}

ParetoAxes paretoAxes(const PlanRequest &request)
{
    ParetoAxes axes;
    if (!request.budgetAmount)
        return axes;
    switch (request.budgetUnit) {
    case BudgetUnit::Usd:
        axes.x = ParetoMetric::Loss;
        break;
    case BudgetUnit::Hours:
    case BudgetUnit::Days:
    case BudgetUnit::GpuHours:
        axes.y = ParetoMetric::Loss;
        break;
    case BudgetUnit::Flops: // the same FLOPs, hence the same loss, everywhere: cost against time
    case BudgetUnit::PfDays:
    case BudgetUnit::Kwh:   // energy and CO2 leave both cost and time free
    case BudgetUnit::KgCo2:
        break;
    }
    return axes;
}

std::vector<double> metricValues(const Comparison &comparison, ParetoMetric metric)
{
    constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> values;
    values.reserve(comparison.rows.size());
    for (const auto &row : comparison.rows) {
        switch (metric) {
        case ParetoMetric::CostUsd:
            values.push_back(row.plan.cost.costUsd.value_or(kMissing));
            break;
        case ParetoMetric::WallClockHours:
            values.push_back(row.plan.cost.wallClockHours);
            break;
        case ParetoMetric::Loss:
            values.push_back(row.plan.allocation.loss.value_or(kMissing));
            break;
        }
    }
    return values;
}

std::vector<bool> paretoRows(const Comparison &comparison, const PlanRequest &request)
{
    const ParetoAxes axes = paretoAxes(request);
    return paretoFront(metricValues(comparison, axes.x), metricValues(comparison, axes.y));
}

} // namespace frontier
