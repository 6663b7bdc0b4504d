#include "model/serve/servingsetup.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

namespace frontier {

namespace {

InputError unknownFigure(const Accelerator &gpu, const char *field)
{
    return InputError(message("serve.no_figure", "{gpu} has no known {field}: type the figure in a catalogue of your own to serve on it",
                              {{"gpu", gpu.id}, {"field", field}}));
}

} // namespace

ServedModelChoice servedModel(double totalParams, std::optional<double> activeParams, const TypedAttentionShape &typed,
                              ParamConvention convention, const ShapeRules &rules)
{
    requirePositive(totalParams, "parameters");
    const double active = activeParams.value_or(totalParams);
    requirePositive(active, "parameters");
    if (active > totalParams)
        throw InputError(message("serve.active_above_total",
                                 "active parameters ({active}) cannot exceed the model's total parameters ({total})",
                                 {{"active", formatNumber(active)}, {"total", formatNumber(totalParams)}}));
    ServedModelChoice choice;
    choice.model.totalParams = totalParams;
    choice.model.activeParams = active;
    choice.shapeTyped = typed.layers && typed.kvHeads && typed.headDim;
    if (!choice.shapeTyped) {
        const TransformerShape candidate =
            decoderCandidate(ShapeFamily::Llama, ShapeRole::Wide, rules.wideAspectRatio, active, convention, rules);
        choice.model.layers = candidate.layers;
        choice.model.kvHeads = candidate.kvHeads;
        choice.model.headDim = candidate.headDim();
    }
    if (typed.layers)
        choice.model.layers = *typed.layers;
    if (typed.kvHeads)
        choice.model.kvHeads = *typed.kvHeads;
    if (typed.headDim)
        choice.model.headDim = *typed.headDim;
    return choice;
}

ServingHardware servingHardware(const ServingPlace &place, const ResolvedSetup &setup)
{
    const Accelerator &gpu = *place.gpu;
    if (!gpu.memoryBytes)
        throw unknownFigure(gpu, "memory");
    if (!gpu.memoryBandwidthBytesPerSecond)
        throw unknownFigure(gpu, "memory bandwidth");
    if (!gpu.hasPeak(Precision::BF16) && !gpu.hasPeak(Precision::FP16))
        throw unknownFigure(gpu, "16-bit peak FLOP/s");
    ServingHardware hw;
    hw.memoryBytes = *gpu.memoryBytes;
    hw.bandwidthBytesPerSecond = *gpu.memoryBandwidthBytesPerSecond;
    hw.peakFlopsPerSecond = gpu.peak(gpu.hasPeak(Precision::BF16) ? Precision::BF16 : Precision::FP16);
    const bool plansGpu = gpu.id == setup.gpuId;
    if (!plansGpu && !gpu.tdpW)
        throw unknownFigure(gpu, "power (TDP)");
    hw.watts = plansGpu ? setup.cost.gpuWatts : *gpu.tdpW;
    hw.usdPerGpuHour = place.offer ? std::optional<double>(place.offer->price(place.pricing)) : setup.cost.usdPerGpuHour;
    hw.powerFraction = setup.cost.powerFraction;
    hw.pue = setup.cost.pue;
    hw.gridGramsPerKwh = setup.cost.gridGramsPerKwh;
    return hw;
}

std::vector<ServingAssumption> servingAssumptions(const ServingPlace &place, const ResolvedSetup &setup,
                                                  const ServingConstants &constants)
{
    const Accelerator &gpu = *place.gpu;
    auto source = [&setup](const char *key) {
        const auto found = setup.sources.find(key);
        return found == setup.sources.end() ? std::string() : found->second;
    };
    const ServingHardware hw = servingHardware(place, setup);
    const std::string watts = gpu.id == setup.gpuId ? source("gpu_watts") : gpu.name + " TDP: " + gpu.source;
    const std::string price = place.offer ? "offer " + place.offer->id + " (" + place.offer->priceDate + "): " + place.offer->source
                                          : source("price");
    std::vector<ServingAssumption> out{
        {"serving_mfu", constants.mfu, constants.sources.at("serving_mfu")},
        {"memory_fraction", constants.memoryFraction, constants.sources.at("memory_fraction")},
        {"kv_bytes_per_element", constants.kvBytesPerElement, constants.sources.at("kv_bytes_per_element")},
        {"gpu_memory_bytes", hw.memoryBytes, gpu.name + ": " + gpu.source},
        {"memory_bandwidth_bytes_per_s", hw.bandwidthBytesPerSecond, gpu.name + ": " + gpu.source},
        {"peak_flops_per_s_16bit", hw.peakFlopsPerSecond, gpu.name + ", dense 16-bit: " + gpu.source},
        {"gpu_watts", hw.watts, watts},
        {"power_fraction", hw.powerFraction, source("power_fraction")},
        {"pue", hw.pue, source("pue")},
    };
    if (hw.usdPerGpuHour)
        out.push_back({"usd_per_gpu_hour", *hw.usdPerGpuHour, price});
    if (hw.gridGramsPerKwh)
        out.push_back({"grid_g_per_kwh", *hw.gridGramsPerKwh, source("grid")});
    for (const auto &[name, why] : constants.assumptions)
        out.push_back({name, std::nullopt, why});
    return out;
}

} // namespace frontier

namespace frontier {

PlanServing servePlan(const Plan &plan, const ResolvedSetup &setup, const Law &law, const Catalogs &catalogs,
                      const ServingRequest &request, const ServingConstants &constants)
{
    if (!catalogs.shapes)
        throw InputError(message("serve.no_shapes", "no shape rules to size the served model's attention with"));
    PlanServing out;
    if (const auto &sparse = plan.sparse) {
        // A mixture of experts holds every expert but computes with a token's own (issue 18 §3): its
        // counted total and active parameters and its own attention, not the dense law's N.
        const TransformerShape &shape = sparse->shape;
        out.model = servedModel(double(sparse->totalParams), double(sparse->activeParams),
                                {shape.layers, shape.kvHeads, shape.headDim()}, ParamConvention::Total, *catalogs.shapes);
    } else {
        out.model = servedModel(plan.allocation.params, std::nullopt, {}, paramConvention(law), *catalogs.shapes);
    }
    out.place.pricing = request.pricing;
    if (!request.offerId.empty()) {
        out.place.offer = &catalogs.offers.get(request.offerId);
        out.place.gpu = &catalogs.accelerators.get(out.place.offer->acceleratorId);
    } else {
        out.place.gpu = &catalogs.accelerators.get(setup.gpuId);
    }
    const ServingInputs inputs{out.model.model, request.compression, request.load, servingHardware(out.place, setup)};
    out.report = serve(inputs, constants);
    out.assumptions = servingAssumptions(out.place, setup, constants);
    return out;
}

} // namespace frontier
