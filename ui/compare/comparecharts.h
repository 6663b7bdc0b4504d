#pragma once
// What the comparison's two charts draw, read from the table's visible rows: the bars of one metric
// (best first, as many as have room, the plan's own offer always among them) and the scatter's
// points on the Pareto axes. The dock draws them live; an export draws them for a file
// (ui/export/comparisonexport.h), so the file shows what the dock shows.

#include "model/plan/comparisontable.h"
#include "model/plan/pareto.h"
#include "ui/charts/comparebarchart.h"
#include "ui/charts/paretochart.h"
#include "ui/compare/comparemodel.h"

#include <span>
#include <vector>

namespace frontier::ui {

class CompareFilter;

// The bar chart's metrics, in the order the dock's combo lists them.
std::span<const CompareModel::Column> compareBarMetrics();
// What the table sorts by and the bars show unless told: cost for a fixed job; with a budget the loss
// each offer buys (a dollar budget costs the same everywhere).
CompareModel::Column defaultCompareColumn(bool budget);
// `wanted`, or when no row has it (a law without a loss, asked for the loss each offer buys) the
// first metric of compareBarMetrics() that differs between the rows.
CompareModel::Column usableBarMetric(const CompareModel &model, CompareModel::Column wanted);
// The title of a metric's axis, with its unit: "Cost (USD)".
QString compareAxisTitle(int column);
// The column that holds a Pareto metric.
CompareModel::Column compareColumn(ParetoMetric metric);

// How many bars a chart `pixels` high gives each its label: 5 to 20.
int barsThatFit(int pixels);

// The bars of `metric` for the visible rows, those that can run the job first (as the table ranks
// them: fitRank()), each rank smallest first: the first `most`, and the current offer if it is not
// among them. `rows` receives the source row of each bar, in the same order.
std::vector<CompareBar> compareBars(const CompareModel &model, const CompareFilter &visible, CompareModel::Column metric,
                                    int most, std::vector<int> *rows = nullptr);

// The visible rows that have both values, at (x, y) of `axes`.
std::vector<ParetoPoint> comparePoints(const CompareModel &model, const CompareFilter &visible, const ParetoAxes &axes,
                                       std::vector<int> *rows = nullptr);

// Source rows as the table's entries (with their Pareto marks), for its CSV.
std::vector<ComparisonEntry> comparisonEntries(const CompareModel &model, const std::vector<int> &rows);
// The visible rows in the table's order.
std::vector<int> visibleRows(const CompareFilter &visible);

} // namespace frontier::ui
