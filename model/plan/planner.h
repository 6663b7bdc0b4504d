#pragma once
// From what a user says ("h100-sxm, 64 GPUs, the GCP offer, europe-west4") to the plain numbers a
// plan needs, each with the place it came from. Anything left unsaid takes a documented default
// from plan_defaults.json or the catalogues; the 2020 GPUs of the Hugging Face study use its speed
// model, price, measured power and grid under the study's own law, unless the user asks for
// peak × MFU or picks others.

#include "model/cost/carbon.h"
#include "model/core/limits.h"
#include "model/cost/costmodel.h"
#include "model/hardware/accelerators.h"
#include "model/laws/law.h"
#include "model/hardware/memory.h"
#include "model/hardware/offers.h"
#include "model/plan/plan.h"
#include "model/hardware/hf2020speedmodel.h"
#include "model/shape/shaperules.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct PlanDefaults
{
    double mfu = 0, powerFraction = 0, worldGramsPerKwh = 0;
    int gpus = 0, zeroStage = 0;
    double microBatch = 0, sequenceLength = 0;
    double carKgPerMile = 0, treeSeedlingKgPer10Years = 0;
    double flightKgPerPassengerKm = 0, londonNewYorkKm = 0;
    std::map<std::string, std::string> sources; // key as in plan_defaults.json -> its source

    static PlanDefaults fromJson(std::string_view jsonText);
};

// Everything the planner looks things up in; references, so building one costs nothing.
struct Catalogs
{
    const AcceleratorCatalog &accelerators;
    const OfferCatalog &offers;
    const RegionCatalog &regions;
    const PueDefaults &pue;
    const OfferRegions &offerRegions;
    const Hf2020SpeedModel &hf2020Speed;
    const PlanDefaults &defaults;
    const MemoryConstants &memory;
    // The plausible ranges (resources/limits.json). When set, every plan made on these catalogues
    // (one offer, or each row of a comparison) holds its numbers to them: one check for every door.
    const InputLimits *limits = nullptr;
    // Kaplan et al. 2020's critical batch, for plans given a batch (absent: they get no batch readouts).
    const BatchModel *batch = nullptr;
    // How a plan's N becomes layers and widths (resources/shapes/shapes.json); none: no shapes.
    const ShapeRules *shapes = nullptr;
};

// What the user chose; an empty field takes its default.
struct PlanChoices
{
    std::string gpu;
    std::optional<int> gpus;
    std::string offer;
    std::optional<double> usdPerGpuHour;
    Pricing pricing = Pricing::OnDemand;
    std::optional<Precision> precision;
    std::optional<Amp> amp;
    std::optional<double> mfu, peakFlops;
    std::optional<double> gpuWatts, powerFraction, pue, overhead;
    std::string region;                 // "gcp/us-central1"
    std::string gridDataset = "mlco2";  // which dataset the region is read from
    std::string country;                // ISO3, for on-premise runs
    std::optional<double> gridGramsPerKwh;
    std::optional<double> usdPerKwh;
    std::optional<int> zeroStage;
    std::optional<double> microBatch, sequenceLength;
    std::optional<Recompute> recompute;

    bool operator==(const PlanChoices &) const = default;
};

struct ResolvedSetup
{
    CostInputs cost;
    std::optional<MemoryInputs> memory;
    std::string gpuId;
    std::string offerId;         // empty when no offer was used
    std::string priceDate;       // the price's date, when it came from a catalogue
    std::string throughputModel; // "peak-mfu" or "hf2020-speed"
    std::optional<Precision> precision;
    std::string gridRegion;      // "gcp/us-central1 (mlco2)", a country, "typed" or "world average"
    // What each catalogue- or default-derived input is and where it came from: "price", "peak_flops",
    // "mfu", "gpu_watts", "power_fraction", "pue", "grid"...
    std::map<std::string, std::string> sources;
    // Choices that work but may not be what the user meant (a grid of another provider than the offer).
    std::vector<Message> warnings;
};

// Throws InputError naming the problem: unknown ids (with close matches), an offer for another GPU,
// a precision the chip lacks, --amp on a GPU outside the 2020 study, a GPU without a known TDP.
// The law matters for one choice only: a 2020 GPU runs the study's speed model when the law has the
// study's form (hf2020 or hf2020-exact-hull, overridden or not: the speed model times the
// Transformer-XL whose size that law's N_opt(C) gives) or when an AMP level is asked for (which
// then needs such a law); with any other law it is a chip like the others, at peak x MFU.
ResolvedSetup resolveSetup(const PlanChoices &choices, const Catalogs &catalogs, const Law &law);

// The plan of `job` (a budget or a fixed job) on a resolved setup: the setup's cost inputs and memory,
// its warnings first, and the CO2 equivalents. What the command line and the window both show.
Plan makePlan(const Law &law, const PlanRequest &job, const ResolvedSetup &setup, const Catalogs &catalogs);

// One row of a comparison: the same request on one offer (or on an accelerator nobody offers).
struct ComparisonRow
{
    ResolvedSetup setup;
    Plan plan;
};

// The request on every offer of the catalogue, and on every accelerator without an offer at the
// typed price (or none). A row whose setup fails (e.g. no TDP known, no price for a dollar budget)
// is left out and its reason listed in `skipped`. A row whose numbers are implausible (a user's offer
// at 1e10 $/GPU-hour, outside resources/limits.json when the catalogues carry limits) is left out
// too, with a warning naming the offer and the reason: it is a typo to fix, not a choice.
struct Comparison
{
    std::vector<ComparisonRow> rows;
    std::vector<std::string> skipped; // "offer-id: reason"
    std::vector<Message> warnings;    // "compare.row_implausible", one per such row
};
Comparison compareOffers(const Law &law, const PlanRequest &job, const PlanChoices &choices,
                         const Catalogs &catalogs);

// compareOffers in its two steps, for a caller that plans many requests on the same choices (the
// window's comparison follows a budget drag): the setups depend on the law and the choices only.
struct ComparisonSetups
{
    std::vector<ResolvedSetup> setups;
    std::vector<std::string> skipped; // "offer-id: reason"
    // How many setups come before each skipped entry: the comparison keeps the catalogue's order.
    std::vector<std::size_t> skippedAt;
};
ComparisonSetups resolveComparison(const Law &law, const PlanChoices &choices, const Catalogs &catalogs);
// The request on each setup; a setup whose plan fails is left out and listed in `skipped` where it
// stood, as compareOffers lists it.
Comparison planComparison(const Law &law, const PlanRequest &job, const ComparisonSetups &setups,
                          const Catalogs &catalogs);

// Everyday equivalents of a mass of CO2, with the factors of plan_defaults.json.
double carKilometres(double co2Kg, const PlanDefaults &defaults);
double treeSeedlingYears(double co2Kg, const PlanDefaults &defaults); // seedlings grown for one year
// One-way economy passenger flights London - New York.
double flightsLondonNewYork(double co2Kg, const PlanDefaults &defaults);

} // namespace frontier
