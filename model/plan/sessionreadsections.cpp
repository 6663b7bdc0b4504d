// Each section of a session file read into the plan's inputs, choices and view.
#include "model/plan/sessionreader.h"
#include "model/plan/sessionkeys.h"
#include "model/shape/paramcount.h"

namespace frontier::sessionread {

using namespace sessionkeys;

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
    // Newer than the file format: absent means no cap, and is not worth a note.
    if (const json *unique = s.find(job::kUniqueTokens); unique && !unique->is_null())
        in.uniqueTokens = positive(*unique, s.keyOf(job::kUniqueTokens), "tokens");
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

void Reader::readMoe(const json *section, PlanInputs &in) const
{
    in.moe.reset();
    if (!section || section->is_null())
        return;
    if (!section->is_object())
        wrongType(moe::kSection, "object", *section);
    Section s(section, moe::kSection, m_notes);
    MixtureOfExperts read;
    // Both are needed: a mixture without one of them is not the user's, so it is refused, not guessed.
    for (auto [name, field] : {std::pair{moe::kExperts, &read.experts}, std::pair{moe::kTopK, &read.topK}}) {
        const json *v = s.find(name);
        if (!v)
            throw InputError(message("session.moe_incomplete", "{key}: missing; a mixture of experts needs {experts} and {top_k}",
                                     {{"key", s.keyOf(name)}, {"experts", s.keyOf(moe::kExperts)}, {"top_k", s.keyOf(moe::kTopK)}}));
        *field = whole(*v, s.keyOf(name), 1, 100'000);
    }
    checkedAt(s.keyOf(moe::kTopK), [&] {
        checkExperts(read);
        return 0;
    });
    in.moe = read;
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

} // namespace frontier::sessionread
