#include "model/plan/comparisontable.h"

#include "model/core/csv.h"
#include "model/core/numbers.h"

namespace frontier {

namespace {

using nlohmann::json;

json optionalNumber(const std::optional<double> &value)
{
    return value ? json(*value) : json(nullptr);
}

std::string text(const CloudOffer *offer, std::string CloudOffer::*field)
{
    return offer ? offer->*field : std::string();
}

const Plan &plan(const ComparisonEntry &e)
{
    return e.row->plan;
}

const ComparisonColumn kColumns[] = {
    {"offer", [](const ComparisonEntry &e, const CloudOffer *) { return json(e.row->setup.offerId); }},
    {"gpu", [](const ComparisonEntry &e, const CloudOffer *) { return json(e.row->setup.gpuId); }},
    {"provider", [](const ComparisonEntry &, const CloudOffer *o) { return json(text(o, &CloudOffer::provider)); }},
    {"location", [](const ComparisonEntry &, const CloudOffer *o) { return json(text(o, &CloudOffer::location)); }},
    {"price_usd_per_gpu_hour",
     [](const ComparisonEntry &e, const CloudOffer *) { return optionalNumber(e.row->setup.cost.usdPerGpuHour); }},
    {"price_date", [](const ComparisonEntry &e, const CloudOffer *) { return json(e.row->setup.priceDate); }},
    {"params", [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).allocation.params); }},
    {"tokens", [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).allocation.tokens); }},
    {"tokens_per_param",
     [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).allocation.tokensPerParam()); }},
    {"flops", [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).allocation.flops); }},
    {"loss", [](const ComparisonEntry &e, const CloudOffer *) { return optionalNumber(plan(e).allocation.loss); }},
    {"gpu_hours", [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).cost.gpuHours); }},
    {"wall_clock_hours", [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).cost.wallClockHours); }},
    {"cost_usd", [](const ComparisonEntry &e, const CloudOffer *) { return optionalNumber(plan(e).cost.costUsd); }},
    {"energy_kwh", [](const ComparisonEntry &e, const CloudOffer *) { return json(plan(e).cost.energyKwh); }},
    {"co2_kg", [](const ComparisonEntry &e, const CloudOffer *) { return optionalNumber(plan(e).cost.co2Kg); }},
    {"fits_in_memory",
     [](const ComparisonEntry &e, const CloudOffer *) {
         return plan(e).memory ? json(plan(e).memory->fits) : json(nullptr);
     }},
    {"min_gpus",
     [](const ComparisonEntry &e, const CloudOffer *) {
         return plan(e).memory && plan(e).memory->minGpus ? json(*plan(e).memory->minGpus) : json(nullptr);
     }},
    {"pareto", [](const ComparisonEntry &e, const CloudOffer *) { return json(e.pareto); }},
    {"price_source",
     [](const ComparisonEntry &e, const CloudOffer *) {
         const auto &sources = e.row->setup.sources;
         const auto price = sources.find("price");
         return json(price == sources.end() ? std::string() : price->second);
     }},
};


std::string csvCell(const json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    return formatExact(value.get<double>());
}

} // namespace

int fitRank(const ComparisonRow &row)
{
    return !row.plan.memory ? 1 : row.plan.memory->fits ? 0 : 2;
}

const CloudOffer *comparisonOffer(const ComparisonEntry &entry, const OfferCatalog &offers)
{
    return entry.row->setup.offerId.empty() ? nullptr : &offers.get(entry.row->setup.offerId);
}

std::span<const ComparisonColumn> comparisonColumns()
{
    return kColumns;
}

nlohmann::json comparisonEntryJson(const ComparisonEntry &entry, const OfferCatalog &offers)
{
    const CloudOffer *offer = comparisonOffer(entry, offers);
    nlohmann::json out;
    for (const ComparisonColumn &column : kColumns)
        out[column.name] = column.value(entry, offer);
    return out;
}

std::string comparisonCsv(const std::vector<ComparisonEntry> &entries, const OfferCatalog &offers)
{
    std::vector<std::string> header;
    for (const ComparisonColumn &column : kColumns)
        header.emplace_back(column.name);
    std::string out = csvRecord(header);
    for (const ComparisonEntry &entry : entries) {
        const CloudOffer *offer = comparisonOffer(entry, offers);
        std::vector<std::string> cells;
        for (const ComparisonColumn &column : kColumns)
            cells.push_back(csvCell(column.value(entry, offer)));
        out += csvRecord(cells);
    }
    return out;
}

} // namespace frontier
