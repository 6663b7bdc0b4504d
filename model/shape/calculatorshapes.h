#pragma once
// The two Transformer-XL shapes the Hugging Face 2020 calculator prints under "For example, this
// could be a model of" and "Or a model of" (conversions.py optimal_model_shape and
// alternate_model_shape), rounded the way it rounds them:
//   layers   = max(1, floor(w / 128))                       (the alternative: max(that + 1,
//              floor(0.3 · w^1.25 / 128)))
//   width    = the larger root x of 7·L·x² + (8·L + 3)·x + 3 − N = 0, to the nearest multiple of 8
//              (Python's round: a tie goes to the even multiple)
// where w is the continuous width of the plan (N = 7/128·w³ + 8/128·w² + 3w + 3, the speed model's
// tie) and N the plan's non-embedding size.

#include "model/shape/modelshape.h"
#include "model/shape/shaperules.h"

#include <optional>

namespace frontier {

// The continuous width w with N(w) = N under depth = w / ratio (the calculator's param_to_width).
// Throws InputError for N that is not positive and finite.
double calculatorWidthForParams(double params, double depthWidthRatio);

// One of the calculator's two shapes (role Calculator or CalculatorAlternative) for the continuous
// width `width` and N = `params`, with its TransfoXLConfig fields (8 heads, d_inner = d_embed = width)
// and the calculator's count. Empty when the rounded width is below one multiple (N of a few hundred
// parameters): the calculator would print a width of 0.
std::optional<TransformerShape> calculatorShape(ShapeRole role, double width, double params, const CalculatorShapeRules &rules);

} // namespace frontier
