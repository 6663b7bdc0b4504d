#include "model/plan/planner.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"
#include "model/shape/shapecandidates.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace frontier {

namespace {

constexpr double kWattsPerKilowatt = 1000;
constexpr double kGramsPerKilogram = 1000;
constexpr double kKilometresPerMile = 1.609344; // definition of the international mile
constexpr double kSeedlingYears = 10;

// The cheapest offer for the GPU under the pricing basis, if any lists one.
const CloudOffer *cheapestOffer(const OfferCatalog &offers, const std::string &gpuId, Pricing pricing)
{
    const CloudOffer *best = nullptr;
    double bestPrice = 0;
    for (const auto &offer : offers.all()) {
        if (offer.acceleratorId != gpuId)
            continue;
        double price = 0;
        try {
            price = offer.price(pricing);
        } catch (const InputError &) {
            continue; // this offer has no price on this basis
        }
        if (!best || price < bestPrice) {
            best = &offer;
            bestPrice = price;
        }
    }
    return best;
}

void resolveThroughput(const PlanChoices &c, const Catalogs &cat, const Accelerator &gpu, const Law &law,
                       ResolvedSetup &r)
{
    const bool peakAsked = c.mfu || c.peakFlops || c.precision;
    // The speed model times the Transformer-XL that the plan's own law calls optimal, so it needs an
    // hf2020-form law (either variant, overridden or not): its d, e, f give the width.
    const auto *sizeLaw = std::get_if<Hf2020Law>(&law.form());
    const bool study2020 = !gpu.hf2020Id.empty() && !peakAsked && (sizeLaw || c.amp);
    if (c.amp && gpu.hf2020Id.empty())
        throw InputError(message("plan.amp_not_2020_gpu",
                                 "--amp applies to the 2020 GPUs of the Hugging Face study (V100, P100, P4, K80), not {gpu}",
                                 {{"gpu", gpu.id}}));
    if (c.amp && peakAsked)
        throw InputError(message("plan.amp_with_peak",
                                 "--amp selects the 2020 speed model; it cannot be combined with --mfu, --peak-flops or --precision"));
    if (study2020 && !sizeLaw)
        throw InputError(message("plan.amp_needs_hf2020_law",
                                 "--amp: the 2020 speed model times the Transformer-XL an hf2020-form law calls optimal; "
                                 "law {law} is not one (use hf2020 or hf2020-exact-hull)",
                                 {{"law", law.id()}}));
    if (study2020) {
        const Hf2020Gpu &speed = cat.hf2020Speed.gpu(gpu.hf2020Id);
        Hf2020Throughput t;
        t.gpu = speed;
        t.amp = c.amp.value_or(Amp::O0);
        t.depthWidthRatio = cat.hf2020Speed.depthWidthRatio;
        t.batch = speed.batch;
        t.d = sizeLaw->d;
        t.e = sizeLaw->e;
        t.f = sizeLaw->f;
        t.tipToleranceSeconds = cat.hf2020Speed.solverToleranceSeconds;
        r.cost.throughput = Throughput(t);
        r.throughputModel = r.cost.throughput.name();
        r.sources["throughput"] = "Hugging Face 2020 speed model for " + speed.id + " (" + ampName(t.amp)
                                  + "), width from law " + law.id() + "'s N_opt(C): " + cat.hf2020Speed.source;
        return;
    }
    PeakTimesMfu peak;
    if (c.peakFlops) {
        peak.peakFlopsPerGpu = requirePositive(*c.peakFlops, "peak FLOP/s");
        r.sources["peak_flops"] = "typed";
    } else {
        r.precision = c.precision ? *c.precision : gpu.defaultPrecision();
        peak.peakFlopsPerGpu = gpu.peak(*r.precision);
        r.sources["peak_flops"] = gpu.name + ", dense " + precisionName(*r.precision) + ": " + gpu.source;
    }
    peak.mfu = c.mfu.value_or(cat.defaults.mfu);
    r.sources["mfu"] = c.mfu ? "typed" : cat.defaults.sources.at("mfu");
    r.cost.throughput = Throughput(peak);
    r.throughputModel = r.cost.throughput.name();
}

void resolvePrice(const PlanChoices &c, const Catalogs &cat, const Accelerator &gpu, ResolvedSetup &r)
{
    if (!c.offer.empty() && c.usdPerGpuHour)
        throw InputError(message("plan.price_twice", "--offer and --usd-per-gpu-hour: give the price once"));
    if (c.usdPerGpuHour) {
        requireFinite(*c.usdPerGpuHour, "price per GPU-hour");
        r.cost.usdPerGpuHour = *c.usdPerGpuHour;
        r.sources["price"] = "typed";
        return;
    }
    const CloudOffer *offer = nullptr;
    if (!c.offer.empty()) {
        offer = &cat.offers.get(c.offer);
        if (offer->acceleratorId != gpu.id)
            throw InputError(message("plan.offer_other_gpu", "offer {offer} is for {offer_gpu}, not {gpu}",
                                     {{"offer", offer->id}, {"offer_gpu", offer->acceleratorId}, {"gpu", gpu.id}}));
    } else if (const auto *study = r.cost.throughput.hf2020()) {
        const Hf2020Gpu &speed = study->gpu;
        r.cost.usdPerGpuHour = speed.usdPerHour;
        r.sources["price"] = "Hugging Face 2020 calculator's Google Cloud price for " + speed.id + ": "
                             + cat.hf2020Speed.source;
        return;
    } else {
        offer = cheapestOffer(cat.offers, gpu.id, c.pricing);
    }
    if (!offer)
        return; // no price known: dollars stay unknown, never zero
    r.cost.usdPerGpuHour = offer->price(c.pricing);
    r.offerId = offer->id;
    r.priceDate = offer->priceDate;
    r.sources["price"] = std::string(c.offer.empty() ? "cheapest offer " : "offer ") + offer->id + " ("
                         + pricingName(c.pricing) + ", " + offer->priceDate + "): " + offer->source;
}

// The grid region of the plan: the one the user named, else the one the offer's location names (when
// no country or typed intensity overrides the grid). A region of another provider than the offer is
// allowed (the user may know better) but said.
const GridRegion *gridRegion(const PlanChoices &c, const Catalogs &cat, const CloudOffer *offer, ResolvedSetup &r)
{
    cat.regions.dataset(c.gridDataset); // an unknown dataset is an error even when no region is read from it
    if (!c.region.empty()) {
        const GridRegion &region = cat.regions.region(c.region, c.gridDataset);
        if (offer && offer->providerId != region.provider)
            r.warnings.push_back(message("plan.region_provider_mismatch",
                                         "region {region} belongs to {region_provider}, but offer {offer} is sold by "
                                         "{offer_provider}: its grid may not be where the offer runs",
                                         {{"region", region.id}, {"region_provider", region.provider},
                                          {"offer", offer->id}, {"offer_provider", offer->provider}}));
        return &region;
    }
    if (!offer || !c.country.empty() || c.gridGramsPerKwh)
        return nullptr;
    const std::string id = cat.offerRegions.regionFor(offer->providerId, offer->location);
    if (id.empty())
        return nullptr;
    const GridRegion *region = cat.regions.findRegion(id, c.gridDataset);
    if (!region)
        r.warnings.push_back(message("plan.offer_region_not_in_dataset",
                                     "offer {offer} runs in {region}, which grid dataset {dataset} does not list: "
                                     "the grid falls back to the default",
                                     {{"offer", offer->id}, {"region", id}, {"dataset", c.gridDataset}}));
    return region;
}

void resolveEnergy(const PlanChoices &c, const Catalogs &cat, const Accelerator &gpu, ResolvedSetup &r)
{
    if (c.gpuWatts) {
        r.cost.gpuWatts = *c.gpuWatts;
        r.sources["gpu_watts"] = "typed";
    } else if (const auto *study = r.cost.throughput.hf2020()) {
        r.cost.gpuWatts = study->gpu.measuredKw * kWattsPerKilowatt;
        r.sources["gpu_watts"] = "measured average power in the Hugging Face 2020 study: " + cat.hf2020Speed.source;
    } else if (gpu.tdpW) {
        r.cost.gpuWatts = *gpu.tdpW;
        r.sources["gpu_watts"] = gpu.name + " TDP: " + gpu.source;
    } else {
        throw InputError(message("plan.no_tdp", "no TDP is known for {gpu}: give --gpu-watts", {{"gpu", gpu.id}}));
    }
    // Measured power already is the average draw; TDP is scaled by the documented fraction.
    const bool study2020 = r.cost.throughput.hf2020() != nullptr;
    const bool measured = study2020 && !c.gpuWatts;
    r.cost.powerFraction = c.powerFraction.value_or(measured ? 1.0 : cat.defaults.powerFraction);
    r.sources["power_fraction"] = c.powerFraction ? "typed"
                                  : measured      ? "1: the 2020 power is a measured average"
                                                  : cat.defaults.sources.at("power_fraction");

    const CloudOffer *offer = r.offerId.empty() ? nullptr : &cat.offers.get(r.offerId);
    const GridRegion *region = gridRegion(c, cat, offer, r);
    if (c.pue) {
        r.cost.pue = *c.pue;
        r.sources["pue"] = "typed";
    } else if (region && region->pue && (!offer || offer->providerId == region->provider)) {
        // A region's own PUE describes that provider's site; it says nothing about another's.
        r.cost.pue = *region->pue;
        r.sources["pue"] = region->pueSource;
    } else if (study2020 && !offer) {
        r.cost.pue = 1; // the 2020 calculator multiplies measured GPU power by the grid, nothing else
        r.sources["pue"] = "1, as the Hugging Face 2020 calculator";
    } else {
        // The PUE is the facility's: the offer's provider runs it, whatever grid the user picked.
        const std::string provider = offer ? offer->providerId : region ? region->provider : "";
        const PueDefault &pue = cat.pue.forProvider(provider);
        r.cost.pue = pue.pue;
        r.sources["pue"] = pue.name + " (" + std::to_string(pue.year) + "): " + pue.source;
    }

    if (c.gridGramsPerKwh) {
        r.cost.gridGramsPerKwh = *c.gridGramsPerKwh;
        r.gridRegion = "typed";
        r.sources["grid"] = "typed";
    } else if (region) {
        r.cost.gridGramsPerKwh = region->gPerKwh;
        r.gridRegion = region->id + " (" + region->dataset + ")";
        r.sources["grid"] = (c.region.empty() ? "the offer's location, " : "") + region->id + " in dataset "
                            + region->dataset + ": " + region->source;
    } else if (!c.country.empty()) {
        const Country &country = cat.regions.country(c.country);
        r.cost.gridGramsPerKwh = country.gPerKwh;
        r.gridRegion = country.iso3;
        r.sources["grid"] = country.name + " (" + std::to_string(country.year) + "): " + cat.regions.countriesSource();
    } else if (study2020) {
        r.cost.gridGramsPerKwh = cat.hf2020Speed.co2KgPerKwh * kGramsPerKilogram;
        r.gridRegion = "hf2020 (Netherlands)";
        r.sources["grid"] = "the Hugging Face 2020 calculator's grid intensity: " + cat.hf2020Speed.source;
    } else {
        r.cost.gridGramsPerKwh = cat.defaults.worldGramsPerKwh;
        r.gridRegion = "world average";
        r.sources["grid"] = cat.defaults.sources.at("world_average_g_per_kwh");
    }
    if (c.usdPerKwh) {
        r.cost.usdPerKwh = *c.usdPerKwh;
        r.sources["electricity_price"] = "typed";
    }
}

} // namespace

PlanDefaults PlanDefaults::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, "plan_defaults.json", [](const nlohmann::json &document) {
        PlanDefaults d;
        auto read = [&](const nlohmann::json &object, const char *key) {
            return sourcedNumber(object, key, "plan defaults", &d.sources[key]);
        };
        d.mfu = read(document, "mfu");
        d.powerFraction = read(document, "power_fraction");
        d.worldGramsPerKwh = read(document, "world_average_g_per_kwh");
        d.gpus = static_cast<int>(read(document, "gpus"));
        d.microBatch = read(document, "micro_batch");
        d.sequenceLength = read(document, "sequence_length");
        d.zeroStage = static_cast<int>(read(document, "zero_stage"));
        const auto &equivalents = document.at("equivalents");
        d.carKgPerMile = read(equivalents, "car_kg_per_mile");
        d.treeSeedlingKgPer10Years = read(equivalents, "tree_seedling_kg_per_10_years");
        d.flightKgPerPassengerKm = read(equivalents, "long_haul_economy_kg_per_passenger_km");
        d.londonNewYorkKm = read(equivalents, "london_new_york_km");
        return d;
    });
}

ResolvedSetup resolveSetup(const PlanChoices &c, const Catalogs &cat, const Law &law)
{
    if (c.gpu.empty())
        throw InputError(message("plan.no_gpu", "no GPU chosen: give --gpu (see 'frontier gpus')"));
    const Accelerator &gpu = cat.accelerators.get(c.gpu);
    ResolvedSetup r;
    r.gpuId = gpu.id;
    r.cost.gpus = c.gpus.value_or(cat.defaults.gpus);
    r.cost.overhead = c.overhead.value_or(1.0);
    resolveThroughput(c, cat, gpu, law, r);
    resolvePrice(c, cat, gpu, r);
    resolveEnergy(c, cat, gpu, r);
    r.cost.validate();

    if (gpu.memoryBytes) {
        MemoryInputs memory;
        memory.zeroStage = c.zeroStage.value_or(cat.defaults.zeroStage);
        memory.gpus = r.cost.gpus;
        memory.microBatch = c.microBatch.value_or(cat.defaults.microBatch);
        memory.sequenceLength = c.sequenceLength.value_or(cat.defaults.sequenceLength);
        memory.recompute = c.recompute.value_or(Recompute::Selective);
        memory.gpuMemoryBytes = *gpu.memoryBytes;
        r.memory = memory;
    }
    return r;
}

namespace {

// The plan's steps at the user's batch against Kaplan's critical batch, and on a GPU of the 2020
// study, whether each GPU's share of the batch is past where the study saw its speed saturate.
void addBatch(Plan &plan, const Law &law, const ResolvedSetup &setup, const Catalogs &cat, double batchTokens)
{
    PlanBatch batch = planBatch(*cat.batch, law, plan.allocation, batchTokens);
    plan.warnings.insert(plan.warnings.end(), batch.warnings.begin(), batch.warnings.end());
    const std::string &hf2020Id = cat.accelerators.get(setup.gpuId).hf2020Id;
    if (!hf2020Id.empty()) {
        const double context = setup.memory ? setup.memory->sequenceLength : cat.defaults.sequenceLength;
        const double sequencesPerGpu = batchTokens / context / std::max(1, setup.cost.gpus);
        if (auto warning = gpuSaturationWarning(sequencesPerGpu, cat.hf2020Speed.gpu(hf2020Id)))
            plan.warnings.push_back(std::move(*warning));
    }
    plan.batch = std::move(batch);
}

// A mixture of experts: the law's N is what a token uses, so the allocation, FLOPs, time and cost
// stand; the total is counted on the plan's Llama shape made sparse, and memory is checked again
// with every expert held. The dense law's loss is withdrawn: it is not this model's.
void makeSparse(Plan &plan, const Law &law, PlanRequest request, const Catalogs &cat, const MixtureOfExperts &moe)
{
    plan.sparse = sparseModelFor(plan.shapes, moe);
    if (plan.sparse && request.memory) {
        request.memory->heldParams = double(plan.sparse->totalParams);
        Plan held = makePlan(law, request, cat.memory);
        plan.memory = held.memory;
        plan.minGpusByZeroStage = held.minGpusByZeroStage;
        plan.smallestFit = held.smallestFit;
        plan.warnings = std::move(held.warnings);
    }
    const std::string params = formatNumber(plan.allocation.params, 3);
    if (!plan.sparse)
        plan.warnings.push_back(message("plan.moe_not_counted",
                                        "the mixture of experts was not counted: Frontier has no Llama shape for {params} "
                                        "parameters, so the total parameters and the memory check are those of a dense model",
                                        {{"params", params}}));
    plan.warnings.push_back(message("plan.moe_no_loss_law",
                                    "no scaling law Frontier ships predicts the loss of a mixture of experts: {law} is a "
                                    "law of dense models, so its loss for {params} parameters is not shown as this model's",
                                    {{"law", law.info().id}, {"params", params}}));
    plan.allocation.loss.reset();
}

} // namespace

Plan makePlan(const Law &law, const PlanRequest &job, const ResolvedSetup &setup, const Catalogs &cat)
{
    PlanRequest request = job;
    request.cost = setup.cost;
    request.memory = setup.memory;
    if (cat.limits) {
        request.cost.limits = cat.limits;
        if (request.memory)
            request.memory->limits = cat.limits;
    }
    if (job.moe && job.targetLoss)
        throw InputError(message("plan.moe_target_loss", "a mixture of experts cannot be planned for a target loss: no "
                                                         "scaling law Frontier ships predicts its loss"));
    Plan plan = makePlan(law, request, cat.memory);
    if (cat.shapes)
        plan.shapes = shapesForLaw(law, plan.allocation.params, *cat.shapes);
    if (job.moe)
        makeSparse(plan, law, request, cat, *job.moe);
    plan.warnings.insert(plan.warnings.begin(), setup.warnings.begin(), setup.warnings.end());
    if (plan.cost.co2Kg) {
        const double kg = *plan.cost.co2Kg;
        plan.co2Equivalents = Co2Equivalents{carKilometres(kg, cat.defaults), flightsLondonNewYork(kg, cat.defaults),
                                             treeSeedlingYears(kg, cat.defaults)};
    }
    if (job.batchTokens && cat.batch)
        addBatch(plan, law, setup, cat, *job.batchTokens);
    return plan;
}

ComparisonSetups resolveComparison(const Law &law, const PlanChoices &choices, const Catalogs &cat)
{
    ComparisonSetups result;
    auto tryRow = [&](const PlanChoices &rowChoices, const std::string &label) {
        try {
            result.setups.push_back(resolveSetup(rowChoices, cat, law));
        } catch (const InputError &e) {
            result.skipped.push_back(label + ": " + e.what());
            result.skippedAt.push_back(result.setups.size());
        }
    };
    for (const auto &offer : cat.offers.all()) {
        PlanChoices row = choices;
        row.gpu = offer.acceleratorId;
        row.offer = offer.id;
        row.usdPerGpuHour.reset();
        tryRow(row, offer.id);
    }
    for (const auto &gpu : cat.accelerators.all()) {
        if (!cat.offers.offersFor(gpu.id).empty())
            continue;
        PlanChoices row = choices;
        row.gpu = gpu.id;
        row.offer.clear();
        tryRow(row, gpu.id);
    }
    return result;
}

Comparison planComparison(const Law &law, const PlanRequest &job, const ComparisonSetups &setups, const Catalogs &cat)
{
    Comparison result;
    result.rows.reserve(setups.setups.size());
    std::size_t nextSkipped = 0;
    const auto skippedUpTo = [&](std::size_t position) {
        for (; nextSkipped < setups.skipped.size() && setups.skippedAt[nextSkipped] <= position; ++nextSkipped)
            result.skipped.push_back(setups.skipped[nextSkipped]);
    };
    for (std::size_t i = 0; i < setups.setups.size(); ++i) {
        skippedUpTo(i);
        const ResolvedSetup &setup = setups.setups[i];
        try {
            Plan plan = makePlan(law, job, setup, cat);
            result.rows.push_back({setup, std::move(plan)});
        } catch (const InputError &e) {
            const std::string label = setup.offerId.empty() ? setup.gpuId : setup.offerId;
            result.skipped.push_back(label + ": " + e.what());
            // Left out rather than refusing the whole catalogue: one mistyped offer among hundreds
            // should not hide the others, and the user still learns which one and why (`plan
            // --offer` refuses it with the same words). Other reasons (no TDP, no 3-year price) are
            // facts of the catalogue, listed in `skipped` without a warning.
            if (e.message().code == "input.out_of_range")
                result.warnings.push_back(message("compare.row_implausible", "{offer} left out of the comparison: {reason}",
                                                  {{"offer", label}, {"reason", e.what()}}));
        }
    }
    skippedUpTo(setups.setups.size());
    return result;
}

Comparison compareOffers(const Law &law, const PlanRequest &job, const PlanChoices &choices, const Catalogs &cat)
{
    return planComparison(law, job, resolveComparison(law, choices, cat), cat);
}

double carKilometres(double co2Kg, const PlanDefaults &d)
{
    return co2Kg / d.carKgPerMile * kKilometresPerMile;
}

double treeSeedlingYears(double co2Kg, const PlanDefaults &d)
{
    return co2Kg / d.treeSeedlingKgPer10Years * kSeedlingYears;
}

double flightsLondonNewYork(double co2Kg, const PlanDefaults &d)
{
    return co2Kg / (d.flightKgPerPassengerKm * d.londonNewYorkKm);
}

} // namespace frontier
