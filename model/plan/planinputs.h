#pragma once
// What the user chose — everything a plan is computed from, and nothing computed. A plain value:
// the window's document keeps one, an undo step holds two, a session file (plan/session.h) stores one.
//
//   PlanInputs --planInputs()--> law with the user's overrides + PlanRequest + ResolvedSetup --> Plan
//
// planInputs() is the one way from inputs to a plan, shared by the window and `frontier plan`, so
// both plan with exactly the law they were given, overrides included.

#include "model/core/limits.h"
#include "model/cost/costmodel.h"
#include "model/plan/planner.h"

#include <map>
#include <string>

namespace frontier {

struct PlanInputs
{
    std::string lawId = "hoffmann2022";
    std::map<std::string, double> overrides; // the user's own values for the law's constants

    // A budget in any unit, or (fixedJob) a job of `params` parameters and `tokens` tokens. Both are
    // kept whichever is in use, so switching back finds the other as it was.
    bool fixedJob = false;
    double budgetAmount = 20000;
    BudgetUnit budgetUnit = BudgetUnit::Usd;
    double params = 70e9;
    double tokens = 1.4e12;

    PlanChoices choices;

    bool operator==(const PlanInputs &) const = default;

    // The start-up plan: Chinchilla (unrounded constants), $20,000 on 8 H100 SXM at the cheapest
    // listed offer, the world-average grid.
    static PlanInputs defaults();
};

// The budget or the job of `inputs`, as the planner takes it (cost and memory are the setup's).
PlanRequest planRequest(const PlanInputs &inputs);

// Everything one plan of some inputs is: the law as planned with, the setup and the plan.
struct PlannedInputs
{
    Law law;
    ResolvedSetup setup;
    Plan plan;
};

// `publishedLaw` is the law `inputs.lawId` names (the caller looks it up in its catalogue, which
// may hold fitted laws too); the plan uses it with the overrides. With `limits`, every number of the
// setup is checked against its plausible range first. Throws InputError naming what is wrong.
PlannedInputs planInputs(const PlanInputs &inputs, const Law &publishedLaw, const Catalogs &catalogs,
                         const InputLimits *limits = nullptr);

} // namespace frontier
