#include "model/fit/fit.h"

#include "model/core/csv.h"
#include "model/core/asciicase.h"
#include "model/core/errors.h"
#include "model/core/enumnames.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"
#include "model/fit/fitsearch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace frontier {

namespace {

constexpr EnumNames<FitMethod, 2> kFitMethodNames{{{{FitMethod::Hoffmann, "hoffmann"}, {FitMethod::EpochMle, "epoch-mle"}}}};

// Index of the first header cell matching one of `names` (case-insensitive), or -1.
int findColumn(const CsvTable &table, std::initializer_list<std::string_view> names)
{
    for (std::size_t i = 0; i < table.header.size(); ++i)
        if (std::find(names.begin(), names.end(), asciiLowercase(table.header[i])) != names.end())
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

[[noreturn]] void missingColumn(const CsvTable &table, std::string_view source, const char *what,
                                std::string_view names)
{
    throw InputError(message("fit.no_column", "{source}: no {what} column (one of: {names}); found: {columns}",
                             {{"source", std::string(source)},
                              quantity("what", what),
                              {"names", std::string(names)},
                              {"columns", joined(table.header)}}));
}

// A positive, finite number from one cell; the error names file, line and column.
double positiveCell(const CsvTable &table, std::size_t row, int column, std::string_view source)
{
    const std::size_t line = table.rowLines[row];
    const auto col = static_cast<std::size_t>(column);
    const std::string &name = table.header[col];
    const double value = parseNumberCell(table.rows[row][col], source, line, name);
    if (!(value > 0))
        throw InputError(message("fit.cell_not_positive",
                                 "{source}: line {line}, column '{column}': must be positive, got {cell}",
                                 {{"source", std::string(source)},
                                  {"line", std::to_string(line)},
                                  {"column", name},
                                  {"cell", table.rows[row][col]}}));
    return value;
}

std::vector<double> grid(const nlohmann::json &document, const char *name)
{
    auto values = document.at("grid").at(name).get<std::vector<double>>();
    if (values.empty())
        throw InputError(message("fit.grid_empty", "fitting procedure: the grid of '{axis}' is empty",
                                 {{"axis", name}}));
    return values;
}

// Lines with any content: an upper bound on the rows (a quoted cell may span lines), counted before
// the parse so that an oversized table is refused before it takes memory.
std::size_t nonEmptyLines(std::string_view text)
{
    std::size_t lines = 0;
    bool content = false;
    for (const char c : text) {
        if (c == '\n' || c == '\r') {
            lines += content;
            content = false;
        } else {
            content = true;
        }
    }
    return lines + content;
}

} // namespace

void requireFitFileSize(std::uint64_t bytes, std::string_view source, const FitInputLimits &limits)
{
    if (limits.maxFileBytes > 0 && bytes > limits.maxFileBytes)
        throw InputError(message("fit.file_too_large",
                                 "{source} is {size} bytes; a fit reads files of at most {limit} bytes",
                                 {{"source", std::string(source)},
                                  {"size", std::to_string(bytes)},
                                  {"limit", std::to_string(limits.maxFileBytes)}}));
}

std::vector<Observation> parseObservationsCsv(std::string_view text, std::string_view source,
                                              const FitInputLimits &limits)
{
    requireFitFileSize(text.size(), source, limits);
    // The header plus at most maxRows rows.
    if (limits.maxRows > 0 && nonEmptyLines(text) > limits.maxRows + 1)
        throw InputError(message("fit.too_many_rows", "{source} has more than {limit} rows; a fit takes at most {limit} runs",
                                 {{"source", std::string(source)}, {"limit", std::to_string(limits.maxRows)}}));
    const CsvTable table = parseCsv(text, source);
    const int params = findColumn(table, {"params", "parameters", "n", "model size"});
    const int tokens = findColumn(table, {"tokens", "d", "training tokens"});
    const int flops = findColumn(table, {"flops", "c", "training flop", "training flops", "compute"});
    const int loss = findColumn(table, {"loss", "l"});
    if (params < 0)
        missingColumn(table, source, "parameters", "params, parameters, n, model size");
    if (tokens < 0 && flops < 0)
        missingColumn(table, source, "tokens or FLOPs",
                      "tokens, d, training tokens, flops, c, training flop, training flops, compute");
    if (loss < 0)
        missingColumn(table, source, "loss", "loss, l");
    if (table.rows.empty())
        throw InputError(message("fit.no_rows", "{source}: the file has a header but no data rows",
                                 {{"source", std::string(source)}}));

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
    return kFitMethodNames.parse(text, "fit method");
}

std::string fitMethodName(FitMethod method)
{
    return kFitMethodNames.name(method);
}

FitProcedure FitProcedure::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, "fitting.json", [](const nlohmann::json &document) {
        FitProcedure procedure;
        procedure.huberDelta = sourcedNumber(document, "huber_delta", "fitting procedure");
        if (!(procedure.huberDelta > 0) || !std::isfinite(procedure.huberDelta))
            throw InputError(message("fit.delta_not_positive", "fitting procedure: huber_delta must be positive"));
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
        const auto &limits = document.at("input_limits");
        const double maxBytes = sourcedNumber(limits, "max_file_bytes", "fitting procedure");
        const double maxRows = sourcedNumber(limits, "max_rows", "fitting procedure");
        if (!(maxBytes >= 1 && maxBytes < 1e15 && maxRows >= 1 && maxRows < 1e12))
            throw InputError(message("fit.limits_invalid",
                                     "fitting procedure: input_limits must be whole numbers of at least 1"));
        procedure.limits.maxFileBytes = static_cast<std::uint64_t>(maxBytes);
        procedure.limits.maxRows = static_cast<std::size_t>(maxRows);
        const auto &screening = document.at("grid_screening");
        const double sampleRuns = sourcedNumber(screening, "sample_runs", "fitting procedure");
        const double refinedMinima = sourcedNumber(screening, "refined_minima", "fitting procedure");
        if (!(sampleRuns >= 5 && sampleRuns < 1e9 && refinedMinima >= 1 && refinedMinima < 1e6))
            throw InputError(message("fit.screening_invalid",
                                     "fitting procedure: grid_screening needs at least 5 sample runs and 1 refined minimum"));
        procedure.screening.sampleRuns = static_cast<std::size_t>(sampleRuns);
        procedure.screening.refinedMinima = static_cast<std::size_t>(refinedMinima);
        procedure.source = document.at("huber_delta").at("source").get<std::string>() + "; "
                           + document.at("grid").at("source").get<std::string>() + "; "
                           + start.at("source").get<std::string>();
        return procedure;
    });
}

std::size_t FitProcedure::startCount() const
{
    return alphaGrid.size() * betaGrid.size() * eGrid.size() * aGrid.size() * bGrid.size();
}

namespace {

// Runs on one line of (log N, log D) — one model size, one token count, or D a fixed multiple (or
// power) of N — pin down a combination of A, alpha, B and beta, not each: the objective has a ridge
// and the search stops wherever the grid's edge meets it. Said with the line, so the user knows
// which runs to add. "On a line" is relative: the spread across the best line is under 1e-4 of the
// whole spread (1 % in standard deviation).
void warnIfDegenerate(const std::vector<Observation> &observations, std::vector<Message> &warnings)
{
    constexpr double kFlat = 1e-4;
    double mx = 0, my = 0;
    for (const Observation &o : observations) {
        mx += std::log(o.params);
        my += std::log(o.tokens);
    }
    const double count = double(observations.size());
    mx /= count;
    my /= count;
    double sxx = 0, syy = 0, sxy = 0;
    for (const Observation &o : observations) {
        const double x = std::log(o.params) - mx, y = std::log(o.tokens) - my;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    const double spread = sxx + syy; // > 0: fitParametricLaw asked for five distinct points
    // The smaller eigenvalue of the 2 x 2 scatter matrix: the spread across the best line.
    const double across = spread / 2 - std::hypot((sxx - syy) / 2, sxy);
    if (sxx <= kFlat * spread)
        warnings.push_back(message("fit.one_model_size",
                                   "every run has the same model size ({params} parameters): A and alpha cannot be told "
                                   "apart from E, so the fitted constants are not determined by these runs (add runs of "
                                   "other sizes)",
                                   {{"params", formatNumber(std::exp(mx), 4)}}));
    else if (syy <= kFlat * spread)
        warnings.push_back(message("fit.one_token_count",
                                   "every run has the same number of tokens ({tokens}): B and beta cannot be told apart "
                                   "from E, so the fitted constants are not determined by these runs (add runs of other "
                                   "lengths)",
                                   {{"tokens", formatNumber(std::exp(my), 4)}}));
    else if (across <= kFlat * spread) {
        const double exponent = sxy / sxx, factor = std::exp(my - exponent * mx);
        warnings.push_back(message("fit.runs_on_one_line",
                                   "the runs' tokens follow their sizes (D = {factor} x N^{exponent}): the effects of N "
                                   "and D cannot be told apart, so the fitted constants are not determined by these runs "
                                   "(add runs off that line)",
                                   {{"factor", formatNumber(factor, 4)}, {"exponent", formatNumber(exponent, 4)}}));
    }
}

} // namespace

FitResult fitParametricLaw(const std::vector<Observation> &observations, const FitProcedure &procedure,
                           const FitOptions &options)
{
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const Observation &o = observations[i];
        if (!(o.params > 0 && o.tokens > 0 && o.loss > 0) || !std::isfinite(o.params)
            || !std::isfinite(o.tokens) || !std::isfinite(o.loss))
            throw InputError(message("fit.observation_invalid",
                                     "observation {index}: parameters, tokens and loss must be finite and positive",
                                     {{"index", std::to_string(i + 1)}}));
    }
    // Five free constants: with fewer distinct (N, D) points the fit is underdetermined (repeated
    // runs of one configuration pin down its loss, not the law's shape).
    const std::size_t minimum = 5;
    std::set<std::pair<double, double>> distinct;
    for (const Observation &o : observations)
        distinct.emplace(o.params, o.tokens);
    if (distinct.size() < minimum)
        throw InputError(message("fit.too_few_points",
                                 "a fit needs at least {minimum} distinct (N, D) points, got {count} in {runs} runs",
                                 {{"minimum", std::to_string(minimum)},
                                  {"count", std::to_string(distinct.size())},
                                  {"runs", std::to_string(observations.size())}}));
    if (!(procedure.huberDelta > 0))
        throw InputError(message("fit.delta_not_positive", "fitting procedure: huber_delta must be positive"));

    const fitting::LogObservations data = fitting::logObservations(observations);
    FitResult result;
    switch (options.method) {
    case FitMethod::Hoffmann: result = fitting::fitHoffmannGrid(data, procedure, options); break;
    case FitMethod::EpochMle: result = fitting::fitEpochMle(data, procedure, options); break;
    default: throw InputError(message("fit.method_unknown", "unknown fit method"));
    }
    // A law with alpha or beta <= 0 predicts a loss that does not fall with N or D: `--set` and the
    // law catalogue refuse such constants, so the fit says so rather than hand one back silently.
    auto exponentWarning = [&](const char *name, double value, const char *what) {
        if (!(value > 0))
            result.warnings.push_back(message(
                "fit.exponent_not_positive",
                "the fitted {exponent} is {value}, not positive: the loss would not fall with {what}",
                {{"exponent", name}, {"value", formatNumber(value, 4)}, quantity("what", what)}));
    };
    exponentWarning("alpha", result.alpha, "model size");
    exponentWarning("beta", result.beta, "training tokens");
    warnIfDegenerate(observations, result.warnings);
    // Last, after any refusal-worthy warning (the window shows the first warning when it refuses the law).
    if (result.screeningRuns > 0)
        result.warnings.push_back(message(
            "fit.grid_screened",
            "{runs} runs: the grid's {starts} starts ran on {sample} of them, spread evenly, and its {refined} best minima were refined on all runs",
            {{"runs", std::to_string(observations.size())}, {"starts", std::to_string(result.startsTried)},
             {"sample", std::to_string(result.screeningRuns)}, {"refined", std::to_string(result.refinedMinima)}}));
    return result;
}

} // namespace frontier
