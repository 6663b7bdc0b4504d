#pragma once
// model/shape: from a parameter count to a model one can build. The flow:
//   shape rules (resources/shapes/shapes.json) -> ShapeRules
//   law + N_opt -> shapesForLaw (shapecandidates.h): the 2020 calculator's two Transformer-XLs for an
//       hf2020 law (calculatorshapes.h), then a wide and a narrow GPT-2 and Llama decoder
//   a shape -> countParams (paramcount.h): every weight and bias, exactly, as transformers builds it
//   a shape -> transformersConfig (shapeconfig.h): the JSON of GPT2Config, LlamaConfig or TransfoXLConfig
// Everything here is closed form or a short bisection: a plan recomputes it on every drag frame.

#include "model/shape/mixtureofexperts.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frontier {

enum class ShapeFamily { TransformerXl, Gpt2, Llama };
// "txl", "gpt2", "llama": the command line's and the JSON's spelling. parse throws InputError.
std::string shapeFamilyName(ShapeFamily family);
ShapeFamily parseShapeFamily(std::string_view text);

// Which candidate a shape is: the 2020 calculator's two, a published aspect ratio, or typed.
enum class ShapeRole { Calculator, CalculatorAlternative, Wide, Narrow, Given };
std::string shapeRoleName(ShapeRole role); // "calculator", "calculator-alternative", "wide", "narrow", "given"

// Parameters of a shape. `total` is absent for the 2020 calculator's Transformer-XL, whose count
// (7·L·w² + 8·L·w + 3·w + 3) leaves out the adaptive embeddings it never sized.
// For a mixture of experts, `active` is what one token uses, counted as the model's authors count
// it: the total less the routed experts the token is not sent to (router, shared expert,
// attention and embeddings included); absent for a dense shape, whose every parameter is active.
struct ParamCount
{
    std::optional<std::int64_t> total;
    std::int64_t nonEmbedding = 0;
    std::optional<std::int64_t> active;
    std::optional<std::int64_t> activeNonEmbedding;

    // Per token: the active count of a mixture of experts, the total of a dense shape.
    std::optional<std::int64_t> perToken() const { return active ? active : total; }
    std::int64_t perTokenNonEmbedding() const { return activeNonEmbedding.value_or(nonEmbedding); }
};

struct TransformerShape
{
    ShapeFamily family = ShapeFamily::Llama;
    ShapeRole role = ShapeRole::Given;
    std::int64_t layers = 0;
    std::int64_t dModel = 0;
    std::int64_t heads = 0;
    std::int64_t kvHeads = 0; // = heads without grouped-query attention
    std::int64_t ffn = 0;     // the MLP's inner width (SwiGLU: of each of its two input projections)
    std::int64_t vocab = 0;
    std::int64_t context = 0; // learned positions for GPT-2; max_position_embeddings for Llama
    bool tiedEmbeddings = false;
    bool qkvBias = false;     // biases on the Q, K and V projections (Qwen2's attention); Llama family only
    std::optional<MixtureOfExperts> moe; // sparse MLPs (Llama family only); absent = dense
    ParamCount params;        // filled by whoever makes the shape (countParams)

    std::int64_t headDim() const { return heads > 0 ? dModel / heads : 0; }
    double aspectRatio() const { return layers > 0 ? double(dModel) / double(layers) : 0.0; }
    bool operator==(const TransformerShape &other) const
    {
        return family == other.family && layers == other.layers && dModel == other.dModel && heads == other.heads
               && kvHeads == other.kvHeads && ffn == other.ffn && vocab == other.vocab && context == other.context
               && tiedEmbeddings == other.tiedEmbeddings && qkvBias == other.qkvBias && moe == other.moe;
    }
};

} // namespace frontier
