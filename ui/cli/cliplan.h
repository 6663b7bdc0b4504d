#pragma once
// The options `plan` and `compare` share, and how they become a PlanRequest and PlanChoices.

#include "model/plan/planner.h"

#include <QCommandLineParser>

namespace frontier::cli {

// `json`: whether the command answers in JSON too (--json).
void addPlanOptions(QCommandLineParser &parser, bool json = true);
// The budget (--budget/--unit) or the job (--params/--tokens); exactly one, or a UsageError.
PlanRequest requestFromOptions(const QCommandLineParser &parser);
PlanChoices choicesFromOptions(const QCommandLineParser &parser);

// What `plan` computes from those options, every input checked against limits.json; --gpu required.
struct PlannedRun
{
    Law law;
    PlanRequest request;
    ResolvedSetup setup; // as resolved, without the limits the plan was checked with
    Plan plan;
};
PlannedRun planFromOptions(const QCommandLineParser &parser);

} // namespace frontier::cli
