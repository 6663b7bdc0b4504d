#include "model/laws/lawcatalog.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/lookup.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"
#include "model/core/units.h"
#include "model/laws/datarange.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <mutex>
#include <variant>

namespace frontier {

namespace {

using nlohmann::json;

std::string stringOr(const json &object, const char *key, std::string fallback = {})
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

// A constant Frontier computed itself (a fit when the data loads), with the procedure as its source.
Constant derivedConstant(std::string name, double value, std::string description, std::string source)
{
    Constant c;
    c.name = std::move(name);
    c.value = value;
    c.description = std::move(description);
    c.source = std::move(source);
    return c;
}

Constant parseConstant(const json &entry)
{
    Constant c;
    c.name = entry.at("name").get<std::string>();
    c.value = entry.at("value").get<double>();
    c.description = stringOr(entry, "description");
    c.source = entry.at("source").get<std::string>();
    if (entry.contains("se"))
        c.standardError = entry.at("se").get<double>();
    if (entry.contains("ci95"))
        c.interval95 = std::make_pair(entry.at("ci95").at(0).get<double>(), entry.at("ci95").at(1).get<double>());
    return c;
}

// One quantity of "data_range": {"min": ..., "max": ..., "source": "..."}; either bound may be left
// out (unknown), the source may not.
DataSpan parseSpan(const json &range, const char *key)
{
    DataSpan span;
    const auto it = range.find(key);
    if (it == range.end())
        return span;
    span.min = it->value("min", 0.0);
    span.max = it->value("max", 0.0);
    span.source = stringOr(*it, "source");
    if (span.source.empty())
        throw InputError(message("json.no_source", "{context}: '{key}' has no source",
                                 {{"context", "data_range"}, {"key", key}}));
    if (!(span.min >= 0 && span.max >= 0) || (span.max > 0 && span.min > span.max))
        throw InputError(message("laws.bad_data_range", "data_range '{key}': needs 0 <= min <= max, got {min} to {max}",
                                 {{"key", key}, {"min", formatNumber(span.min)}, {"max", formatNumber(span.max)}}));
    return span;
}

// A law's "data_range": the compute, N and D of the runs it was fitted on. Absent: unknown.
DataRange parseDataRange(const json &entry)
{
    DataRange range;
    const auto it = entry.find("data_range");
    if (it == entry.end())
        return range;
    range.flops = parseSpan(*it, "flops");
    range.params = parseSpan(*it, "params");
    range.tokens = parseSpan(*it, "tokens");
    return range;
}

// A law's "repetition_epochs": {"nearly_new": {"epochs": 4, "source": "..."}, "fading": ..., "near_zero": ...}.
std::optional<RepetitionFindings> parseRepetitionFindings(const json &entry)
{
    const auto it = entry.find("repetition_epochs");
    if (it == entry.end())
        return std::nullopt;
    const auto finding = [&](const char *key) {
        const json &item = it->at(key);
        EpochFinding f{requirePositive(item.at("epochs").get<double>(), "epochs"), stringOr(item, "source")};
        if (f.source.empty())
            throw InputError(message("json.no_source", "{context}: '{key}' has no source",
                                     {{"context", "repetition_epochs"}, {"key", key}}));
        return f;
    };
    RepetitionFindings findings{finding("nearly_new"), finding("fading"), finding("near_zero")};
    if (!(findings.nearlyNew.epochs < findings.fading.epochs && findings.fading.epochs < findings.nearZero.epochs))
        throw InputError(message("laws.bad_repetition_epochs",
                                 "repetition_epochs: needs nearly_new < fading < near_zero"));
    return findings;
}

Law buildParametric(LawInfo info, ConstantSet constants)
{
    info.capabilities = {Capability::LossOfParamsTokens, Capability::LossOfCompute, Capability::Optimum,
                         Capability::LearningCurves};
    auto form = ParametricLaw::fromConstants(constants);
    if (form.repetition)
        info.capabilities.insert(Capability::LossOfRepeatedData);
    return Law(std::move(info), std::move(constants), form);
}

Law buildKaplan(LawInfo info, ConstantSet constants)
{
    info.capabilities = {Capability::LossOfParams,      Capability::LossOfTokens,
                         Capability::LossOfParamsTokens, Capability::LossOfParamsSteps,
                         Capability::LossOfCompute,      Capability::Optimum,
                         Capability::CriticalBatch,      Capability::LearningCurves};
    auto form = KaplanLaw::fromConstants(constants);
    return Law(std::move(info), std::move(constants), form);
}

Law buildPowerAllocation(LawInfo info, const json &entry)
{
    const json &table = entry.at("table");
    std::vector<TableRow> rows;
    for (const auto &row : table.at("rows"))
        rows.push_back({row.at("params").get<double>(), row.at("flops").get<double>(),
                        row.at("tokens").get<double>()});
    const auto [k, a] = PowerAllocationLaw::fitRows(rows);
    const std::string tableSource = table.at("source").get<std::string>();
    const std::string fitted = "least-squares fit of ln N on ln C through the " + std::to_string(rows.size())
                               + " rows of " + tableSource + ", computed when the law loads";
    ConstantSet constants({
        derivedConstant("k", k, "N_opt = k * C^a: coefficient (parameters per FLOP^a)", fitted),
        derivedConstant("a", a, "N_opt = k * C^a: exponent", fitted),
    });
    info.capabilities = {Capability::Optimum};
    auto form = PowerAllocationLaw::fromConstants(constants);
    return Law(std::move(info), std::move(constants), form);
}

// How the frontier is found: "qhull-facing-point" (the calculator's own procedure) or "exact-lower".
Hf2020Procedure hf2020Procedure(const json &frontier)
{
    Hf2020Procedure procedure;
    const std::string hull = frontier.at("hull").get<std::string>();
    if (hull == "exact-lower") {
        procedure.hull = Hf2020Procedure::Hull::ExactLower;
        return procedure;
    }
    if (hull != "qhull-facing-point")
        throw InputError(message("laws.hf2020_unknown_hull",
                                 "hf2020 frontier: unknown hull '{hull}'; expected qhull-facing-point or exact-lower",
                                 {{"hull", hull}}));
    procedure.hull = Hf2020Procedure::Hull::QhullFacingViewpoint;
    const json &qhull = frontier.at("qhull_command");
    procedure.qhullCommand = qhull.at("value").get<std::string>();
    if (stringOr(qhull, "source").empty())
        throw InputError(message("laws.hf2020_no_source", "hf2020 frontier: '{key}' has no source",
                                 {{"key", "qhull_command"}}));
    procedure.viewpoint.flops = sourcedNumber(frontier, "viewpoint_compute_column", "hf2020 frontier");
    procedure.viewpoint.loss = sourcedNumber(frontier, "viewpoint_loss", "hf2020 frontier");
    const json &fit = frontier.at("least_squares");
    procedure.leastSquares.start = sourcedNumber(fit, "start", "hf2020 least squares");
    procedure.leastSquares.ftol = sourcedNumber(fit, "ftol", "hf2020 least squares");
    procedure.leastSquares.xtol = sourcedNumber(fit, "xtol", "hf2020 least squares");
    procedure.leastSquares.maxEvaluations = static_cast<int>(sourcedNumber(fit, "max_evaluations", "hf2020 least squares"));
    return procedure;
}

// What the hf2020 law is built from, read from its JSON at once; the CSV and the fit wait for first use.
struct Hf2020Recipe
{
    LawInfo info;
    std::string file;       // the data file's name, e.g. "hf2020_loss_vs_compute.csv"
    std::string dataSource; // its citation
    std::string rangeSource; // how the runs are cited where a plan leaves them ("data_range" "source")
    Hf2020DataSpec spec;
    Hf2020Procedure procedure;
};

Hf2020Recipe hf2020Recipe(LawInfo info, const json &entry)
{
    const json &data = entry.at("data");
    Hf2020Recipe recipe{std::move(info), data.at("file").get<std::string>(), data.at("source").get<std::string>(),
                        entry.at("data_range").at("source").get<std::string>(), {}, {}};
    recipe.spec.computeColumnScale = sourcedNumber(data, "compute_column_scale", "hf2020 data");
    recipe.spec.stepsPerPoint = sourcedNumber(data, "steps_per_point", "hf2020 data");
    recipe.spec.tokensPerSequence = sourcedNumber(data, "tokens_per_sequence", "hf2020 data");
    recipe.spec.sequencesPerBatch = sourcedNumber(data, "sequences_per_batch", "hf2020 data");
    recipe.spec.minimumPoints = static_cast<int>(sourcedNumber(data, "minimum_points", "hf2020 data"));
    recipe.procedure = hf2020Procedure(entry.at("frontier"));
    return recipe;
}

// Parses the runs and fits the frontier: the costly part, done on first use of the law.
Law buildHf2020(Hf2020Recipe recipe, const DataFileReader &dataFiles)
{
    const std::optional<std::string> text = dataFiles(recipe.file);
    if (!text)
        throw InputError(message("laws.data_file_missing", "data file '{file}' is missing", {{"file", recipe.file}}));
    const Hf2020DataSpec &spec = recipe.spec;
    const Hf2020Procedure &procedure = recipe.procedure;
    auto runs = parseHf2020Runs(*text, spec);
    const Hf2020Frontier frontier = fitHf2020Frontier(runs, spec, procedure);

    const std::string source = "fitted when the data loads to " + recipe.dataSource
                               + (procedure.hull == Hf2020Procedure::Hull::ExactLower
                                      ? " through the exact lower convex hull, at the least-squares optimum"
                                      : " by the 2020 calculator's own procedure (Qhull " + procedure.qhullCommand
                                            + ", curve_fit from its default start)");
    ConstantSet constants({
        derivedConstant("a", frontier.a, "L(C) = a*C^(-b) + c: scale (C in FLOPs)", source),
        derivedConstant("b", frontier.b, "L(C) = a*C^(-b) + c: exponent", source),
        derivedConstant("c", frontier.c, "L(C) = a*C^(-b) + c: loss floor, nats/token", source),
        derivedConstant("d", frontier.d, "N_opt(C) = d*C^e + f: scale", source),
        derivedConstant("e", frontier.e, "N_opt(C) = d*C^e + f: exponent", source),
        derivedConstant("f", frontier.f, "N_opt(C) = d*C^e + f: offset, parameters (negative)", source),
    });
    LawInfo info = std::move(recipe.info);
    info.capabilities = {Capability::LossOfCompute, Capability::Optimum, Capability::LearningCurves};
    auto form = Hf2020Law::fromConstants(constants, std::move(runs), spec, procedure);
    info.validFlops.min = form.minimumFlops();
    info.validRangeNote = "below it the fitted N_opt(C) = d*C^e + f is not positive (f < 0)";
    // The span of every measured point of the runs the law keeps, in its own N (non-embedding).
    std::vector<RunExtent> points;
    for (const Hf2020Run &run : form.runs)
        for (const CurvePoint &p : run.points)
            points.push_back({p.flops, run.params, p.flops / (units::kFlopsPerParamToken * run.params)});
    info.dataRange = dataRangeOf(points, recipe.rangeSource);
    return Law(std::move(info), std::move(constants), std::move(form));
}

using LawBuilder = std::function<Law()>;

struct ReadLaw
{
    std::string id;
    std::variant<Law, LawBuilder> law; // built now, or a builder for first use
};

// A law from its JSON entry: built now, or (for a law fitted to a data file) a builder for later.
ReadLaw buildLaw(const json &entry, const std::string &family, const DataFileReader &dataFiles)
{
    LawInfo info;
    info.id = entry.at("id").get<std::string>();
    info.name = entry.at("name").get<std::string>();
    info.citation = entry.at("citation").get<std::string>();
    info.description = entry.at("description").get<std::string>();
    info.family = family;
    if (entry.contains("notes"))
        info.notes = entry.at("notes").get<std::vector<std::string>>();
    info.dataRange = parseDataRange(entry);
    info.repetitionFindings = parseRepetitionFindings(entry);

    const std::string form = entry.at("form").get<std::string>();
    auto constants = [&] {
        std::vector<Constant> list;
        for (const auto &c : entry.at("constants"))
            list.push_back(parseConstant(c));
        return ConstantSet(std::move(list));
    };
    const std::string id = info.id;
    if (form == "parametric")
        return {id, buildParametric(std::move(info), constants())};
    if (form == "kaplan")
        return {id, buildKaplan(std::move(info), constants())};
    if (form == "power_allocation")
        return {id, buildPowerAllocation(std::move(info), entry)};
    if (form == "hf2020")
        return {id, LawBuilder([recipe = hf2020Recipe(std::move(info), entry), dataFiles] {
                    return buildHf2020(recipe, dataFiles);
                })};
    throw InputError(message("laws.unknown_form", "law {law} has an unknown form '{form}'",
                             {{"law", info.id}, {"form", form}}));
}

// A law that does not build says why in its own words; the file it sits in goes first.
InputError lawFileError(const std::string &file, const InputError &e)
{
    return fileError(file, "laws.file_invalid", "{reason}", {{"reason", e.what()}});
}

} // namespace

// One law of the catalogue: built when the catalogue loads, or on first use by `build`. A mutex
// rather than std::call_once, because the build may throw (a broken data file) and libstdc++'s
// call_once does not reliably survive an exception (GCC bug 66146); the next call then tries again.
struct LawCatalog::Entry
{
    std::string id;
    std::string file; // for messages: "laws/hf2020.json"
    LawBuilder build;
    std::optional<Law> law;
    std::atomic<const Law *> built{nullptr};
    std::mutex mutex;

    const Law &get()
    {
        if (const Law *done = built.load(std::memory_order_acquire))
            return *done;
        const std::lock_guard<std::mutex> lock(mutex);
        if (!law) {
            try {
                law.emplace(build());
            } catch (const InputError &e) {
                throw lawFileError(file, e);
            }
        }
        built.store(&*law, std::memory_order_release);
        return *law;
    }
};

LawCatalog::LawCatalog() = default;
LawCatalog::LawCatalog(LawCatalog &&) noexcept = default;
LawCatalog &LawCatalog::operator=(LawCatalog &&) noexcept = default;
LawCatalog::~LawCatalog() = default;

LawCatalog LawCatalog::fromJson(const std::vector<TextFile> &lawFiles,
                                const std::map<std::string, std::string> &dataFiles)
{
    auto files = std::make_shared<const std::map<std::string, std::string>>(dataFiles);
    return fromJsonWithReader(lawFiles, [files](const std::string &name) -> std::optional<std::string> {
        const auto it = files->find(name);
        return it == files->end() ? std::nullopt : std::optional<std::string>(it->second);
    });
}

LawCatalog LawCatalog::fromJsonWithReader(const std::vector<TextFile> &lawFiles, DataFileReader dataFiles)
{
    LawCatalog catalog;
    for (const auto &file : lawFiles) {
        std::vector<ReadLaw> laws;
        try {
            laws = readJsonDocument(file.text, file.name, [&](const json &document) {
                const std::string family = document.at("family").get<std::string>();
                std::vector<ReadLaw> read;
                for (const auto &entry : document.at("laws"))
                    read.push_back(buildLaw(entry, family, dataFiles));
                return read;
            });
        } catch (const InputError &e) {
            if (e.message().code == "json.malformed")
                throw;
            throw lawFileError(file.name, e);
        }
        for (ReadLaw &read : laws) {
            for (const auto &existing : catalog.m_entries)
                if (existing->id == read.id)
                    throw fileError(file.name, "catalog.duplicate_id", "duplicate id '{id}'", {{"id", read.id}});
            auto entry = std::make_unique<Entry>();
            entry->id = std::move(read.id);
            entry->file = file.name;
            if (auto *law = std::get_if<Law>(&read.law)) {
                entry->law.emplace(std::move(*law));
                entry->built.store(&*entry->law);
            } else {
                entry->build = std::move(std::get<LawBuilder>(read.law));
            }
            catalog.m_entries.push_back(std::move(entry));
        }
    }
    return catalog;
}

std::vector<const Law *> LawCatalog::laws() const
{
    std::vector<const Law *> result;
    for (const auto &entry : m_entries)
        result.push_back(&entry->get());
    return result;
}

std::vector<std::string> LawCatalog::ids() const
{
    std::vector<std::string> result;
    for (const auto &entry : m_entries)
        result.push_back(entry->id);
    return result;
}

const Law *LawCatalog::find(std::string_view id) const
{
    for (const auto &entry : m_entries)
        if (entry->id == id)
            return &entry->get();
    return nullptr;
}

const Law &LawCatalog::law(std::string_view id) const
{
    const auto &entry = findById(m_entries, id, "law", [](const auto &e) -> const std::string & { return e->id; });
    return entry->get();
}

} // namespace frontier
