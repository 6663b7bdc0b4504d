#pragma once
// What `frontier plan` borrows from `frontier runs`: the plan compared with a published run.

#include <QCommandLineParser>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace frontier::cli {

// --compare-run ID (default GPT-3 175B).
void addCompareRunOption(QCommandLineParser &parser);
// {"id", "name", "compute_ratio", "co2_ratio" (null without both CO2 figures), "text"} for the run
// the option names; throws InputError for an unknown id.
nlohmann::json comparedToRunJson(const QCommandLineParser &parser, double planFlops, std::optional<double> planCo2Kg);
// The sentence for people ("Your plan uses 1/40 of GPT-3 175B's compute ...").
QString comparedToRunText(const nlohmann::json &comparison);

} // namespace frontier::cli
