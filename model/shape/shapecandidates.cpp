#include "model/shape/shapecandidates.h"

#include "model/core/errors.h"
#include "model/shape/calculatorshapes.h"
#include "model/shape/paramcount.h"

#include <algorithm>
#include <cmath>

namespace frontier {

namespace {

const DecoderDefaults &defaultsOf(ShapeFamily family, const ShapeRules &rules)
{
    return family == ShapeFamily::Gpt2 ? rules.gpt2 : rules.llama;
}

// Query heads share KV heads in groups of `groupSize` (Mistral's 4), or of the largest power of two
// below it that divides the heads: 34 heads in 17 pairs, not 2 groups of 17.
std::int64_t kvHeadsFor(std::int64_t heads, std::int64_t groupSize)
{
    std::int64_t group = 1;
    while (group * 2 <= groupSize && heads % (group * 2) == 0)
        group *= 2;
    return heads / group;
}

// The shape's parts that follow d_model: heads, KV heads, FFN.
TransformerShape decoderAt(ShapeFamily family, std::int64_t dModel, const DecoderDefaults &defaults)
{
    TransformerShape shape;
    shape.family = family;
    shape.dModel = dModel;
    shape.heads = dModel / defaults.headDim;
    shape.vocab = defaults.vocab;
    shape.context = defaults.context;
    if (family == ShapeFamily::Gpt2) {
        shape.kvHeads = shape.heads;
        shape.ffn = std::llround(defaults.ffnRatio * double(dModel));
        shape.tiedEmbeddings = true;
    } else {
        shape.kvHeads = kvHeadsFor(shape.heads, defaults.queryHeadsPerKvHead);
        shape.ffn = llamaFfn(dModel, defaults.ffnMultiple);
        shape.tiedEmbeddings = false;
    }
    return shape;
}

// The count of a real-valued shape at width d with d / ratio layers, as the convention counts.
double continuousCount(ShapeFamily family, double d, double ratio, ParamConvention convention,
                       const DecoderDefaults &defaults)
{
    const double ffn = family == ShapeFamily::Gpt2 ? defaults.ffnRatio * d : 8.0 / 3.0 * d;
    const double kvWidth = family == ShapeFamily::Gpt2 ? d : d / double(defaults.queryHeadsPerKvHead);
    const DecoderPolynomial p = decoderPolynomial(family, d, ffn, kvWidth, double(defaults.vocab),
                                                  double(defaults.context), family == ShapeFamily::Gpt2);
    const double count = d / ratio * p.perLayer + p.nonEmbedding;
    return convention == ParamConvention::Total ? count + p.embedding : count;
}

} // namespace

ParamConvention paramConvention(const Law &law)
{
    const bool nonEmbedding = std::holds_alternative<KaplanLaw>(law.form()) || std::holds_alternative<Hf2020Law>(law.form());
    return nonEmbedding ? ParamConvention::NonEmbedding : ParamConvention::Total;
}

TransformerShape decoderCandidate(ShapeFamily family, ShapeRole role, double aspectRatio, double params,
                            ParamConvention convention, const ShapeRules &rules)
{
    requirePositive(params, "parameters");
    const DecoderDefaults &defaults = defaultsOf(family, rules);
    // The count rises with d: bisect in ln d. 1e6 is wider than any model (and checkShape's bound).
    double lo = 1, hi = 1e6;
    for (int i = 0; i < 100 && hi / lo - 1 > 1e-12; ++i) {
        const double mid = std::sqrt(lo * hi);
        (continuousCount(family, mid, aspectRatio, convention, defaults) < params ? lo : hi) = mid;
    }
    // d_model in whole heads; a Llama wide enough for four groups of KV heads (2048 with 128-wide
    // heads and 4 per group) in whole groups, as Llama 2 70B and Mistral 7B are.
    const double continuous = std::sqrt(lo * hi);
    const double group = double(defaults.headDim * defaults.queryHeadsPerKvHead);
    const double step = family == ShapeFamily::Llama && continuous >= 4 * group ? group : double(defaults.headDim);
    const auto dModel = static_cast<std::int64_t>(std::max(step, step * std::round(continuous / step)));
    TransformerShape shape = decoderAt(family, dModel, defaults);
    shape.role = role;
    // The count is linear in the layers: the nearest whole number, at least one.
    shape.layers = 1;
    const ParamCount one = countParams(shape);
    shape.layers = 2;
    const ParamCount two = countParams(shape);
    const double perLayer = double(two.nonEmbedding - one.nonEmbedding);
    const double atOne = convention == ParamConvention::Total ? double(*one.total) : double(one.nonEmbedding);
    shape.layers = std::max<std::int64_t>(1, std::llround(1 + (params - atOne) / perLayer));
    shape.layers = std::min<std::int64_t>(shape.layers, 1'000'000);
    shape.params = countParams(shape);
    return shape;
}

std::vector<TransformerShape> shapesForLaw(const Law &law, double params, const ShapeRules &rules,
                                     std::optional<ShapeFamily> only)
{
    std::vector<TransformerShape> shapes;
    const auto wanted = [&](ShapeFamily family) { return !only || *only == family; };
    if (std::holds_alternative<Hf2020Law>(law.form()) && wanted(ShapeFamily::TransformerXl)) {
        const double width = calculatorWidthForParams(params, rules.calculator.depthWidthRatio);
        for (const ShapeRole role : {ShapeRole::Calculator, ShapeRole::CalculatorAlternative})
            if (auto shape = calculatorShape(role, width, params, rules.calculator))
                shapes.push_back(*shape);
    }
    const ParamConvention convention = paramConvention(law);
    for (const ShapeFamily family : {ShapeFamily::Gpt2, ShapeFamily::Llama}) {
        if (!wanted(family))
            continue;
        try {
            const TransformerShape wide = decoderCandidate(family, ShapeRole::Wide, rules.wideAspectRatio, params, convention, rules);
            const TransformerShape narrow = decoderCandidate(family, ShapeRole::Narrow, rules.narrowAspectRatio, params, convention, rules);
            shapes.push_back(wide);
            if (!(narrow == wide))
                shapes.push_back(narrow);
        } catch (const InputError &) {
            // An N beyond any buildable model (a law extrapolated to 1e36 FLOPs): no shape, not a failed plan.
        }
    }
    return shapes;
}

} // namespace frontier
