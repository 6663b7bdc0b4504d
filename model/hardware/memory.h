#pragma once
// Does the model fit? Mixed-precision Adam keeps 2 + 2 + 12 = 16 bytes per parameter (fp16 weights,
// fp16 gradients, fp32 master weights, momentum and variance: ZeRO, Rajbhandari et al. 2020);
// ZeRO stages 1-3 shard the last 12, then the gradients, then the weights over the data-parallel
// GPUs. Activations of one micro-batch follow Korthikanti et al. 2022, for a model shape derived
// from N with N = 12·L·h² and a fixed width per layer. Only a documented fraction of the memory a
// vendor sells is usable (the CUDA context, the framework's own buffers and allocator fragmentation
// take the rest), so the check is against that fraction. Every figure comes from memory.json.

#include "model/core/limits.h"

#include <optional>
#include <string>
#include <string_view>

namespace frontier {

enum class Recompute { None, Selective, Full };
Recompute parseRecompute(std::string_view text); // "none" | "selective" | "full"
std::string recomputeName(Recompute mode);

struct MemoryConstants
{
    double weightBytes = 0, gradientBytes = 0, optimizerBytes = 0;
    double hiddenBytes = 0, attentionBytes = 0, fullRecomputeBytes = 0;
    double paramsPerLayerPerWidthSquared = 0, widthPerLayer = 0, headWidth = 0;
    double usableFraction = 1; // of the accelerator's memory a training run can fill

    static MemoryConstants fromJson(std::string_view jsonText);
    double bytesPerParam() const { return weightBytes + gradientBytes + optimizerBytes; }
};

struct MemoryInputs
{
    double params = 0;
    // The weights held, when more than `params`: a mixture of experts keeps every expert's weights,
    // gradients and optimizer state, while its activations are those of the `params` a token uses.
    // 0 = params.
    double heldParams = 0;
    int zeroStage = 0;       // 0..3
    int gpus = 1;            // data-parallel GPUs the state is sharded over
    double microBatch = 1;   // sequences per GPU per step
    double sequenceLength = 2048;
    Recompute recompute = Recompute::Selective;
    double gpuMemoryBytes = 0; // what the vendor sells (AcceleratorSpec memory), before the usable fraction
    // Plausible ranges (resources/limits.json): memoryFor refuses values outside them when set.
    const InputLimits *limits = nullptr;
};

struct ModelShape
{
    double layers = 0;
    double width = 0;
    double heads = 0;
};

struct MemoryReport
{
    ModelShape shape;
    double stateBytesPerGpu = 0;      // weights + gradients + optimizer state, after sharding
    double activationBytesPerGpu = 0;
    double totalBytesPerGpu = 0;
    double usableBytesPerGpu = 0;     // gpuMemoryBytes x the usable fraction: what totalBytesPerGpu must fit in
    bool fits = false;
    std::optional<int> minGpus;       // fewest GPUs that hold it at this ZeRO stage; none if no count does
};

ModelShape shapeForParams(double params, const MemoryConstants &constants);

// Throws InputError for a non-positive size, a ZeRO stage outside 0..3 or zero GPUs.
MemoryReport memoryFor(const MemoryInputs &inputs, const MemoryConstants &constants);

} // namespace frontier
