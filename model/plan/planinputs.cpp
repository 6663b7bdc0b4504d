#include "model/plan/planinputs.h"

#include "model/core/enumnames.h"
#include "model/core/errors.h"
#include "model/shape/paramcount.h"
#include "model/core/numbers.h"

namespace frontier {

namespace {

constexpr EnumNames<PlanMode, 3> kModeNames{{{{PlanMode::Budget, "budget"},
                                              {PlanMode::FixedJob, "fixed_job"},
                                              {PlanMode::TargetLoss, "target_loss"}}}};

void checkShare(const std::optional<double> &value, const char *word)
{
    if (value && !(*value > 0 && *value <= 1))
        throw InputError(message("input.not_fraction", "{what} must be above 0 and at most 1, got {value}",
                                 {quantity("what", word), {"value", formatNumber(*value)}}));
}

void checkRange(const InputLimits &limits, const char *key, const std::optional<double> &value, const char *word)
{
    if (value)
        limits.check(key, *value, quantity("what", word));
}

} // namespace

std::string planModeName(PlanMode mode)
{
    return kModeNames.name(mode);
}

std::optional<PlanMode> planModeNamed(std::string_view text)
{
    for (const auto &[mode, name] : kModeNames.entries)
        if (name == text)
            return mode;
    return std::nullopt;
}

Law lawWithOverrides(const Law &published, const std::map<std::string, double> &overrides, const InputLimits &limits)
{
    for (const auto &[name, value] : overrides)
        limits.check(name == "E" ? "law_E" : "law_constant", value, {"what", name});
    return overrides.empty() ? published : published.withOverrides(overrides);
}

void checkInputs(const PlanInputs &inputs, const Law &publishedLaw, const InputLimits &limits)
{
    // A budget has a range of its own only in FLOPs and PF-days; in other units the cost model
    // refuses an amount whose FLOPs are absurd, when the plan is made (as a session file does).
    requirePositive(inputs.budgetAmount, "budget");
    if (inputs.budgetUnit == BudgetUnit::Flops)
        limits.check("flops", inputs.budgetAmount, quantity("what", "budget"));
    if (inputs.budgetUnit == BudgetUnit::PfDays)
        limits.check("pfdays", inputs.budgetAmount, quantity("what", "budget"));
    // Both are kept (and saved) whichever is in use, so both are checked.
    limits.check("params", inputs.params, quantity("what", "parameters"));
    limits.check("tokens", inputs.tokens, quantity("what", "tokens"));
    limits.check("target_loss", inputs.targetLoss, quantity("what", "loss"));

    const PlanChoices &c = inputs.choices;
    if (c.gpus)
        limits.check("gpus", *c.gpus, quantity("what", "number of GPUs"));
    checkRange(limits, "usd_per_gpu_hour", c.usdPerGpuHour, "price per GPU-hour");
    checkShare(c.mfu, "MFU");
    checkRange(limits, "peak_flops", c.peakFlops, "peak FLOP/s per GPU");
    checkRange(limits, "overhead", c.overhead, "overhead factor");
    checkRange(limits, "gpu_watts", c.gpuWatts, "GPU power (W)");
    checkShare(c.powerFraction, "power fraction");
    checkRange(limits, "pue", c.pue, "PUE");
    checkRange(limits, "grid_g_per_kwh", c.gridGramsPerKwh, "grid carbon intensity");
    checkRange(limits, "usd_per_kwh", c.usdPerKwh, "electricity price");
    if (c.zeroStage && (*c.zeroStage < 0 || *c.zeroStage > 3))
        throw InputError(message("input.bad_zero_stage", "the ZeRO stage must be 0, 1, 2 or 3, got {value}",
                                 {{"value", std::to_string(*c.zeroStage)}}));
    checkRange(limits, "micro_batch", c.microBatch, "micro-batch");
    checkRange(limits, "seq_len", c.sequenceLength, "sequence length");
    checkRange(limits, "batch_tokens", inputs.batchTokens, "batch");
    if (inputs.moe)
        checkExperts(*inputs.moe);
    checkRange(limits, "tokens", inputs.uniqueTokens, "unique tokens");
    lawWithOverrides(publishedLaw, inputs.overrides, limits); // and names or values the law's form refuses
}

PlanInputs PlanInputs::defaults()
{
    PlanInputs inputs;
    inputs.choices.gpu = "h100-sxm";
    inputs.choices.gpus = 8;
    return inputs;
}

PlanRequest planRequest(const PlanInputs &inputs)
{
    PlanRequest job;
    switch (inputs.mode) {
    case PlanMode::Budget:
        job.budgetAmount = inputs.budgetAmount;
        job.budgetUnit = inputs.budgetUnit;
        break;
    case PlanMode::FixedJob:
        job.params = inputs.params;
        job.tokens = inputs.tokens;
        break;
    case PlanMode::TargetLoss:
        job.targetLoss = inputs.targetLoss;
        break;
    }
    job.batchTokens = inputs.batchTokens;
    job.moe = inputs.moe;
    job.uniqueTokens = inputs.uniqueTokens;
    return job;
}

PlannedInputs planInputs(const PlanInputs &inputs, const Law &publishedLaw, const Catalogs &catalogs,
                         const InputLimits *limits)
{
    if (limits)
        checkInputs(inputs, publishedLaw, *limits);
    Law law = inputs.overrides.empty() ? publishedLaw : publishedLaw.withOverrides(inputs.overrides);
    ResolvedSetup setup = resolveSetup(inputs.choices, catalogs, law);
    ResolvedSetup checked = setup;
    checked.cost.limits = limits;
    if (checked.memory)
        checked.memory->limits = limits;
    Plan plan = makePlan(law, planRequest(inputs), checked, catalogs);
    return {std::move(law), std::move(setup), std::move(plan)};
}

} // namespace frontier
