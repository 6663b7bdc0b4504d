#pragma once
// What the user chose — everything a plan is computed from, and nothing computed. A plain value:
// the document keeps one, an undo step holds two, a session file stores one.

#include "model/cost/costmodel.h"
#include "model/plan/planner.h"

#include <map>
#include <string>

namespace frontier::ui {

struct PlanInputs
{
    std::string lawId = "hoffmann2022";
    std::map<std::string, double> overrides; // the user's own values for the law's constants

    // A budget in any unit, or (fixedJob) a job of `params` parameters and `tokens` tokens.
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

} // namespace frontier::ui
