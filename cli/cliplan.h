#pragma once
// The options `plan` and `compare` share, and how they become a PlanRequest and PlanChoices.

#include "model/hardware/usercatalog.h"
#include "model/plan/planinputs.h"
#include "model/plan/planner.h"
#include "model/plan/session.h"

#include <QCommandLineParser>

namespace frontier::cli {

// `json`: whether the command answers in JSON too (--json).
void addPlanOptions(QCommandLineParser &parser, bool json = true);
// --session FILE.json: the plan's inputs from a session file instead of the options.
void addSessionOption(QCommandLineParser &parser);
// The budget (--budget/--unit) or the job (--params/--tokens); exactly one, or a UsageError.
PlanRequest requestFromOptions(const QCommandLineParser &parser);
PlanChoices choicesFromOptions(const QCommandLineParser &parser);
// The built-in hardware with every --catalog FILE merged over it, in order (model/hardware/usercatalog.h),
// plus `more` files (a session's) first; a refused file is a UsageError naming it.
HardwareCatalogs hardwareFromOptions(const QCommandLineParser &parser, const std::vector<std::string> &more = {});
// data::catalogs() with `hardware` in place of the built-in accelerators and offers (it must outlive the result).
Catalogs catalogsWith(const HardwareCatalogs &hardware);

// The plan's inputs: from --session (with no plan option beside it; `alsoAllowed` names the
// command's own options that may go with it) or from the options, --gpu required. UsageError otherwise.
// `hardware`, when given, receives the catalogues they are to be planned on: the built-in ones with
// the session's own files and every --catalog merged over them.
PlanInputs planInputsFromOptions(const QCommandLineParser &parser, const QStringList &alsoAllowed = {},
                                 HardwareCatalogs *hardware = nullptr);
// The same, with what else a session holds (its charts' zoom, the comparison's filters) and the user
// catalogue files the plan is made on (the session's, resolved from its folder, then every --catalog).
Session sessionFromOptions(const QCommandLineParser &parser, const QStringList &alsoAllowed = {},
                           HardwareCatalogs *hardware = nullptr);

} // namespace frontier::cli
