#pragma once
// model/serve: what a token costs once the model is trained. The flow:
//   resources/serve/serving.json -> ServingConstants (serving MFU, memory share, KV bytes, defaults)
//   a model (N_total, N_active, layers, KV heads x head dim) + compression (bits, pruned share)
//     + load (context, batch) + hardware (one GPU's memory, bandwidth, peak, power, price, grid)
//     -> serve() -> ServingReport: bytes to hold, GPUs, decode tokens/s and the cost of a million tokens.
// Decode makes one token per sequence per step. A step reads every stored weight once and every
// sequence's KV cache, so at small batch it waits on memory: batch x bandwidth / bytes per step tokens/s.
// At large batch the 2 x N_active FLOPs per token take longer: peak x MFU / (2 N_active) (Pope et al. 2022,
// arXiv:2211.05102). The slower of the two is the speed. Compression cuts bytes only: the quality it
// costs has no general law, so a user types their own loss penalty (Li et al. 2020 is cited text).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

// The figures of serving.json, each with its source.
struct ServingConstants
{
    double mfu = 0;               // of the 16-bit peak, in the compute-bound regime
    double memoryFraction = 0;    // of each GPU's memory that weights + KV cache may fill
    double kvBytesPerElement = 0; // 2: a 16-bit KV cache
    double defaultBits = 0, defaultContext = 0, defaultBatch = 0;
    double maxBits = 0, maxContext = 0, maxBatch = 0, maxGpus = 0, maxLossPenalty = 0;
    std::map<std::string, std::string> sources; // "serving_mfu", "memory_fraction", ... -> source
    // The model's stated simplifications, by name ("ideal_tensor_parallel"), each with why.
    std::vector<std::pair<std::string, std::string>> assumptions;
    std::string compressionFinding, compressionSource; // Li et al. 2020's finding, as text

    // Throws InputError naming the file for malformed JSON, a figure without a source or out of range.
    static ServingConstants fromJson(std::string_view jsonText);
};

// What is served: its parameters (all stored; N_active used per token, equal for a dense model) and
// the attention shape the KV cache follows. A mixture of experts with known routing (experts, top-k)
// reads only the experts its batch's tokens are routed to; without them every stored weight is read.
struct ServedModel
{
    double totalParams = 0;
    double activeParams = 0;
    std::int64_t layers = 0;
    std::int64_t kvHeads = 0;
    std::int64_t headDim = 0;
    std::int64_t experts = 0; // per layer; 0: dense, or routing not known
    std::int64_t topK = 0;    // experts a token is routed to
};

// The share of the stored weights one decode step reads: 1 for a dense model (or unknown routing);
// for E experts of which each of `batch` tokens uses k, the shared weights plus the expected share of
// experts at least one token is routed to, 1 − (1 − k/E)^batch, with routing taken as uniform and
// independent (serving.json, "uniform_expert_routing"). At batch 1 that is N_active / N_total.
// Throws InputError for top-k outside 1..experts.
double weightShareReadPerStep(const ServedModel &model, double batch);

struct ServingCompression
{
    double bitsPerWeight = 16;
    double prunedFraction = 0; // of the weights removed, [0, 1)
};

struct ServingLoad
{
    double contextTokens = 4096; // per sequence, a whole number
    double batch = 1;            // sequences decoded together, a whole number
};

// One GPU of the serving offer, and what its hours cost.
struct ServingHardware
{
    double memoryBytes = 0;
    double bandwidthBytesPerSecond = 0;
    double peakFlopsPerSecond = 0; // 16-bit dense
    double watts = 0;
    std::optional<double> usdPerGpuHour;
    double powerFraction = 1;
    double pue = 1;
    std::optional<double> gridGramsPerKwh;
};

struct ServingInputs
{
    ServedModel model;
    ServingCompression compression;
    ServingLoad load;
    ServingHardware hardware;
};

enum class ServingBound { Memory, Compute };
std::string servingBoundName(ServingBound bound); // "memory", "compute"

struct ServingReport
{
    double weightBytes = 0;        // after pruning and quantisation
    double kvCacheBytes = 0;       // the whole batch at the full context
    double usableBytesPerGpu = 0;  // memory x the memory fraction
    int gpusNeeded = 0;            // fewest that hold weights + KV cache
    double bytesPerStep = 0;       // the weights a step reads (weightShareReadPerStep) + the KV cache
    double memoryBoundTokensPerSecond = 0;
    double computeBoundTokensPerSecond = 0;
    double tokensPerSecond = 0;    // the smaller of the two, over all gpusNeeded GPUs
    ServingBound bound = ServingBound::Memory;
    double gpuHoursPerMillionTokens = 0;
    std::optional<double> usdPerMillionTokens;   // absent without a price
    double kwhPerMillionTokens = 0;
    std::optional<double> co2KgPerMillionTokens; // absent without a grid intensity
};

// Bytes of `params` weights at `bits` each after removing `prunedFraction` of them.
// Throws InputError for params not positive, bits outside (0, maxBits] or a fraction outside [0, 1).
double weightBytes(double params, double bits, double prunedFraction, const ServingConstants &constants);

// 2 (K and V) x layers x KV heads x head dim x bytes per element x context x batch.
double kvCacheBytes(const ServedModel &model, const ServingLoad &load, const ServingConstants &constants);

// Throws InputError naming the first bad input: non-positive or non-finite numbers, active above
// total parameters, a context or batch that is not a whole number in range, more GPUs than maxGpus.
ServingReport serve(const ServingInputs &inputs, const ServingConstants &constants);

// The loss to report for a compressed model: the law's loss plus the user's penalty (no law of ours).
// Throws InputError for a penalty outside [0, maxLossPenalty].
double compressedLoss(double loss, double penalty, const ServingConstants &constants);

} // namespace frontier
