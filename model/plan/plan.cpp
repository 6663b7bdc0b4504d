#include "model/plan/plan.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/units.h"
#include "model/laws/datarange.h"
#include "model/laws/repeatedoptimum.h"
#include "model/laws/targetloss.h"

#include <cmath>

namespace frontier {

namespace {

Allocation fixedJob(const Law &law, double params, double tokens)
{
    Allocation job;
    job.params = requirePositive(params, "parameters");
    job.tokens = requirePositive(tokens, "tokens");
    job.flops = units::trainingFlops(params, tokens);
    if (law.can(Capability::LossOfParamsTokens)) {
        LossQuery query;
        query.params = params;
        query.tokens = tokens;
        job.loss = law.loss(query);
    }
    return job;
}

// The budget and the job against their plausible ranges, as checkInputs and a session file hold them.
void checkRequest(const PlanRequest &request, const InputLimits &limits)
{
    if (request.budgetAmount && request.budgetUnit == BudgetUnit::Flops)
        limits.check("flops", *request.budgetAmount, quantity("what", "budget"));
    if (request.budgetAmount && request.budgetUnit == BudgetUnit::PfDays)
        limits.check("pfdays", *request.budgetAmount, quantity("what", "budget"));
    if (request.params)
        limits.check("params", *request.params, quantity("what", "parameters"));
    if (request.tokens)
        limits.check("tokens", *request.tokens, quantity("what", "tokens"));
    if (request.targetLoss)
        limits.check("target_loss", *request.targetLoss, quantity("what", "loss"));
}

// Where a target loss is searched: the plausible FLOPs, when the request carries limits.
FlopsRange searchRange(const InputLimits *limits)
{
    FlopsRange within;
    if (limits) {
        const InputRange &flops = limits->range("flops");
        within = {flops.min, flops.max};
    }
    return within;
}

// The cheapest compute-optimal run that reaches the target, searched within the plausible FLOPs.
Allocation targetRun(const Law &law, double targetLoss, const InputLimits *limits)
{
    return law.optimumForFlops(flopsForTargetLoss(law, targetLoss, searchRange(limits)));
}

// A loss the law can give but far outside anything it was fitted on: still its answer, said with a warning.
void warnImplausibleLoss(Plan &plan, const InputLimits &limits)
{
    const InputRange &r = limits.range("loss");
    if (plan.allocation.loss && !(*plan.allocation.loss >= r.min && *plan.allocation.loss <= r.max))
        plan.warnings.push_back(message("plan.loss_implausible",
                                        "the predicted loss {loss} is outside the plausible range {min} to {max}: the "
                                        "law is used far from the runs it was fitted on",
                                        {{"loss", formatNumber(*plan.allocation.loss)},
                                         {"min", formatNumber(r.min)},
                                         {"max", formatNumber(r.max) + " " + r.unit}}));
}

// Memory as the GPU vendors count it (units.h): an H100's 80 GiB is "80 GB".
std::string gigabytes(double bytes)
{
    return formatNumber(bytes / units::kBytesPerGib, 3) + " GB";
}

} // namespace

Plan makePlan(const Law &law, const PlanRequest &request, const MemoryConstants &memoryConstants)
{
    const bool budget = request.budgetAmount.has_value();
    const bool job = request.params.has_value() || request.tokens.has_value();
    const bool target = request.targetLoss.has_value();
    if (int(budget) + int(job) + int(target) != 1)
        throw InputError(message("plan.one_request",
                                 "a plan needs exactly one of: a budget (amount and unit), a job (parameters and "
                                 "tokens) or a target loss"));
    if (job && !(request.params && request.tokens))
        throw InputError(message("plan.job_incomplete", "a fixed job needs both parameters and tokens"));

    if (request.cost.limits)
        checkRequest(request, *request.cost.limits);

    Plan plan;
    if (request.uniqueTokens) {
        if (request.cost.limits)
            request.cost.limits->check("tokens", *request.uniqueTokens, quantity("what", "unique tokens"));
        repetitionForm(law); // a law without repetition terms refuses the cap, naming itself
        std::optional<CappedRun> capped;
        if (budget) {
            plan.cost = costOfBudget(*request.budgetAmount, request.budgetUnit, request.cost);
            capped = cappedBudgetRun(law, plan.cost.flops, *request.uniqueTokens);
        } else if (target) {
            capped = cappedTargetRun(law, *request.targetLoss, *request.uniqueTokens, searchRange(request.cost.limits));
        } else {
            capped = cappedJob(law, *request.params, *request.tokens, *request.uniqueTokens);
        }
        plan.allocation = capped->allocation;
        plan.repetition = capped->repetition;
        if (!budget)
            plan.cost = costOfFlops(plan.allocation.flops, request.cost);
    } else if (budget) {
        // The cost of the budget as typed, so that it reads back exactly in its own unit.
        plan.cost = costOfBudget(*request.budgetAmount, request.budgetUnit, request.cost);
        plan.allocation = law.optimumForFlops(plan.cost.flops);
    } else if (target) {
        plan.allocation = targetRun(law, *request.targetLoss, request.cost.limits);
        plan.cost = costOfFlops(plan.allocation.flops, request.cost);
    } else {
        plan.allocation = fixedJob(law, *request.params, *request.tokens);
        plan.cost = costOfFlops(plan.allocation.flops, request.cost);
    }
    checkAnswer(plan.allocation, law);
    // First among the warnings: every other figure of the plan rests on this allocation.
    plan.warnings = dataRangeWarnings(law.info(), plan.allocation);
    if (plan.repetition)
        for (Message &m : repetitionWarnings(law, *plan.repetition))
            plan.warnings.push_back(std::move(m));
    if (request.cost.limits)
        warnImplausibleLoss(plan, *request.cost.limits);
    if (const auto *speed = request.cost.throughput.hf2020())
        plan.hf2020Shape = speed->shapeForFlops(plan.allocation.flops);

    if (!request.memory) {
        plan.warnings.push_back(message("plan.memory_unknown",
                                        "the GPU's memory is unknown: whether the model fits was not checked"));
        return plan;
    }
    MemoryInputs memory = *request.memory;
    memory.params = plan.allocation.params;
    memory.gpus = request.cost.gpus;
    plan.memory = memoryFor(memory, memoryConstants);
    for (int stage = 0; stage <= 3; ++stage) {
        MemoryInputs atStage = memory;
        atStage.zeroStage = stage;
        plan.minGpusByZeroStage[static_cast<std::size_t>(stage)] = memoryFor(atStage, memoryConstants).minGpus;
        if (const auto gpus = plan.minGpusByZeroStage[static_cast<std::size_t>(stage)];
            gpus && (!plan.smallestFit || *gpus < plan.smallestFit->gpus))
            plan.smallestFit = SmallestFit{*gpus, stage};
    }
    if (!plan.memory->fits) {
        std::vector<MessageArg> args{{"needed", gigabytes(plan.memory->totalBytesPerGpu)},
                                     {"usable", gigabytes(plan.memory->usableBytesPerGpu)},
                                     {"share", formatNumber(memoryConstants.usableFraction * 100, 3) + "%"},
                                     {"capacity", gigabytes(memory.gpuMemoryBytes)},
                                     {"gpus", std::to_string(request.cost.gpus)},
                                     {"stage", std::to_string(memory.zeroStage)}};
        if (plan.smallestFit) {
            args.push_back({"min_gpus", std::to_string(plan.smallestFit->gpus)});
            args.push_back({"min_stage", std::to_string(plan.smallestFit->zeroStage)});
            plan.warnings.push_back(message("plan.does_not_fit",
                                            "does not fit: {needed} per GPU needed on {gpus} GPUs with ZeRO-{stage}, "
                                            "{usable} usable ({share} of {capacity}); it fits on {min_gpus} GPUs with ZeRO-{min_stage}",
                                            std::move(args)));
        } else {
            plan.warnings.push_back(message("plan.does_not_fit_anywhere",
                                            "does not fit: {needed} per GPU needed, {usable} usable ({share} of {capacity}), and no "
                                            "number of GPUs holds it at any ZeRO stage: the activations alone are too "
                                            "large (use a smaller micro-batch, shorter sequences or full recomputation)",
                                            std::move(args)));
        }
    }
    return plan;
}

// A budget of 1e-308 USD buys 1.8e-133 parameters; alpha = 1e-9 makes the optimum 3e-8 parameters.
void checkAnswer(const Allocation &a, const Law &law)
{
    if (!(a.params >= 1) || !(a.tokens >= 1))
        throw InputError(message("plan.below_one",
                                 "the plan has {params} parameters and {tokens} tokens: a model needs at least one "
                                 "of each (the budget is too small for any model, or the law's constants are far from any fit)",
                                 {{"params", formatNumber(a.params)}, {"tokens", formatNumber(a.tokens)}}));
    if (!a.loss)
        return;
    const ConstantSet &constants = law.constants();
    const double floor = constants.contains("E") ? constants["E"] : 0.0;
    if (!(std::isfinite(*a.loss) && *a.loss > 0 && *a.loss >= floor))
        throw InputError(message("plan.loss_impossible",
                                 "the law predicts a loss of {loss}, which is no loss: it must be positive and at least "
                                 "the law's irreducible loss {floor}; check the law's constants",
                                 {{"loss", formatNumber(*a.loss)}, {"floor", formatNumber(floor)}}));
}

} // namespace frontier
