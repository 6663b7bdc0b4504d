#pragma once
// The bridge between Qt resources and the Qt-free model: reads the files embedded from resources/
// and hands their text to the model's parsers. Everything the app knows comes through here.

#include "model/core/limits.h"
#include "model/cost/carbon.h"
#include "model/fit/fit.h"
#include "model/hardware/accelerators.h"
#include "model/laws/lawcatalog.h"
#include "model/hardware/memory.h"
#include "model/hardware/offers.h"
#include "model/inference/lifetimecost.h"
#include "model/plan/planner.h"
#include "model/hardware/hf2020speedmodel.h"
#include "model/shape/shaperules.h"
#include "model/runs/knownruns.h"

#include <QString>

#include <string>

namespace frontier::data {

// The text of an embedded file (":/laws/kaplan2020.json"); throws InputError naming a missing one.
std::string readResource(const QString &path);

// Built once, on first use, and shared (thread-safe). The law catalogue reads the law files then, and
// the hf2020 study's CSV and frontier fit only on first use of an hf2020 law.
const LawCatalog &lawCatalog();
const Hf2020SpeedModel &hf2020SpeedModel();
const FitProcedure &fitProcedure();
// Hardware, prices and grid carbon (offers are checked against the accelerators on first use).
const AcceleratorCatalog &accelerators();
const OfferCatalog &offers();
const RegionCatalog &regions();
const PueDefaults &pueDefaults();
const OfferRegions &offerRegions();
const MemoryConstants &memoryConstants();
const PlanDefaults &planDefaults();
// Kaplan et al. 2020's critical batch for plans given a batch (batch/critical_batch.json and its law).
const BatchModel &batchModel();
// The plausible range of every number a person types (limits.json).
const InputLimits &inputLimits();
// How a plan's N becomes layers and widths (shapes/shapes.json).
const ShapeRules &shapeRules();
// Published training runs (runs/runs.json) the charts mark and a plan is compared with.
const KnownRunCatalog &knownRuns();
// Sardana et al. 2024's serving assumptions (inference/sardana2024.json): MFUs and request lengths.
const ServingAssumptions &servingAssumptions();
// Every catalogue a plan looks things up in, bundled for the planner.
Catalogs catalogs();

} // namespace frontier::data
