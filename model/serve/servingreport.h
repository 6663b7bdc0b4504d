#pragma once
// The report's serving sentence (issue 18 §1): what a token of the plan's model costs once trained,
// served as the readouts' first answer does, with serving.json's defaults (bits, context, batch) on the
// plan's GPU at the plan's price. A paragraph for a paper states a price only where one is listed, so
// the sentence is there only when the plan has a cloud offer and a price.
//
// In serve/ rather than in the report's own file: plan/ comes before serve/ (model/CMakeLists.txt).

#include "model/plan/report.h"
#include "model/serve/servingsetup.h"

namespace frontier {

// The request serving.json's defaults make: its bits, context and batch, on the plan's own offer.
ServingRequest defaultServingRequest(const ServingConstants &constants);

// Appends the serving sentence to `report` when the plan has an offer with a price and its model can
// be served on the plan's GPU; otherwise leaves it as it was (the reason is the serving dock's to say).
void addServingSentence(Report &report, const Plan &plan, const ResolvedSetup &setup, const Law &law,
                        const Catalogs &catalogs, const ServingConstants &constants);

} // namespace frontier
