#include "model/shape/paramcount.h"

#include "model/core/errors.h"
#include "model/hardware/hf2020speedmodel.h"

#include <cmath>
#include <string>
#include <utility>

namespace frontier {

namespace {

// The same arithmetic in doubles (the search) and in 64-bit integers (the exact count).
// perLayerActive differs from perLayer only for a mixture of experts: K routed experts, not E.
template<typename T> struct Counts
{
    T perLayer, perLayerActive, finalNorm, embedding;
};

// A mixture of experts' MLP as Mixtral's and Qwen1.5-MoE's transformers classes build it: E SwiGLU
// experts, a router d x E, and optionally a shared SwiGLU expert with its d x 1 gate; no biases.
template<typename T> std::pair<T, T> sparseMlp(T d, T ffn, const MixtureOfExperts &moe)
{
    const T expert = 3 * d * (moe.expertFfn > 0 ? T(moe.expertFfn) : ffn);
    const T router = d * T(moe.experts);
    const T shared = moe.sharedFfn > 0 ? 3 * d * T(moe.sharedFfn) + d : T(0);
    return {T(moe.experts) * expert + router + shared, T(moe.topK) * expert + router + shared};
}

template<typename T>
Counts<T> decoderCounts(ShapeFamily family, T d, T ffn, T qWidth, T kvWidth, T vocab, T context, bool tied,
                        bool qkvBias = false, const std::optional<MixtureOfExperts> &moe = std::nullopt)
{
    const T output = tied ? T(0) : vocab * d;
    if (family == ShapeFamily::Gpt2) {
        // c_attn is d -> 3d whatever the heads; every Linear (Conv1D) has a bias; LayerNorm has two vectors.
        const T attention = d * 3 * d + 3 * d + d * d + d;
        const T mlp = d * ffn + ffn + ffn * d + d;
        const T layer = attention + mlp + 2 * (2 * d);
        return {layer, layer, 2 * d, vocab * d + context * d + output};
    }
    // Llama: no biases (Qwen2 adds them to Q, K and V), RMSNorm has one vector, RoPE none.
    const T attention = d * qWidth + 2 * d * kvWidth + qWidth * d + (qkvBias ? qWidth + 2 * kvWidth : T(0));
    const auto [mlp, mlpActive] = moe ? sparseMlp(d, ffn, *moe) : std::pair<T, T>{3 * d * ffn, 3 * d * ffn};
    return {attention + mlp + 2 * d, attention + mlpActive + 2 * d, d, vocab * d + output};
}

} // namespace

void checkExperts(const MixtureOfExperts &moe)
{
    if (moe.experts < 1 || moe.experts > 100'000)
        throw InputError(message("moe.experts_range", "the number of experts must be a whole number from 1 to 100000, got {value}",
                                 {{"value", std::to_string(moe.experts)}}));
    if (moe.topK < 1 || moe.topK > moe.experts)
        throw InputError(message("moe.top_k_range", "top-k must be from 1 to the number of experts ({experts}), got {value}",
                                 {{"experts", std::to_string(moe.experts)}, {"value", std::to_string(moe.topK)}}));
    for (const auto &[name, value] : {std::pair{"expert_ffn", moe.expertFfn}, std::pair{"shared_ffn", moe.sharedFfn}})
        if (value < 0 || value > 1'000'000)
            throw InputError(message("shape.too_large", "the shape's {field} is {value}: more than any model Frontier counts",
                                     {{"field", name}, {"value", std::to_string(value)}}));
}

void checkShape(const TransformerShape &shape)
{
    const std::pair<const char *, std::int64_t> counts[] = {{"layers", shape.layers}, {"d_model", shape.dModel},
                                                             {"heads", shape.heads},   {"kv_heads", shape.kvHeads},
                                                             {"ffn", shape.ffn},       {"vocab", shape.vocab}};
    for (const auto &[name, value] : counts)
        if (value < 1)
            throw InputError(message("shape.not_positive", "the shape's {field} must be at least 1, got {value}",
                           {{"field", name}, {"value", std::to_string(value)}}));
    if (shape.family == ShapeFamily::Gpt2 && shape.context < 1)
        throw InputError(message("shape.not_positive", "the shape's {field} must be at least 1, got {value}",
                       {{"field", "context"}, {"value", std::to_string(shape.context)}}));
    // 1e6 a side keeps every product below 2^63 (1e6 · 1e6 · 3 · 1e6 layers would not be).
    for (const auto &[name, value] : counts)
        if (value > 1'000'000 || shape.context > 100'000'000)
            throw InputError(message("shape.too_large", "the shape's {field} is {value}: more than any model Frontier counts",
                           {{"field", value > 1'000'000 ? name : "context"},
                            {"value", std::to_string(value > 1'000'000 ? value : shape.context)}}));
    if (shape.dModel % shape.heads != 0)
        throw InputError(message("shape.heads_divide", "{heads} heads do not divide d_model {d_model} into equal heads",
                       {{"heads", std::to_string(shape.heads)}, {"d_model", std::to_string(shape.dModel)}}));
    if (shape.heads % shape.kvHeads != 0)
        throw InputError(message("shape.kv_heads_divide", "{kv_heads} KV heads do not divide the {heads} query heads into equal groups",
                       {{"kv_heads", std::to_string(shape.kvHeads)}, {"heads", std::to_string(shape.heads)}}));
    if (shape.family == ShapeFamily::Gpt2 && (shape.moe || shape.qkvBias))
        throw InputError(message("shape.gpt2_moe", "Frontier counts experts and Q/K/V biases for the Llama family only, not GPT-2"));
    if (shape.moe)
        checkExperts(*shape.moe);
    if (shape.family == ShapeFamily::Gpt2 && shape.kvHeads != shape.heads)
        throw InputError(message("shape.gpt2_kv_heads", "GPT-2 has no grouped-query attention: KV heads must equal the heads ({heads})",
                       {{"heads", std::to_string(shape.heads)}}));
}

ParamCount countParams(const TransformerShape &shape)
{
    if (shape.family == ShapeFamily::TransformerXl) {
        if (shape.layers < 1 || shape.dModel < 1)
            throw InputError(message("shape.not_positive", "the shape's {field} must be at least 1, got {value}",
                           {{"field", shape.layers < 1 ? "layers" : "d_model"},
                            {"value", std::to_string(shape.layers < 1 ? shape.layers : shape.dModel)}}));
        // Whole numbers below 2^53: the double polynomial is exact.
        return {std::nullopt, std::llround(transformerXlParams(double(shape.dModel), double(shape.layers))), std::nullopt,
                std::nullopt};
    }
    checkShape(shape);
    const std::int64_t headDim = shape.dModel / shape.heads;
    // The same sum in doubles first: a shape whose count would not fit in 64 bits is refused, not wrapped.
    const auto estimate = decoderCounts<double>(shape.family, double(shape.dModel), double(shape.ffn),
                                                double(shape.heads * headDim), double(shape.kvHeads * headDim),
                                                double(shape.vocab), double(shape.context), shape.tiedEmbeddings,
                                                shape.qkvBias, shape.moe);
    if (double(shape.layers) * estimate.perLayer + estimate.finalNorm + estimate.embedding > 4e18)
        throw InputError(message("shape.count_too_large", "the shape has more than 4e18 parameters: more than any model Frontier counts"));
    const auto c = decoderCounts<std::int64_t>(shape.family, shape.dModel, shape.ffn, shape.heads * headDim,
                                               shape.kvHeads * headDim, shape.vocab, shape.context, shape.tiedEmbeddings,
                                               shape.qkvBias, shape.moe);
    const std::int64_t nonEmbedding = shape.layers * c.perLayer + c.finalNorm;
    ParamCount count{nonEmbedding + c.embedding, nonEmbedding, std::nullopt, std::nullopt};
    if (shape.moe) {
        count.activeNonEmbedding = shape.layers * c.perLayerActive + c.finalNorm;
        count.active = *count.activeNonEmbedding + c.embedding;
    }
    return count;
}

std::int64_t llamaFfn(std::int64_t dModel, std::int64_t multiple)
{
    const std::int64_t hidden = 2 * (4 * dModel) / 3; // int() of a positive float is the floor
    return multiple * ((hidden + multiple - 1) / multiple);
}

DecoderPolynomial decoderPolynomial(ShapeFamily family, double dModel, double ffn, double kvWidth, double vocab,
                                    double context, bool tied)
{
    const auto c = decoderCounts<double>(family, dModel, ffn, dModel, kvWidth, vocab, context, tied);
    return {c.perLayer, c.finalNorm, c.embedding};
}

} // namespace frontier
