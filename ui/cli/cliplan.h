#pragma once
// The options `plan` and `compare` share, and how they become a PlanRequest and PlanChoices.

#include "model/plan/planinputs.h"
#include "model/plan/planner.h"

#include <QCommandLineParser>

namespace frontier::cli {

// `json`: whether the command answers in JSON too (--json).
void addPlanOptions(QCommandLineParser &parser, bool json = true);
// --session FILE.json: the plan's inputs from a session file instead of the options.
void addSessionOption(QCommandLineParser &parser);
// The budget (--budget/--unit) or the job (--params/--tokens); exactly one, or a UsageError.
PlanRequest requestFromOptions(const QCommandLineParser &parser);
PlanChoices choicesFromOptions(const QCommandLineParser &parser);

// The plan's inputs: from --session (with no plan option beside it; `alsoAllowed` names the
// command's own options that may go with it) or from the options, --gpu required. UsageError otherwise.
PlanInputs planInputsFromOptions(const QCommandLineParser &parser, const QStringList &alsoAllowed = {});

} // namespace frontier::cli
