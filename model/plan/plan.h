#pragma once
// A plan: a budget (in any unit), a fixed job (N and D) or a target loss (the cheapest
// compute-optimal run that reaches it), turned into the law's run and costed: FLOPs, parameters, tokens, loss, GPU-hours, wall clock, dollars, kWh, CO2, and
// whether the model fits in memory. The plan takes plain numbers; choosing them from catalogues
// (GPU, offer, region) is the caller's business.

#include "model/batch/planbatch.h"
#include "model/core/message.h"
#include "model/cost/costmodel.h"
#include "model/laws/law.h"
#include "model/plan/planrepetition.h"
#include "model/hardware/memory.h"
#include "model/shape/modelshape.h"
#include "model/shape/sparsemodel.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace frontier {

struct PlanRequest
{
    // Exactly one of: a budget, a job, or a target loss (nats/token).
    std::optional<double> budgetAmount;
    BudgetUnit budgetUnit = BudgetUnit::Flops;
    std::optional<double> params;
    std::optional<double> tokens;
    std::optional<double> targetLoss;
    // Tokens per optimizer step, when the user gives one (the planner adds steps and B_crit).
    std::optional<double> batchTokens;
    // The unique tokens there are, when capped: the run repeats them (a law with repetition terms only).
    std::optional<double> uniqueTokens;

    CostInputs cost;
    // Absent when the GPU's memory is unknown: the plan then says it could not check. params and gpus
    // are filled in from the plan.
    std::optional<MemoryInputs> memory;
    // A mixture of experts (sparsemodel.h): the law's N is then the parameters a token uses; the
    // planner counts the total on the plan's Llama shape and checks memory for it.
    std::optional<MixtureOfExperts> moe;
};

// Everyday equivalents of the run's CO2 (factors and sources in plan_defaults.json).
struct Co2Equivalents
{
    double carKm = 0;
    double flightsLondonNewYork = 0; // one-way economy passenger flights
    double treeSeedlingYears = 0;    // seedlings grown for one year
};

// The smallest setup that holds the model: fewest GPUs, then the lowest ZeRO stage.
struct SmallestFit
{
    int gpus = 0;
    int zeroStage = 0;
};

struct Plan
{
    Allocation allocation;
    CostReport cost;
    std::optional<MemoryReport> memory;
    // On a 2020 GPU under the speed model: the Transformer-XL it timed (width, depth = width / 128).
    std::optional<TransformerXlShape> hf2020Shape;
    // Shapes to build for the plan's N (model/shape): the 2020 calculator's two for an hf2020 law, then
    // GPT-2 and Llama candidates. Filled by the planner when its catalogues carry the shape rules.
    std::vector<TransformerShape> shapes;
    // Fewest GPUs that hold the model at ZeRO stage 0..3 (same micro-batch, sequence and
    // recomputation); empty where no count does. Filled whenever memory is.
    std::array<std::optional<int>, 4> minGpusByZeroStage;
    std::optional<SmallestFit> smallestFit;
    std::optional<Co2Equivalents> co2Equivalents; // with a CO2 figure and the planner's factors
    // With a batch in the inputs: the steps it takes and Kaplan's critical batch (model/batch).
    std::optional<PlanBatch> batch;
    // With a mixture of experts in the request: the sparse model, its total and active counts. The
    // allocation's loss is then absent (no law Frontier ships predicts an MoE's loss; a warning says so).
    std::optional<SparseModel> sparse;
    // With a unique-token cap: epochs, effective tokens and parameters, the loss lost (planrepetition.h).
    std::optional<PlanRepetition> repetition;
    std::vector<Message> warnings; // e.g. "does not fit": said, never silently ignored
};

// Throws InputError for a request that is not exactly one of a budget, a job and a target loss, for
// bad numbers, or for a target no compute reaches (model/laws/targetloss.h).
// The answer passes checkAnswer.
Plan makePlan(const Law &law, const PlanRequest &request, const MemoryConstants &memoryConstants);

// Refuses (InputError) an answer no run can have, whatever led to it: fewer than one parameter or
// token (plan.below_one), a loss not positive or below the law's E (plan.loss_impossible). Every
// door that prints an allocation (plan, compare, optimum) passes it through here.
void checkAnswer(const Allocation &answer, const Law &law);

} // namespace frontier
