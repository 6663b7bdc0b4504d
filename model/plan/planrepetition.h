#pragma once
// A plan on capped unique data (Muennighoff et al. 2023): the run the budget, job or target makes
// when the U unique tokens must be repeated, what repeating costs against unlimited data, and the
// paper's findings on how many epochs pay, said as warnings.

#include "model/core/message.h"
#include "model/laws/law.h"
#include "model/laws/repetition.h"

#include <optional>
#include <vector>

namespace frontier {

struct PlanRepetition
{
    RepeatedRun run;          // unique tokens, epochs, effective tokens D' and parameters N'
    double unlimitedLoss = 0; // the same compute (a job: the same N and D) with every token new
    double floorLoss = 0;     // the least loss the unique tokens give at any compute
    double lossLost = 0;      // the plan's loss minus unlimitedLoss (0 when the cap does not bind)
};

struct CappedRun
{
    Allocation allocation;
    PlanRepetition repetition;
};

// The budget's best run on U unique tokens (model/laws/repeatedoptimum.h).
CappedRun cappedBudgetRun(const Law &law, double flops, double uniqueTokens);
// A job of N parameters and D tokens on U unique tokens; its loss is L(N, D, U).
CappedRun cappedJob(const Law &law, double params, double tokens, double uniqueTokens);
// The least compute whose best run on U unique tokens reaches the target (searched within `within`).
// Throws plan.target_below_cap_floor for a target at or below what U tokens give at any compute.
CappedRun cappedTargetRun(const Law &law, double targetLoss, double uniqueTokens, const FlopsRange &within);

// What the paper says about the run's epochs, from the law's repetition_epochs: nearly as good as
// new data up to ~4, fading towards ~16, near zero by ~40. None for a single pass.
std::vector<Message> repetitionWarnings(const Law &law, const PlanRepetition &repetition);

} // namespace frontier
