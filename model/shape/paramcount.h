#pragma once
// Exact parameter counts of GPT-2 and Llama style decoders: every weight and bias as transformers'
// GPT2LMHeadModel and LlamaForCausalLM create them, so that a published configuration gives its
// published count to the parameter (tests/model/tst_shapes.cpp checks GPT-2, Llama 2 and Mistral).
//
// GPT-2, per layer: two LayerNorms (weight and bias, 2·d each), the fused QKV projection d×3d + 3d,
// the output projection d×d + d, the MLP d×f + f and f×d + d; then a final LayerNorm (2·d), token
// embeddings V×d, learned positions context×d, and an output matrix V×d unless tied.
// Llama, per layer: Q d×(h·k), K and V d×(g·k) each (g KV heads of size k), O (h·k)×d, the SwiGLU
// MLP 3·d×f, two RMSNorms (d each), no biases; then a final RMSNorm (d), token embeddings V×d and an
// output matrix V×d unless tied. RoPE has no weights.
// A mixture of experts (Llama family, mixtureofexperts.h): each layer's MLP is E SwiGLU experts and a
// router d×E (transformers' MixtralSparseMoeBlock), plus optionally a shared expert and its d×1 gate
// (Qwen2MoeSparseMoeBlock); Qwen2 also puts biases on Q, K and V. The active count is the total less
// the E − K routed experts a token skips: how Mistral AI's 12.9B for Mixtral 8x7B and Qwen's 2.7B
// for Qwen1.5-MoE-A2.7B come out (published_configs.json).
// Non-embedding parameters (Kaplan et al. 2020's N) are the total less the token and position
// embeddings and the output matrix.

#include "model/shape/modelshape.h"

namespace frontier {

// Throws InputError for a shape no transformers class builds: a count below one, heads that do not
// divide d_model, KV heads that do not divide the heads, or grouped-query attention in GPT-2.
void checkShape(const TransformerShape &shape);

// Throws InputError for experts outside 1..100000, top-k outside 1..experts, or a negative width.
void checkExperts(const MixtureOfExperts &moe);

// The exact count; checkShape first. For the Transformer-XL family, the 2020 calculator's own
// non-embedding count (transformerXlParams) and no total.
ParamCount countParams(const TransformerShape &shape);

// Llama's SwiGLU width for d_model: int(2·4d/3) rounded up to a multiple of `multiple`
// (meta-llama/llama, model.py FeedForward): 11008 for 4096, 13824 for 5120.
std::int64_t llamaFfn(std::int64_t dModel, std::int64_t multiple);

// One layer's parameters and the rest, in doubles for any real d_model: what the candidate search
// inverts before it rounds (ffn and KV width follow d as the family's defaults make them).
struct DecoderPolynomial
{
    double perLayer = 0;     // parameters of one layer
    double nonEmbedding = 0; // outside the layers but counted in N (the final norm)
    double embedding = 0;    // token and position embeddings, and an untied output matrix
};
DecoderPolynomial decoderPolynomial(ShapeFamily family, double dModel, double ffn, double kvWidth, double vocab,
                                    double context, bool tied);

} // namespace frontier
