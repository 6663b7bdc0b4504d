#include "model/serve/serving.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"
#include "model/cost/energy.h"

#include <cmath>

namespace frontier {

namespace {

constexpr std::string_view kFile = "serve/serving.json";

std::string shown(double value)
{
    return std::isfinite(value) ? formatNumber(value) : (std::isnan(value) ? "NaN" : "infinity");
}

// A count of tokens, sequences or heads: a whole number from 1 to `most`.
double requireWhole(double value, double most, const char *code, const char *english)
{
    if (!(std::isfinite(value) && value >= 1 && value <= most && std::floor(value) == value))
        throw InputError(message(code, english, {{"max", formatNumber(most)}, {"value", shown(value)}}));
    return value;
}

void requireShape(std::int64_t value, const char *field)
{
    if (value < 1 || value > 1'000'000)
        throw InputError(message("serve.shape_count", "the served model's {field} must be a whole number from 1 to 1000000, got {value}",
                                 {{"field", field}, {"value", std::to_string(value)}}));
}

} // namespace

ServingConstants ServingConstants::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, kFile, [](const nlohmann::json &document) {
        ServingConstants c;
        auto figure = [&c](const nlohmann::json &object, const char *key) {
            std::string source;
            const double value = sourcedNumber(object, key, kFile, &source);
            if (!(std::isfinite(value) && value > 0))
                throw fileError(kFile, "serve.file_not_positive", "'{key}' must be positive", {{"key", key}});
            c.sources[key] = source;
            return value;
        };
        c.mfu = figure(document, "serving_mfu");
        c.memoryFraction = figure(document, "memory_fraction");
        if (c.mfu > 1 || c.memoryFraction > 1)
            throw fileError(kFile, "serve.file_fraction", "serving_mfu and memory_fraction must be at most 1");
        c.kvBytesPerElement = figure(document, "kv_bytes_per_element");
        c.defaultBits = figure(document, "default_bits");
        c.defaultContext = figure(document, "default_context");
        c.defaultBatch = figure(document, "default_batch");
        const nlohmann::json &limits = document.at("limits");
        c.maxBits = figure(limits, "max_bits");
        c.maxContext = figure(limits, "max_context");
        c.maxBatch = figure(limits, "max_batch");
        c.maxGpus = figure(limits, "max_gpus");
        c.maxLossPenalty = figure(limits, "max_loss_penalty");
        for (const auto &entry : document.at("assumptions"))
            c.assumptions.emplace_back(entry.at("name").get<std::string>(), entry.at("source").get<std::string>());
        const nlohmann::json &finding = document.at("compression_finding");
        c.compressionFinding = finding.at("text").get<std::string>();
        c.compressionSource = finding.at("source").get<std::string>();
        if (c.compressionSource.empty())
            throw InputError(message("json.no_source", "{context}: '{key}' has no source",
                                     {{"context", std::string(kFile)}, {"key", "compression_finding"}}));
        return c;
    });
}

std::string servingBoundName(ServingBound bound)
{
    return bound == ServingBound::Memory ? "memory" : "compute";
}

double weightBytes(double params, double bits, double prunedFraction, const ServingConstants &constants)
{
    requirePositive(params, "parameters");
    if (!(std::isfinite(bits) && bits > 0 && bits <= constants.maxBits))
        throw InputError(message("serve.bits_range", "bits per weight must be above 0 and at most {max}, got {value}",
                                 {{"max", formatNumber(constants.maxBits)}, {"value", shown(bits)}}));
    if (!(std::isfinite(prunedFraction) && prunedFraction >= 0 && prunedFraction < 1))
        throw InputError(message("serve.pruned_range", "the pruned share of the weights must be at least 0 and below 1, got {value}",
                                 {{"value", shown(prunedFraction)}}));
    return params * (1 - prunedFraction) * bits / 8;
}

double kvCacheBytes(const ServedModel &model, const ServingLoad &load, const ServingConstants &constants)
{
    requireShape(model.layers, "layers");
    requireShape(model.kvHeads, "KV heads");
    requireShape(model.headDim, "head dim");
    const double context = requireWhole(load.contextTokens, constants.maxContext, "serve.context_range",
                                        "the context must be a whole number of tokens from 1 to {max}, got {value}");
    const double batch = requireWhole(load.batch, constants.maxBatch, "serve.batch_range",
                                      "the serving batch must be a whole number of sequences from 1 to {max}, got {value}");
    return 2.0 * double(model.layers) * double(model.kvHeads) * double(model.headDim) * constants.kvBytesPerElement
           * context * batch;
}

double weightShareReadPerStep(const ServedModel &model, double batch)
{
    if (model.experts == 0 && model.topK == 0)
        return 1;
    if (!(model.experts >= 1 && model.topK >= 1 && model.topK <= model.experts))
        throw InputError(message("serve.top_k_range", "top-k must be from 1 to the {experts} experts, got {top_k}",
                                 {{"experts", std::to_string(model.experts)}, {"top_k", std::to_string(model.topK)}}));
    if (model.topK == model.experts || model.activeParams >= model.totalParams)
        return 1;
    // total = shared + X and active = shared + X·k/E, so the experts hold X = (total − active)·E/(E − k).
    const double e = double(model.experts), k = double(model.topK);
    const double expertParams = (model.totalParams - model.activeParams) * e / (e - k);
    const double shared = model.totalParams - expertParams;
    const double touched = 1 - std::pow(1 - k / e, batch);
    return (shared + expertParams * touched) / model.totalParams;
}

ServingReport serve(const ServingInputs &inputs, const ServingConstants &constants)
{
    const ServedModel &model = inputs.model;
    const ServingHardware &hw = inputs.hardware;
    requirePositive(model.activeParams, "parameters");
    if (model.activeParams > model.totalParams)
        throw InputError(message("serve.active_above_total",
                                 "active parameters ({active}) cannot exceed the model's total parameters ({total})",
                                 {{"active", shown(model.activeParams)}, {"total", shown(model.totalParams)}}));
    requirePositive(hw.memoryBytes, "GPU memory");
    if (!(std::isfinite(hw.bandwidthBytesPerSecond) && hw.bandwidthBytesPerSecond > 0))
        throw InputError(message("serve.bandwidth", "the GPU's memory bandwidth must be a positive number of bytes per second, got {value}",
                                 {{"value", shown(hw.bandwidthBytesPerSecond)}}));
    requirePositive(hw.peakFlopsPerSecond, "peak FLOP/s per GPU");
    // Power, price, PUE and grid are checked by the energy model, as for a training run.

    ServingReport r;
    r.weightBytes = weightBytes(model.totalParams, inputs.compression.bitsPerWeight,
                                inputs.compression.prunedFraction, constants);
    r.kvCacheBytes = kvCacheBytes(model, inputs.load, constants);
    r.usableBytesPerGpu = hw.memoryBytes * constants.memoryFraction;
    const double gpus = std::ceil((r.weightBytes + r.kvCacheBytes) / r.usableBytesPerGpu);
    if (!(gpus <= constants.maxGpus))
        throw InputError(message("serve.too_many_gpus",
                                 "weights and KV cache need {gpus} GPUs to hold them, more than {max}: serve a smaller model, batch or context",
                                 {{"gpus", shown(gpus)}, {"max", formatNumber(constants.maxGpus)}}));
    r.gpusNeeded = int(gpus);
    r.bytesPerStep = r.weightBytes * weightShareReadPerStep(model, inputs.load.batch) + r.kvCacheBytes;

    // Split over the GPUs that hold it, a step reads bytesPerStep / gpus from each at once.
    r.memoryBoundTokensPerSecond = inputs.load.batch * gpus * hw.bandwidthBytesPerSecond / r.bytesPerStep;
    r.computeBoundTokensPerSecond = gpus * hw.peakFlopsPerSecond * constants.mfu / (2 * model.activeParams);
    r.bound = r.memoryBoundTokensPerSecond <= r.computeBoundTokensPerSecond ? ServingBound::Memory : ServingBound::Compute;
    r.tokensPerSecond = std::min(r.memoryBoundTokensPerSecond, r.computeBoundTokensPerSecond);

    const double hours = 1e6 / r.tokensPerSecond / 3600;
    r.gpuHoursPerMillionTokens = gpus * hours;
    if (hw.usdPerGpuHour) {
        requireNonNegative(*hw.usdPerGpuHour, "price per GPU-hour");
        r.usdPerMillionTokens = r.gpuHoursPerMillionTokens * *hw.usdPerGpuHour;
    }
    r.kwhPerMillionTokens = energyKwh({r.gpuHoursPerMillionTokens, hw.watts, hw.powerFraction, hw.pue});
    if (hw.gridGramsPerKwh)
        r.co2KgPerMillionTokens = co2Kg(r.kwhPerMillionTokens, *hw.gridGramsPerKwh);
    return r;
}

double compressedLoss(double loss, double penalty, const ServingConstants &constants)
{
    if (!(std::isfinite(penalty) && penalty >= 0 && penalty <= constants.maxLossPenalty))
        throw InputError(message("serve.loss_penalty", "the loss penalty must be from 0 to {max} nats per token, got {value}",
                                 {{"max", formatNumber(constants.maxLossPenalty)}, {"value", shown(penalty)}}));
    return requireFinite(loss, "loss") + penalty;
}

} // namespace frontier
