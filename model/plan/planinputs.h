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
#include <optional>
#include <string>
#include <string_view>

namespace frontier {

enum class PlanMode { Budget, FixedJob, TargetLoss };
// "budget", "fixed_job", "target_loss": how a session file spells the mode.
std::string planModeName(PlanMode mode);
std::optional<PlanMode> planModeNamed(std::string_view text);

struct PlanInputs
{
    std::string lawId = "hoffmann2022";
    std::map<std::string, double> overrides; // the user's own values for the law's constants

    // What the plan is for: a budget in any unit, a job of `params` parameters and `tokens` tokens,
    // or the cheapest compute-optimal run that reaches `targetLoss` (nats/token). All are kept
    // whichever is in use, so switching back finds the others as they were.
    PlanMode mode = PlanMode::Budget;
    double budgetAmount = 20000;
    BudgetUnit budgetUnit = BudgetUnit::Usd;
    double params = 70e9;
    double tokens = 1.4e12;
    // Only a starting value: switching to the mode in the window starts from the plan's own loss.
    double targetLoss = 2.0;

    // Tokens per optimizer step, when the user gives one: the plan then has steps and Kaplan's B_crit.
    std::optional<double> batchTokens;
    // The unique tokens there are, when the user caps them: the plan repeats them (a law with
    // repetition terms only, e.g. muennighoff2023; any other law refuses, naming itself).
    std::optional<double> uniqueTokens;

    // A mixture of experts (model/shape/sparsemodel.h): the law's N becomes the active parameters
    // and the shape's MLPs become `experts` experts. Absent = a dense model.
    std::optional<MixtureOfExperts> moe;

    PlanChoices choices;

    bool operator==(const PlanInputs &) const = default;

    // The start-up plan: Chinchilla (unrounded constants), $20,000 on 8 H100 SXM at the cheapest
    // listed offer, the world-average grid.
    static PlanInputs defaults();
};

// The budget, the job or the target loss of `inputs`, as the planner takes it (cost and memory are the setup's).
PlanRequest planRequest(const PlanInputs &inputs);

// Everything one plan of some inputs is: the law as planned with, the setup and the plan.
struct PlannedInputs
{
    Law law;
    ResolvedSetup setup;
    Plan plan;
};

// The published law with the user's own values for some constants, each first held to its
// plausible range (limits.json: "law_E" for the irreducible loss E, "law_constant" for any other):
// the one way overrides are taken, by the window, a session file and `--set` on the command line.
// Throws InputError naming the constant.
Law lawWithOverrides(const Law &published, const std::map<std::string, double> &overrides, const InputLimits &limits);

// Every number of `inputs` against its plausible range (resources/limits.json), the shares against
// (0, 1], the ZeRO stage against 0..3 and the overrides against the law's form: what a session file
// refuses to open. The window checks what it is given here before keeping it, so a session it saves
// always opens again; planInputs() checks here too, so the window and the command line refuse alike.
// Throws InputError naming the quantity.
void checkInputs(const PlanInputs &inputs, const Law &publishedLaw, const InputLimits &limits);

// `publishedLaw` is the law `inputs.lawId` names (the caller looks it up in its catalogue, which
// may hold fitted laws too); the plan uses it with the overrides. With `limits`, the inputs
// (checkInputs) and every number of the setup are checked against their plausible ranges first. Throws InputError naming what is wrong.
PlannedInputs planInputs(const PlanInputs &inputs, const Law &publishedLaw, const Catalogs &catalogs,
                         const InputLimits *limits = nullptr);

} // namespace frontier
