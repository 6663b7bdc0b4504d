#pragma once
// From what a person asks ("the plan's model at 4 bits on its offer", "7e9 parameters on an H100") to
// the plain inputs of serve(): the served model's attention shape (typed, or the Llama-style
// candidate model/shape makes for its size) and one GPU of the setup the planner resolved (its memory,
// bandwidth and 16-bit peak from the accelerator catalogue; watts, price, power fraction, PUE and
// grid as the plan has them). The window and `frontier serve` both come through here.

#include "model/plan/planner.h"
#include "model/serve/serving.h"
#include "model/shape/shapecandidates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace frontier {

// The attention shape a person typed; any field left out comes from the candidate shape.
struct TypedAttentionShape
{
    std::optional<std::int64_t> layers, kvHeads, headDim;
    bool any() const { return layers || kvHeads || headDim; }
};

struct ServedModelChoice
{
    ServedModel model;
    bool shapeTyped = false; // all three typed; otherwise (some) from the Llama-style candidate
};

// The served model of `totalParams` (and `activeParams` per token, = total when absent). A sparse
// model's attention is as wide as a dense model of its active size, so the candidate is made for
// N_active (Mixtral 8x7B has Mistral 7B's attention: Jiang et al. 2024).
// Throws InputError for non-positive counts or active above total.
ServedModelChoice servedModel(double totalParams, std::optional<double> activeParams, const TypedAttentionShape &typed,
                              ParamConvention convention, const ShapeRules &rules);

// Where the model is served: one GPU of `offer` at its `pricing` price, or of the plan's own setup when
// `offer` is null. Power fraction, PUE and grid are the plan's (`setup`); the watts are the plan's for
// its own GPU, else the serving GPU's TDP.
struct ServingPlace
{
    const Accelerator *gpu = nullptr; // the serving GPU (the offer's, or the plan's)
    const CloudOffer *offer = nullptr;
    Pricing pricing = Pricing::OnDemand;
};

// One GPU of `place`. Throws InputError naming the chip when its memory, bandwidth, a 16-bit peak or
// (on another GPU than the plan's) its TDP is not known: Frontier does not guess a figure.
ServingHardware servingHardware(const ServingPlace &place, const ResolvedSetup &setup);

// One figure the answer rests on: its name, its value (absent for a stated simplification) and where it
// comes from. Listed in the command line's JSON and in the window's tooltips.
struct ServingAssumption
{
    std::string name;
    std::optional<double> value;
    std::string source;
};
std::vector<ServingAssumption> servingAssumptions(const ServingPlace &place, const ResolvedSetup &setup,
                                                  const ServingConstants &constants);

} // namespace frontier

namespace frontier {

// How the window serves its plan: compression, load and an offer (empty: the plan's own).
struct ServingRequest
{
    ServingCompression compression;
    ServingLoad load;
    std::string offerId;
    Pricing pricing = Pricing::OnDemand;
};

// The plan's model served as asked, and everything the answer rests on. A sparse plan (Plan::sparse)
// is served with its counted total and active parameters and its own attention shape.
struct PlanServing
{
    ServedModelChoice model;
    ServingPlace place;
    ServingReport report;
    std::vector<ServingAssumption> assumptions;
};

// The plan's N on the request's offer (or the plan's offer and price), with the plan's power, PUE and
// grid. Throws InputError as serve() and servingHardware() do, or for an unknown offer.
PlanServing servePlan(const Plan &plan, const ResolvedSetup &setup, const Law &law, const Catalogs &catalogs,
                      const ServingRequest &request, const ServingConstants &constants);

} // namespace frontier
