#include "model/runs/knownruns.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/lookup.h"
#include "model/core/units.h"

#include <cmath>
#include <set>

namespace frontier {

namespace {

constexpr std::string_view kFile = "runs.json";

using nlohmann::json;

// A figure is null (with its reason under "gaps") or {"value": positive, "source": non-empty}.
std::optional<RunFigure> figure(const json &entry, const char *key, const std::string &runId)
{
    if (!entry.contains(key) || entry.at(key).is_null()) {
        const json &gaps = entry.at("gaps");
        if (!gaps.contains(key) || gaps.at(key).get<std::string>().empty())
            throw fileError(kFile, "runs.no_gap_reason", "run '{id}': '{field}' is null without a reason under 'gaps'",
                            {{"id", runId}, {"field", key}});
        return std::nullopt;
    }
    const json &item = entry.at(key);
    RunFigure f;
    f.value = item.at("value").get<double>();
    if (!(std::isfinite(f.value) && f.value > 0))
        throw fileError(kFile, "runs.not_positive", "run '{id}': '{field}' must be positive, got {value}",
                        {{"id", runId}, {"field", key}, {"value", std::to_string(f.value)}});
    f.source = item.value("source", std::string());
    if (f.source.empty())
        throw fileError(kFile, "runs.no_source", "run '{id}': '{field}' has no source", {{"id", runId}, {"field", key}});
    f.derived = item.value("derived", false);
    return f;
}

KnownRun readRun(const json &entry)
{
    KnownRun run;
    run.id = entry.at("id").get<std::string>();
    if (run.id.empty())
        throw fileError(kFile, "runs.no_id", "a run has an empty id");
    run.name = entry.at("name").get<std::string>();
    run.organisation = entry.value("organisation", std::string());
    run.year = entry.value("year", 0);
    run.citation = entry.at("citation").get<std::string>();
    run.params = figure(entry, "params", run.id);
    run.tokens = figure(entry, "tokens", run.id);
    run.flops = figure(entry, "flops", run.id);
    run.gpuHours = figure(entry, "gpu_hours", run.id);
    run.energyMwh = figure(entry, "energy_mwh", run.id);
    run.co2T = figure(entry, "co2_t", run.id);
    if (entry.contains("chips") && !entry.at("chips").is_null())
        run.chips = figure(entry, "chips", run.id);
    if (entry.contains("accelerator") && !entry.at("accelerator").is_null()) {
        run.accelerator = entry.at("accelerator").at("value").get<std::string>();
        run.acceleratorSource = entry.at("accelerator").at("source").get<std::string>();
    } else if (!entry.at("gaps").contains("accelerator")) {
        throw fileError(kFile, "runs.no_gap_reason", "run '{id}': '{field}' is null without a reason under 'gaps'",
                        {{"id", run.id}, {"field", "accelerator"}});
    }
    run.co2Basis = entry.value("co2_basis", std::string());
    if (run.co2T && run.co2Basis.empty())
        throw fileError(kFile, "runs.no_co2_basis", "run '{id}': a CO2 figure needs 'co2_basis' (how it was counted)",
                        {{"id", run.id}});
    for (const auto &a : entry.value("alternatives", json::array())) {
        RunAlternative alt;
        alt.field = a.at("field").get<std::string>();
        alt.value = a.at("value").get<double>();
        alt.source = a.at("source").get<std::string>();
        alt.note = a.value("note", std::string());
        if (alt.source.empty())
            throw fileError(kFile, "runs.no_source", "run '{id}': '{field}' has no source",
                            {{"id", run.id}, {"field", alt.field}});
        run.alternatives.push_back(std::move(alt));
    }
    for (const auto &[field, why] : entry.at("gaps").items())
        run.gaps[field] = why.get<std::string>();
    for (const auto &note : entry.value("notes", json::array()))
        run.notes.push_back(note.get<std::string>());
    return run;
}

} // namespace

std::optional<double> KnownRun::sixNd() const
{
    if (!params || !tokens)
        return std::nullopt;
    return units::trainingFlops(params->value, tokens->value);
}

std::optional<double> KnownRun::trainingFlops() const
{
    if (flops)
        return flops->value;
    return sixNd();
}

KnownRunCatalog KnownRunCatalog::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, kFile, [](const json &document) {
        KnownRunCatalog catalog;
        std::set<std::string> seen;
        for (const auto &entry : document.at("runs")) {
            KnownRun run = readRun(entry);
            if (!seen.insert(run.id).second)
                throw fileError(kFile, "catalog.duplicate_id", "duplicate id '{id}'", {{"id", run.id}});
            catalog.m_runs.push_back(std::move(run));
        }
        if (catalog.m_runs.empty())
            throw fileError(kFile, "runs.empty", "the catalogue of published runs is empty");
        return catalog;
    });
}

std::vector<std::string> KnownRunCatalog::ids() const
{
    std::vector<std::string> out;
    for (const auto &run : m_runs)
        out.push_back(run.id);
    return out;
}

const KnownRun &KnownRunCatalog::get(std::string_view id) const
{
    return findById(m_runs, id, "published run");
}

const KnownRun *KnownRunCatalog::find(std::string_view id) const
{
    for (const auto &run : m_runs)
        if (run.id == id)
            return &run;
    return nullptr;
}

RunComparison compareWithRun(const KnownRun &run, double planFlops, std::optional<double> planCo2Kg)
{
    const auto flops = run.trainingFlops();
    if (!flops)
        throw InputError(message("runs.no_flops", "{name} has no published training compute to compare with",
                                 {{"name", run.name}}));
    RunComparison out;
    out.runId = run.id;
    out.computeRatio = requirePositive(planFlops, "training compute") / *flops;
    if (planCo2Kg && run.co2T)
        out.co2Ratio = *planCo2Kg / (run.co2T->value * 1000.0);
    return out;
}

} // namespace frontier
