#include "model/plan/planinputs.h"

namespace frontier {

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
    if (inputs.fixedJob) {
        job.params = inputs.params;
        job.tokens = inputs.tokens;
    } else {
        job.budgetAmount = inputs.budgetAmount;
        job.budgetUnit = inputs.budgetUnit;
    }
    return job;
}

PlannedInputs planInputs(const PlanInputs &inputs, const Law &publishedLaw, const Catalogs &catalogs,
                         const InputLimits *limits)
{
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
