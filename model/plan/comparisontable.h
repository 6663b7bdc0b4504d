#pragma once
// A comparison of offers as a table: the columns `frontier compare` prints, sorts by and writes as
// JSON and CSV, and that the window's comparison exports. One definition, so the command line's file
// and the window's are the same. Each name carries its unit ("price_usd_per_gpu_hour", "co2_kg"); the
// last column, "price_source", says where the price came from (the offer's archived page and date).

#include "model/hardware/offers.h"
#include "model/plan/planner.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

namespace frontier {

// A row as the table lists it: the plan on one offer, and whether it is on the comparison's Pareto front.
struct ComparisonEntry
{
    const ComparisonRow *row = nullptr;
    bool pareto = false;
};

// A column: its name (the CSV header, the JSON key, the command line's --sort key) and its value in a
// row (null where the row lacks it: no price, no loss, no memory estimate). `offer` is the row's
// offer, null for an accelerator nobody offers.
struct ComparisonColumn
{
    const char *name;
    nlohmann::json (*value)(const ComparisonEntry &entry, const CloudOffer *offer);
};

// offer, gpu, provider, location, price_usd_per_gpu_hour, price_date, params, tokens, tokens_per_param,
// flops, loss, gpu_hours, wall_clock_hours, cost_usd, energy_kwh, co2_kg, fits_in_memory, min_gpus,
// pareto, price_source.
std::span<const ComparisonColumn> comparisonColumns();

// The figures people compare offers by, under the short names the command line takes (`compare
// --sort`, `export --metric`), each naming a column of comparisonColumns().
struct ComparisonMetric
{
    const char *name;
    const char *column;
};
inline constexpr ComparisonMetric kComparisonMetrics[] = {
    {"cost", "cost_usd"}, {"time", "wall_clock_hours"}, {"energy", "energy_kwh"}, {"co2", "co2_kg"}, {"loss", "loss"},
};

// Offers are ranked first by whether they can run the job at all, then by what the user sorts by:
// 0 the model fits in the GPUs' memory, 1 the GPU's memory is unknown, 2 it does not fit. The
// window's table and `frontier compare` both rank so (a loss is no use on an offer that cannot run).
int fitRank(const ComparisonRow &row);

// The entry's offer in `offers`, null for an accelerator nobody offers: what a column's value takes.
const CloudOffer *comparisonOffer(const ComparisonEntry &entry, const OfferCatalog &offers);

// Every column of one entry, keyed by name. `offers` is the catalogue the comparison ran on.
nlohmann::json comparisonEntryJson(const ComparisonEntry &entry, const OfferCatalog &offers);

// The header and one record per entry, in the order given. Numbers are exact (formatExact: the same
// bytes in every locale), booleans true/false, a missing value an empty cell.
std::string comparisonCsv(const std::vector<ComparisonEntry> &entries, const OfferCatalog &offers);

} // namespace frontier
