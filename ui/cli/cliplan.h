#pragma once
// The options `plan` and `compare` share, and how they become a PlanRequest and PlanChoices.

#include "model/hardware/usercatalog.h"
#include "model/plan/planner.h"

#include <QCommandLineParser>

namespace frontier::cli {

void addPlanOptions(QCommandLineParser &parser);
// The budget (--budget/--unit) or the job (--params/--tokens); exactly one, or a UsageError.
PlanRequest requestFromOptions(const QCommandLineParser &parser);
PlanChoices choicesFromOptions(const QCommandLineParser &parser);
// The built-in hardware with every --catalog FILE merged over it, in order (model/hardware/usercatalog.h),
// plus `more` files (a session's) first; a refused file is a UsageError naming it.
HardwareCatalogs hardwareFromOptions(const QCommandLineParser &parser, const std::vector<std::string> &more = {});
// data::catalogs() with `hardware` in place of the built-in accelerators and offers (it must outlive the result).
Catalogs catalogsWith(const HardwareCatalogs &hardware);

} // namespace frontier::cli
