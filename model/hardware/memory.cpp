#include "model/hardware/memory.h"

#include "model/core/errors.h"
#include "model/core/enumnames.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"

#include <algorithm>
#include <cmath>

namespace frontier {

namespace {

constexpr const char *kContext = "memory constants";

constexpr EnumNames<Recompute, 3> kRecomputeNames{
    {{{Recompute::None, "none"}, {Recompute::Selective, "selective"}, {Recompute::Full, "full"}}}};

// Bytes of weights + gradients + optimizer state per GPU at a ZeRO stage over `gpus` GPUs.
double stateBytes(double params, int stage, int gpus, const MemoryConstants &c)
{
    const double shardedOptimizer = c.optimizerBytes / (stage >= 1 ? gpus : 1);
    const double shardedGradients = c.gradientBytes / (stage >= 2 ? gpus : 1);
    const double shardedWeights = c.weightBytes / (stage >= 3 ? gpus : 1);
    return params * (shardedWeights + shardedGradients + shardedOptimizer);
}

double activationBytes(const MemoryInputs &in, const ModelShape &shape, const MemoryConstants &c)
{
    const double sbh = in.sequenceLength * in.microBatch * shape.width;
    double perLayer = 0;
    switch (in.recompute) {
    case Recompute::None:
        perLayer = sbh * (c.hiddenBytes + c.attentionBytes * shape.heads * in.sequenceLength / shape.width);
        break;
    case Recompute::Selective:
        perLayer = sbh * c.hiddenBytes;
        break;
    case Recompute::Full:
        perLayer = sbh * c.fullRecomputeBytes;
        break;
    }
    return perLayer * shape.layers;
}

} // namespace

Recompute parseRecompute(std::string_view text)
{
    return kRecomputeNames.parse(text, "recomputation");
}

std::string recomputeName(Recompute mode)
{
    return kRecomputeNames.name(mode);
}

MemoryConstants MemoryConstants::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, "memory.json", [](const nlohmann::json &document) {
        const auto &adam = document.at("mixed_precision_adam");
        const auto &act = document.at("activations");
        const auto &shape = document.at("shape");
        MemoryConstants c;
        c.weightBytes = sourcedNumber(adam, "fp16_weights_bytes", kContext);
        c.gradientBytes = sourcedNumber(adam, "fp16_gradients_bytes", kContext);
        c.optimizerBytes = sourcedNumber(adam, "optimizer_state_bytes", kContext);
        c.hiddenBytes = sourcedNumber(act, "per_token_hidden_bytes", kContext);
        c.attentionBytes = sourcedNumber(act, "attention_score_bytes", kContext);
        c.fullRecomputeBytes = sourcedNumber(act, "full_recompute_bytes", kContext);
        c.paramsPerLayerPerWidthSquared = sourcedNumber(shape, "params_per_layer_per_width_squared", kContext);
        c.widthPerLayer = sourcedNumber(shape, "width_per_layer", kContext);
        c.headWidth = sourcedNumber(shape, "head_width", kContext);
        c.usableFraction = requirePositive(sourcedNumber(document.at("usable_memory"), "fraction", kContext),
                                           "usable memory fraction");
        if (c.usableFraction > 1)
            throw InputError(message("memory.usable_fraction_above_one",
                                     "memory constants: the usable memory fraction must be at most 1, got {value}",
                                     {{"value", formatNumber(c.usableFraction)}}));
        return c;
    });
}

ModelShape shapeForParams(double params, const MemoryConstants &c)
{
    requirePositive(params, "parameters");
    // N = k·L·h² with h = r·L  =>  L = (N / (k·r²))^(1/3).
    ModelShape shape;
    shape.layers = std::cbrt(params / (c.paramsPerLayerPerWidthSquared * c.widthPerLayer * c.widthPerLayer));
    shape.width = c.widthPerLayer * shape.layers;
    shape.heads = shape.width / c.headWidth;
    return shape;
}

MemoryReport memoryFor(const MemoryInputs &in, const MemoryConstants &c)
{
    requirePositive(in.params, "parameters");
    if (in.zeroStage < 0 || in.zeroStage > 3)
        throw InputError(message("memory.zero_stage", "ZeRO stage must be 0, 1, 2 or 3, got {value}",
                                 {{"value", std::to_string(in.zeroStage)}}));
    if (in.gpus < 1)
        throw InputError(message("memory.gpus_below_one", "the number of GPUs must be at least 1, got {value}",
                                 {{"value", std::to_string(in.gpus)}}));
    requirePositive(in.microBatch, "micro-batch");
    requirePositive(in.sequenceLength, "sequence length");
    requirePositive(in.gpuMemoryBytes, "GPU memory");
    if (in.limits) {
        // Beyond these, activation bytes (micro-batch x sequence x width x layers) overflow to inf.
        in.limits->check("micro_batch", in.microBatch, quantity("what", "micro-batch"));
        in.limits->check("seq_len", in.sequenceLength, quantity("what", "sequence length"));
    }

    const double held = std::max(in.params, in.heldParams);
    MemoryReport r;
    r.shape = shapeForParams(in.params, c);
    r.stateBytesPerGpu = stateBytes(held, in.zeroStage, in.gpus, c);
    r.activationBytesPerGpu = activationBytes(in, r.shape, c);
    r.totalBytesPerGpu = r.stateBytesPerGpu + r.activationBytesPerGpu;
    r.usableBytesPerGpu = in.gpuMemoryBytes * c.usableFraction;
    r.fits = r.totalBytesPerGpu <= r.usableBytesPerGpu;

    // Sharding only divides the sharded part: the unsharded rest plus activations must fit alone.
    const double room = r.usableBytesPerGpu - r.activationBytesPerGpu;
    const double sharded = held * ((in.zeroStage >= 1 ? c.optimizerBytes : 0) + (in.zeroStage >= 2 ? c.gradientBytes : 0)
                                        + (in.zeroStage >= 3 ? c.weightBytes : 0));
    const double fixed = held * c.bytesPerParam() - sharded;
    if (room > fixed) {
        const double needed = sharded > 0 ? std::ceil(sharded / (room - fixed) - 1e-12) : 1;
        if (needed < 1e9)
            r.minGpus = std::max(1, static_cast<int>(needed));
    }
    return r;
}

} // namespace frontier
