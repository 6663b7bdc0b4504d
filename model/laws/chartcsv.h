#pragma once
// The numbers behind the window's two charts as CSV, so that a figure can be redrawn elsewhere: one
// row per drawn point, the unit in each header, and the law's citation as every row's source (the
// values come from the law, or for hf2020's measured runs from the study the law cites). Numbers are
// written exactly (formatExact): the same bytes in every locale, and they read back as the chart's
// own doubles. The window and `frontier export` both write these.

#include "model/laws/chartdata.h"
#include "model/laws/lawtypes.h"

#include <string>

namespace frontier {

// Header: series,curve,params,flops,loss_nats_per_token,source. series is "learning_curve",
// "measured_run", "frontier" or "envelope"; curve and params name the learning curve (empty for the
// frontier and the envelope).
std::string lossChartCsv(const LossChartData &data, const LawInfo &law);

// Header: flops,n_opt_params,d_opt_tokens,source; one row per point of the N_opt(C) and D_opt(C) lines.
std::string allocationChartCsv(const AllocationChartData &data, const LawInfo &law);

// Rows (not counting the header) of the two files above, for whoever checks them.
std::size_t lossChartCsvRows(const LossChartData &data);

} // namespace frontier
