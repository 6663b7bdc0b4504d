#include "model/plan/plan.h"

#include "model/core/errors.h"
#include "model/core/units.h"

#include <cmath>
#include <sstream>

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

std::string gigabytes(double bytes)
{
    std::ostringstream out;
    out.precision(3);
    out << bytes / 1e9 << " GB";
    return out.str();
}

} // namespace

Plan makePlan(const Law &law, const PlanRequest &request, const MemoryConstants &memoryConstants)
{
    const bool budget = request.budgetAmount.has_value();
    const bool job = request.params.has_value() || request.tokens.has_value();
    if (budget == job)
        throw InputError("a plan needs either a budget (amount and unit) or a job (parameters and tokens)");
    if (job && !(request.params && request.tokens))
        throw InputError("a fixed job needs both parameters and tokens");

    Plan plan;
    if (budget) {
        const double flops = flopsForBudget(*request.budgetAmount, request.budgetUnit, request.cost);
        plan.allocation = law.optimumForFlops(flops);
        // The cost is of the budget's FLOPs, so the budget reads back exactly in its own unit.
        plan.cost = costOfFlops(flops, request.cost);
    } else {
        plan.allocation = fixedJob(law, *request.params, *request.tokens);
        plan.cost = costOfFlops(plan.allocation.flops, request.cost);
    }

    if (!request.memory) {
        plan.warnings.push_back("the GPU's memory is unknown: whether the model fits was not checked");
        return plan;
    }
    MemoryInputs memory = *request.memory;
    memory.params = plan.allocation.params;
    memory.gpus = request.cost.gpus;
    plan.memory = memoryFor(memory, memoryConstants);
    if (!plan.memory->fits) {
        std::string warning = "does not fit: " + gigabytes(plan.memory->totalBytesPerGpu) + " per GPU needed, "
                              + gigabytes(plan.memory->usableBytesPerGpu) + " usable";
        warning += plan.memory->minGpus ? "; at least " + std::to_string(*plan.memory->minGpus)
                                              + " GPUs hold it at this ZeRO stage"
                                        : "; no number of GPUs holds it at this ZeRO stage (try a higher stage)";
        plan.warnings.push_back(warning);
    }
    return plan;
}

} // namespace frontier
