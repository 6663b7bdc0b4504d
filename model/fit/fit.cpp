#include "model/fit/fit.h"

#include "model/core/csv.h"
#include "model/core/errors.h"
#include "model/core/sourcedjson.h"
#include "model/fit/fitsearch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace frontier {

namespace {

std::string lowercase(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

// Index of the first header cell matching one of `names` (case-insensitive), or -1.
int findColumn(const CsvTable &table, std::initializer_list<std::string_view> names)
{
    for (std::size_t i = 0; i < table.header.size(); ++i)
        if (std::find(names.begin(), names.end(), lowercase(table.header[i])) != names.end())
            return static_cast<int>(i);
    return -1;
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const auto &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

[[noreturn]] void missingColumn(const CsvTable &table, std::string_view source, std::string_view what)
{
    throw InputError(std::string(source) + ": no " + std::string(what) + " column (found: "
                     + joined(table.header) + ")");
}

// A positive, finite number from one cell; the error names file, line and column.
double positiveCell(const CsvTable &table, std::size_t row, int column, std::string_view source)
{
    const std::size_t line = table.rowLines[row];
    const auto col = static_cast<std::size_t>(column);
    const std::string &name = table.header[col];
    const double value = parseNumberCell(table.rows[row][col], source, line, name);
    if (!(value > 0))
        throw InputError(std::string(source) + ": line " + std::to_string(line) + ", column '" + name
                         + "': must be positive, got " + table.rows[row][col]);
    return value;
}

std::vector<double> grid(const nlohmann::json &document, const char *name)
{
    auto values = document.at("grid").at(name).get<std::vector<double>>();
    if (values.empty())
        throw InputError(std::string("fitting procedure: the grid of '") + name + "' is empty");
    return values;
}

} // namespace

std::vector<Observation> parseObservationsCsv(std::string_view text, std::string_view source)
{
    const CsvTable table = parseCsv(text, source);
    const int params = findColumn(table, {"params", "parameters", "n", "model size"});
    const int tokens = findColumn(table, {"tokens", "d", "training tokens"});
    const int flops = findColumn(table, {"flops", "c", "training flop", "training flops", "compute"});
    const int loss = findColumn(table, {"loss", "l"});
    if (params < 0)
        missingColumn(table, source, "parameters (params, parameters, n or model size)");
    if (tokens < 0 && flops < 0)
        missingColumn(table, source,
                      "tokens (tokens, d or training tokens) or FLOPs (flops, c, training flop(s) "
                      "or compute)");
    if (loss < 0)
        missingColumn(table, source, "loss (loss or l)");
    if (table.rows.empty())
        throw InputError(std::string(source) + ": the file has a header but no data rows");

    std::vector<Observation> observations;
    observations.reserve(table.rows.size());
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        Observation o;
        o.params = positiveCell(table, row, params, source);
        // Tokens win when both are given; otherwise C = 6·N·D, the approximation every law here uses.
        o.tokens = tokens >= 0 ? positiveCell(table, row, tokens, source)
                               : positiveCell(table, row, flops, source) / (6 * o.params);
        o.loss = positiveCell(table, row, loss, source);
        observations.push_back(o);
    }
    return observations;
}

std::vector<Observation> excludeHighestLoss(std::vector<Observation> observations, int count)
{
    if (count <= 0)
        return observations;
    const auto keep = observations.size() > static_cast<std::size_t>(count)
                          ? observations.size() - static_cast<std::size_t>(count)
                          : 0;
    // Stable, so the survivors keep the file's order (and the fit its determinism).
    std::stable_sort(observations.begin(), observations.end(),
                     [](const Observation &x, const Observation &y) { return x.loss < y.loss; });
    observations.resize(keep);
    return observations;
}

FitMethod parseFitMethod(std::string_view text)
{
    if (text == "hoffmann")
        return FitMethod::Hoffmann;
    if (text == "epoch-mle")
        return FitMethod::EpochMle;
    throw InputError(unknownIdMessage("fit method", text, {"hoffmann", "epoch-mle"}));
}

std::string fitMethodName(FitMethod method)
{
    switch (method) {
    case FitMethod::Hoffmann: return "hoffmann";
    case FitMethod::EpochMle: return "epoch-mle";
    }
    return "?";
}

FitProcedure FitProcedure::fromJson(std::string_view jsonText)
{
    try {
        const auto document = nlohmann::json::parse(jsonText);
        FitProcedure procedure;
        procedure.huberDelta = sourcedNumber(document, "huber_delta", "fitting procedure");
        if (!(procedure.huberDelta > 0) || !std::isfinite(procedure.huberDelta))
            throw InputError("fitting procedure: huber_delta must be positive");
        procedure.alphaGrid = grid(document, "alpha");
        procedure.betaGrid = grid(document, "beta");
        procedure.eGrid = grid(document, "e");
        procedure.aGrid = grid(document, "a");
        procedure.bGrid = grid(document, "b");
        const auto &start = document.at("mle_start");
        procedure.startA = start.at("a").get<double>();
        procedure.startB = start.at("b").get<double>();
        procedure.startE = start.at("e").get<double>();
        procedure.startAlpha = start.at("alpha").get<double>();
        procedure.startBeta = start.at("beta").get<double>();
        procedure.source = document.at("huber_delta").at("source").get<std::string>() + "; "
                           + document.at("grid").at("source").get<std::string>() + "; "
                           + start.at("source").get<std::string>();
        return procedure;
    } catch (const nlohmann::json::exception &e) {
        throw InputError(std::string("fitting procedure: malformed JSON: ") + e.what());
    }
}

std::size_t FitProcedure::startCount() const
{
    return alphaGrid.size() * betaGrid.size() * eGrid.size() * aGrid.size() * bGrid.size();
}

FitResult fitParametricLaw(const std::vector<Observation> &observations, const FitProcedure &procedure,
                           const FitOptions &options)
{
    // Five free constants: with fewer points than that the fit is underdetermined.
    const std::size_t minimum = 5;
    if (observations.size() < minimum)
        throw InputError("a fit needs at least " + std::to_string(minimum) + " observations, got "
                         + std::to_string(observations.size()));
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const Observation &o = observations[i];
        if (!(o.params > 0 && o.tokens > 0 && o.loss > 0) || !std::isfinite(o.params)
            || !std::isfinite(o.tokens) || !std::isfinite(o.loss))
            throw InputError("observation " + std::to_string(i + 1)
                             + ": parameters, tokens and loss must be finite and positive");
    }
    if (!(procedure.huberDelta > 0))
        throw InputError("fitting procedure: huber_delta must be positive");

    const fitting::LogObservations data = fitting::logObservations(observations);
    switch (options.method) {
    case FitMethod::Hoffmann: return fitting::fitHoffmannGrid(data, procedure, options);
    case FitMethod::EpochMle: return fitting::fitEpochMle(data, procedure, options);
    }
    throw InputError("unknown fit method");
}

} // namespace frontier
