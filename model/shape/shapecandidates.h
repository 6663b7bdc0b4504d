#pragma once
// Candidate shapes for a parameter count: a wide-and-shallow and a narrow-and-deep decoder of a
// family, at the published aspect ratios of shapes.json (d_model / n_layer = 128 and 32), with
// d_model a multiple of the family's head size (64 for GPT-2, 128 for Llama; the 2020 study found
// powers of two fastest). How: solve the family's exact count, with L = d / ratio, for a real d;
// round d to the head size; then pick the whole number of layers whose exact count is nearest N.

#include "model/laws/law.h"
#include "model/shape/modelshape.h"
#include "model/shape/shaperules.h"

#include <optional>
#include <vector>

namespace frontier {

// What a law's N counts: Kaplan et al. 2020 and the 2020 calculator count non-embedding parameters
// (Kaplan's Section 2.1; conversions.py param_polynomial), Chinchilla-style laws every parameter
// (Hoffmann et al. 2022, and a fit to a user's runs, whose sizes are what they trained).
enum class ParamConvention { NonEmbedding, Total };
ParamConvention paramConvention(const Law &law);

// A decoder of `family` (Gpt2 or Llama) at `aspectRatio` whose count by `convention` is nearest
// `params`, with the family's defaults (vocabulary, context, heads, FFN). Role Wide or Narrow as
// given. Throws InputError for params not positive and finite.
TransformerShape decoderCandidate(ShapeFamily family, ShapeRole role, double aspectRatio, double params,
                            ParamConvention convention, const ShapeRules &rules);

// Every shape a plan offers for the law's N: the 2020 calculator's two Transformer-XLs when the law
// has the hf2020 form, then a wide and a narrow GPT-2, then a wide and a narrow Llama (a narrow one
// equal to its wide one, as for the smallest N, is left out). `only` keeps one family.
std::vector<TransformerShape> shapesForLaw(const Law &law, double params, const ShapeRules &rules,
                                     std::optional<ShapeFamily> only = std::nullopt);

} // namespace frontier
