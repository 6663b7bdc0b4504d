#pragma once
// The options `plan`, `compare`, `report` and `export` share, and how they become a plan on the
// catalogues the window would use.

#include "data/appcatalogs.h"
#include "model/plan/planinputs.h"
#include "model/plan/planner.h"
#include "model/plan/session.h"

#include <QCommandLineParser>

namespace frontier::cli {

// `json`: whether the command answers in JSON too (--json). `trainingBatch`: whether --batch is the
// training batch (`serve` takes --batch for the sequences it decodes together, and adds its own).
void addPlanOptions(QCommandLineParser &parser, bool json = true, bool trainingBatch = true);
// --session FILE.json: the plan's inputs from a session file instead of the options.
void addSessionOption(QCommandLineParser &parser);
// The budget (--budget/--unit), the job (--params/--tokens) or the target (--target-loss); exactly
// one, or a UsageError.
PlanRequest requestFromOptions(const QCommandLineParser &parser);
PlanChoices choicesFromOptions(const QCommandLineParser &parser);
// --experts E --top-k K (both or neither), checked; nothing without them.
std::optional<MixtureOfExperts> moeFromOptions(const QCommandLineParser &parser);
// The catalogues the window would plan on: `catalogs` with `more` files (a session's) and then every
// --catalog FILE merged over them, in order, as data/appcatalogs.h merges them. A refused file is a
// UsageError naming it; a file's unknown keys are warnings on stderr.
void mergeCatalogFiles(const QCommandLineParser &parser, ui::AppCatalogs &catalogs,
                       const std::vector<std::string> &more = {});

// The plan's inputs: from --session (with no plan option beside it; `alsoAllowed` names the
// command's own options that may go with it) or from the options, --gpu required. UsageError otherwise.
// `catalogs` receives the catalogues they are to be planned on: the built-in ones with the session's
// own files and every --catalog merged over them.
PlanInputs planInputsFromOptions(const QCommandLineParser &parser, ui::AppCatalogs &catalogs,
                                 const QStringList &alsoAllowed = {});
// The same, with what else a session holds (its charts' zoom, the comparison's filters) and the user
// catalogue files the plan is made on (the session's, resolved from its folder, then every --catalog).
Session sessionFromOptions(const QCommandLineParser &parser, ui::AppCatalogs &catalogs,
                           const QStringList &alsoAllowed = {});

} // namespace frontier::cli
