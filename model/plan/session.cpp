// Reading a session (parseSession, from_json); writing it is model/plan/sessionwrite.cpp.
#include "model/plan/session.h"
#include "model/plan/sessionkeys.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace frontier {

namespace {

using namespace sessionkeys;

using nlohmann::json;
using nlohmann::ordered_json;

// ---- refusals -------------------------------------------------------------------------------------

[[noreturn]] void wrongType(const std::string &key, const char *expected, const json &value)
{
    throw InputError(message("session.wrong_type", "{key}: expected {expected}, got {type}",
                             {{"key", key}, {"expected", expected}, {"type", value.type_name()}}));
}

// An id lookup's refusal ("unknown accelerator 'h100'; did you mean ...") with the key in front, so
// the user knows which line of the file to fix. Any other refusal is passed on as it is.
[[noreturn]] void refuseAt(const std::string &key, const InputError &e)
{
    const Message &inner = e.message();
    if (inner.code == "id.unknown" || inner.code == "id.unknown_near") {
        Message m = inner;
        m.code = inner.code == "id.unknown" ? "session.unknown_id" : "session.unknown_id_near";
        m.english = "{field}: " + inner.english;
        m.args.insert(m.args.begin(), MessageArg{"field", key});
        throw InputError(std::move(m));
    }
    throw e; // its own words name what is wrong (an out-of-range value names the key as {what})
}

template <typename F> auto checkedAt(const std::string &key, F lookup)
{
    try {
        return lookup();
    } catch (const InputError &e) {
        refuseAt(key, e);
    }
}

// ---- one JSON object of the file, and the keys read from it ---------------------------------------

// Hands out the members of one object by name, noting each missing one, and at the end notes every
// member nobody asked for. A section missing as a whole is noted once, and its keys not at all.
class Section
{
public:
    Section(const json *object, std::string path, std::vector<Message> &notes)
        : m_object(object), m_path(std::move(path)), m_notes(notes)
    {
    }

    std::string keyOf(std::string_view name) const
    {
        return m_path.empty() ? std::string(name) : m_path + "." + std::string(name);
    }

    // The member, or nullptr when it is absent (then the caller keeps its default).
    const json *get(std::string_view name)
    {
        m_asked.emplace(name);
        if (!m_object)
            return nullptr;
        const auto found = m_object->find(name);
        if (found == m_object->end()) {
            m_notes.push_back(message("session.missing_key", "{key}: missing; the default is used",
                                      {{"key", keyOf(name)}}));
            return nullptr;
        }
        return &*found;
    }

    // The member if present, else nullptr without a note: for a key an older file has no need of.
    const json *find(std::string_view name)
    {
        m_asked.emplace(name);
        if (!m_object)
            return nullptr;
        const auto found = m_object->find(name);
        return found == m_object->end() ? nullptr : &*found;
    }

    // A nested object; absent (noted) or null reads as all defaults.
    Section section(std::string_view name)
    {
        const json *member = get(name);
        if (member && !member->is_object())
            wrongType(keyOf(name), "object", *member);
        return Section(member, keyOf(name), m_notes);
    }

    void noteUnknownKeys() const
    {
        if (!m_object)
            return;
        for (const auto &[name, value] : m_object->items())
            if (!m_asked.count(name))
                m_notes.push_back(message("session.unknown_key", "{key}: not a session key; ignored",
                                          {{"key", keyOf(name)}}));
    }

private:
    const json *m_object;
    std::string m_path;
    std::vector<Message> &m_notes;
    std::set<std::string, std::less<>> m_asked;
};

// ---- typed members ---------------------------------------------------------------------------------

class Reader
{
public:
    Reader(const SessionCatalogs *catalogs, std::vector<Message> &notes)
        : m_catalogs(catalogs), m_notes(notes)
    {
    }

    Session read(const json &document);

private:
    double number(const json &value, const std::string &key, const char *limitKey = nullptr) const
    {
        if (!value.is_number())
            wrongType(key, "number", value);
        const double v = value.get<double>();
        requireFinite(v, key); // a document built in memory may hold inf (a file cannot: 1e400 is refused)
        if (limitKey && m_catalogs)
            m_catalogs->limits.check(limitKey, v, {"what", key});
        return v;
    }

    double positive(const json &value, const std::string &key, const char *limitKey = nullptr) const
    {
        const double v = number(value, key, limitKey);
        return requirePositive(v, key);
    }

    // MFU and the power fraction are shares of a peak: (0, 1] by definition.
    double fraction(const json &value, const std::string &key) const
    {
        const double v = number(value, key);
        if (!(v > 0 && v <= 1))
            throw InputError(message("session.not_fraction", "{key} must be in (0, 1], got {value}",
                                     {{"key", key}, {"value", formatNumber(v)}}));
        return v;
    }

    int whole(const json &value, const std::string &key, int min, int max) const
    {
        const double v = number(value, key);
        if (v != std::floor(v) || v < min || v > max)
            throw InputError(message("session.not_whole",
                                     "{key} must be a whole number from {min} to {max}, got {value}",
                                     {{"key", key},
                                      {"min", std::to_string(min)},
                                      {"max", std::to_string(max)},
                                      {"value", formatNumber(v)}}));
        return int(v);
    }

    std::string text(const json &value, const std::string &key) const
    {
        if (!value.is_string())
            wrongType(key, "string", value);
        return value.get<std::string>();
    }

    bool flag(const json &value, const std::string &key) const
    {
        if (!value.is_boolean())
            wrongType(key, "boolean", value);
        return value.get<bool>();
    }

    // Optional members: null means "not set".
    template <typename T, typename F>
    void optional(Section &s, std::string_view name, std::optional<T> &out, F read) const
    {
        if (const json *v = s.get(name))
            out = v->is_null() ? std::nullopt : std::optional<T>(read(*v, s.keyOf(name)));
    }
    template <typename F> void required(Section &s, std::string_view name, auto &out, F read) const
    {
        if (const json *v = s.get(name))
            out = read(*v, s.keyOf(name));
    }

    std::optional<Log10Range> range(const json &value, const std::string &key) const;
    void readLaw(Section s, PlanInputs &in) const;
    void readJob(Section s, PlanInputs &in) const;
    void readHardware(Section s, PlanChoices &c) const;
    void readEnergy(Section s, PlanChoices &c) const;
    void readMemory(Section s, PlanChoices &c) const;
    void readBatch(Section s, PlanInputs &in) const;
    void readChart(Section s, ChartView &view) const;
    void readCompare(Section s, ComparisonFilter &f) const;

    const SessionCatalogs *m_catalogs; // null: check types and numbers, not ids
    std::vector<Message> &m_notes;
};

std::optional<Log10Range> Reader::range(const json &value, const std::string &key) const
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_array() || value.size() != 2)
        wrongType(key, "array [min, max]", value);
    // log10 of the smallest and largest positive doubles: any axis end beyond them is not a number
    // the chart could show.
    static const double lowest = std::log10(std::numeric_limits<double>::denorm_min());
    static const double highest = std::log10(std::numeric_limits<double>::max());
    const Log10Range r{number(value[0], key + "[0]"), number(value[1], key + "[1]")};
    if (!(r.min < r.max) || r.min < lowest || r.max > highest)
        throw InputError(message("session.bad_range",
                                 "{key}: [{min}, {max}] is not an axis range (log10, min below max)",
                                 {{"key", key}, {"min", formatNumber(r.min)}, {"max", formatNumber(r.max)}}));
    return r;
}

void Reader::readLaw(Section s, PlanInputs &in) const
{
    required(s, law::kId, in.lawId, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs && !m_catalogs->findLaw(id))
            refuseAt(key, InputError(unknownIdMessage("law", id, m_catalogs->lawIds)));
        return id;
    });
    if (const json *overrides = s.get(law::kOverrides)) {
        if (!overrides->is_object())
            wrongType(s.keyOf(law::kOverrides), "object", *overrides);
        in.overrides.clear();
        for (const auto &[name, value] : overrides->items())
            in.overrides[name] = number(value, s.keyOf(law::kOverrides) + "." + name);
    }
    if (m_catalogs && !in.overrides.empty()) {
        // Names the law does not have, and values its form refuses (a negative exponent...).
        const Law *law = m_catalogs->findLaw(in.lawId);
        if (!law)
            refuseAt(s.keyOf(law::kId), InputError(unknownIdMessage("law", in.lawId, m_catalogs->lawIds)));
        // ...and values outside their plausible ranges (E = -1), as the window and --set refuse them.
        checkedAt(s.keyOf(law::kOverrides), [&] { return lawWithOverrides(*law, in.overrides, m_catalogs->limits); });
    }
    s.noteUnknownKeys();
}

void Reader::readJob(Section s, PlanInputs &in) const
{
    // Files before the target-loss mode say only "fixed": true or false; newer ones say "mode" and
    // keep "fixed" for older readers. Either alone is enough; both must agree (a hand edit of one
    // must not be ignored); neither is noted as a missing mode.
    const json *fixedValue = s.find(job::kFixed), *mode = s.find(job::kMode);
    const std::optional<bool> fixed =
        fixedValue ? std::optional(flag(*fixedValue, s.keyOf(job::kFixed))) : std::nullopt;
    if (mode) {
        const std::string key = s.keyOf(job::kMode), name = text(*mode, key);
        const std::optional<PlanMode> named = planModeNamed(name);
        if (!named)
            throw InputError(message("session.unknown_mode", "{key}: unknown plan mode '{mode}'; known: {modes}",
                                     {{"key", key},
                                      {"mode", name},
                                      {"modes", planModeName(PlanMode::Budget) + ", " + planModeName(PlanMode::FixedJob)
                                                    + ", " + planModeName(PlanMode::TargetLoss)}}));
        if (fixed && *fixed != (*named == PlanMode::FixedJob))
            throw InputError(message("session.mode_conflict",
                                     "{fixed_key}: {fixed} contradicts {key}: '{mode}'; make the two agree or leave "
                                     "out {fixed_key}",
                                     {{"fixed_key", s.keyOf(job::kFixed)},
                                      {"fixed", *fixed ? "true" : "false"},
                                      {"key", key},
                                      {"mode", name}}));
        in.mode = *named;
    } else if (fixed) {
        in.mode = *fixed ? PlanMode::FixedJob : PlanMode::Budget;
    } else {
        s.get(job::kMode); // notes it missing: the default mode is used
    }
    required(s, job::kUnit, in.budgetUnit, [&](const json &v, const std::string &key) {
        return checkedAt(key, [&] { return parseBudgetUnit(text(v, key)); });
    });
    // A budget has a range of its own only in FLOPs and PF-days; in other units the cost model
    // refuses an amount whose FLOPs are absurd, when the plan is made.
    const char *budgetLimit = in.budgetUnit == BudgetUnit::Flops    ? "flops"
                              : in.budgetUnit == BudgetUnit::PfDays ? "pfdays"
                                                                    : nullptr;
    required(s, job::kBudget, in.budgetAmount,
             [&](const json &v, const std::string &key) { return positive(v, key, budgetLimit); });
    required(s, job::kParams, in.params,
             [&](const json &v, const std::string &key) { return positive(v, key, "params"); });
    required(s, job::kTokens, in.tokens,
             [&](const json &v, const std::string &key) { return positive(v, key, "tokens"); });
    // Kept whichever mode is in use; an older file has none and keeps the default, noted.
    required(s, job::kTargetLoss, in.targetLoss,
             [&](const json &v, const std::string &key) { return positive(v, key, "target_loss"); });
    s.noteUnknownKeys();
}

void Reader::readHardware(Section s, PlanChoices &c) const
{
    required(s, hardware::kGpu, c.gpu, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs && !id.empty())
            checkedAt(key, [&] { return &m_catalogs->catalogs.accelerators.get(id); });
        return id;
    });
    const int maxGpus =
        m_catalogs ? int(m_catalogs->limits.range("gpus").max) : std::numeric_limits<int>::max();
    optional(s, hardware::kGpus, c.gpus,
             [&](const json &v, const std::string &key) { return whole(v, key, 1, maxGpus); });
    required(s, hardware::kOffer, c.offer, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs && !id.empty())
            checkedAt(key, [&] { return &m_catalogs->catalogs.offers.get(id); });
        return id;
    });
    optional(s, hardware::kUsdPerGpuHour, c.usdPerGpuHour,
             [&](const json &v, const std::string &key) { return number(v, key, "usd_per_gpu_hour"); });
    required(s, hardware::kPricing, c.pricing, [&](const json &v, const std::string &key) {
        return checkedAt(key, [&] { return parsePricing(text(v, key)); });
    });
    optional(s, hardware::kPrecision, c.precision, [&](const json &v, const std::string &key) {
        return checkedAt(key, [&] { return parsePrecision(text(v, key)); });
    });
    optional(s, hardware::kAmp, c.amp, [&](const json &v, const std::string &key) {
        return checkedAt(key, [&] { return parseAmp(text(v, key)); });
    });
    optional(s, hardware::kMfu, c.mfu, [&](const json &v, const std::string &key) { return fraction(v, key); });
    optional(s, hardware::kPeakFlops, c.peakFlops,
             [&](const json &v, const std::string &key) { return positive(v, key, "peak_flops"); });
    optional(s, hardware::kOverhead, c.overhead,
             [&](const json &v, const std::string &key) { return number(v, key, "overhead"); });
    s.noteUnknownKeys();
}

void Reader::readEnergy(Section s, PlanChoices &c) const
{
    optional(s, energy::kGpuWatts, c.gpuWatts,
             [&](const json &v, const std::string &key) { return positive(v, key, "gpu_watts"); });
    optional(s, energy::kPowerFraction, c.powerFraction,
             [&](const json &v, const std::string &key) { return fraction(v, key); });
    optional(s, energy::kPue, c.pue, [&](const json &v, const std::string &key) { return number(v, key, "pue"); });
    required(s, energy::kGridDataset, c.gridDataset, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs)
            checkedAt(key, [&] { return &m_catalogs->catalogs.regions.dataset(id); });
        return id;
    });
    required(s, energy::kRegion, c.region, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs && !id.empty())
            checkedAt(key, [&] { return &m_catalogs->catalogs.regions.region(id, c.gridDataset); });
        return id;
    });
    required(s, energy::kCountry, c.country, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs && !id.empty())
            checkedAt(key, [&] { return &m_catalogs->catalogs.regions.country(id); });
        return id;
    });
    optional(s, energy::kGridGPerKwh, c.gridGramsPerKwh,
             [&](const json &v, const std::string &key) { return number(v, key, "grid_g_per_kwh"); });
    optional(s, energy::kUsdPerKwh, c.usdPerKwh,
             [&](const json &v, const std::string &key) { return number(v, key, "usd_per_kwh"); });
    s.noteUnknownKeys();
}

void Reader::readMemory(Section s, PlanChoices &c) const
{
    optional(s, memory::kZeroStage, c.zeroStage,
             [&](const json &v, const std::string &key) { return whole(v, key, 0, 3); });
    optional(s, memory::kMicroBatch, c.microBatch,
             [&](const json &v, const std::string &key) { return positive(v, key, "micro_batch"); });
    optional(s, memory::kSeqLen, c.sequenceLength,
             [&](const json &v, const std::string &key) { return positive(v, key, "seq_len"); });
    optional(s, memory::kRecompute, c.recompute, [&](const json &v, const std::string &key) {
        return checkedAt(key, [&] { return parseRecompute(text(v, key)); });
    });
    s.noteUnknownKeys();
}

void Reader::readBatch(Section s, PlanInputs &in) const
{
    optional(s, batch::kTokens, in.batchTokens,
             [&](const json &v, const std::string &key) { return positive(v, key, "batch_tokens"); });
    s.noteUnknownKeys();
}

void Reader::readChart(Section s, ChartView &view) const
{
    for (auto [name, field] : {std::pair{chart::kLossXLog10, &view.lossX}, std::pair{chart::kLossYLog10, &view.lossY},
                               std::pair{chart::kAllocationYLog10, &view.allocationY}})
        if (const json *v = s.get(name))
            *field = range(*v, s.keyOf(name));
    s.noteUnknownKeys();
}

void Reader::readCompare(Section s, ComparisonFilter &f) const
{
    // A provider filter that matches no offer shows an empty table, which says so itself.
    required(s, compare::kProvider, f.provider, [&](const json &v, const std::string &key) { return text(v, key); });
    required(s, compare::kGpu, f.gpu, [&](const json &v, const std::string &key) {
        std::string id = text(v, key);
        if (m_catalogs && !id.empty())
            checkedAt(key, [&] { return &m_catalogs->catalogs.accelerators.get(id); });
        return id;
    });
    optional(s, compare::kMaxUsdPerGpuHour, f.maxUsdPerGpuHour,
             [&](const json &v, const std::string &key) { return number(v, key, "usd_per_gpu_hour"); });
    required(s, compare::kFitsOnly, f.fitsOnly, [&](const json &v, const std::string &key) { return flag(v, key); });
    s.noteUnknownKeys();
}

Session Reader::read(const json &document)
{
    if (!document.is_object())
        wrongType("(the file)", "object", document);
    const auto version = document.find(kSchemaVersion);
    if (version == document.end())
        throw InputError(
            message("session.no_schema", "schema_version: missing; this is not a Frontier session"));
    if (!version->is_number_integer())
        wrongType(kSchemaVersion, "integer", *version);
    const auto v = version->get<long long>();
    if (v > kSessionSchemaVersion)
        throw InputError(
            message("session.newer_schema",
                    "schema_version {version} is newer than this Frontier reads (up to {supported}); update "
                    "Frontier to open it",
                    {{"version", std::to_string(v)}, {"supported", std::to_string(kSessionSchemaVersion)}}));
    whole(*version, kSchemaVersion, 1, kSessionSchemaVersion);

    Session session;
    Section top(&document, "", m_notes);
    top.get(kSchemaVersion);
    readLaw(top.section(law::kSection), session.inputs);
    readJob(top.section(job::kSection), session.inputs);
    readHardware(top.section(hardware::kSection), session.inputs.choices);
    readEnergy(top.section(energy::kSection), session.inputs.choices);
    readMemory(top.section(memory::kSection), session.inputs.choices);
    readBatch(top.section(batch::kSection), session.inputs);
    readChart(top.section(chart::kSection), session.chart);
    readCompare(top.section(compare::kSection), session.compare);
    if (const json *runs = top.get(kRuns))
        session.runsPath = text(*runs, kRuns);
    if (const json *paths = top.get(kUserCatalogs)) {
        if (!paths->is_array())
            wrongType(kUserCatalogs, "array", *paths);
        for (std::size_t i = 0; i < paths->size(); ++i)
            session.userCatalogPaths.push_back(text((*paths)[i], std::string(kUserCatalogs) + "[" + std::to_string(i) + "]"));
    }
    top.noteUnknownKeys();
    return session;
}

} // namespace

void from_json(const nlohmann::json &json, Session &session)
{
    std::vector<Message> notes;
    session = Reader(nullptr, notes).read(json);
}

Session parseSession(std::string_view text, const SessionCatalogs &catalogs, std::vector<Message> &notes)
{
    // What follows a NUL byte is no text a person wrote (a damaged copy, a binary file): refused
    // with its offset, not parsed up to it.
    if (const std::size_t at = text.find('\0'); at != std::string_view::npos)
        throw InputError(message("session.nul_byte", "a NUL byte at byte offset {offset}: a session is text",
                                 {{"offset", std::to_string(at)}}));
    json document;
    try {
        document = parseJsonWithDepthLimit(text, [] {
            throw InputError(message("session.too_deep", "not a session: JSON nested more than {limit} levels deep",
                                     {{"limit", maxJsonDepthText()}}));
        });
    } catch (const json::exception &e) {
        throw InputError(
            message("session.malformed", "not a session: malformed JSON: {detail}", {{"detail", e.what()}}));
    }
    // Notes only for a session that loads: a refused one leaves the caller's list as it was.
    std::vector<Message> found;
    Session session = Reader(&catalogs, found).read(document);
    notes.insert(notes.end(), found.begin(), found.end());
    return session;
}

} // namespace frontier
