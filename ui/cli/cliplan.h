#pragma once
// The options `plan` and `compare` share, and how they become a PlanRequest and PlanChoices.

#include "model/plan/planner.h"

#include <QCommandLineParser>

namespace frontier::cli {

void addPlanOptions(QCommandLineParser &parser);
// The budget (--budget/--unit) or the job (--params/--tokens); exactly one, or a UsageError.
PlanRequest requestFromOptions(const QCommandLineParser &parser);
PlanChoices choicesFromOptions(const QCommandLineParser &parser);

} // namespace frontier::cli
