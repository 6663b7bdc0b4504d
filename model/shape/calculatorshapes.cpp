#include "model/shape/calculatorshapes.h"

#include "model/core/errors.h"
#include "model/hardware/hf2020speedmodel.h"
#include "model/shape/paramcount.h"

#include <algorithm>
#include <cfenv>
#include <cmath>

namespace frontier {

namespace {

// The larger root of 7L·x² + (8L + 3)·x + (3 − N): np.roots of the calculator, in closed form. The
// product of the roots is negative for N > 3, so the larger one is the positive one.
double largerRoot(double layers, double params)
{
    const double a = 7 * layers, b = 8 * layers + 3, c = 3 - params;
    return (-b + std::sqrt(b * b - 4 * a * c)) / (2 * a);
}

// Python 3's round(): to the nearest whole number, a tie to the even one. std::nearbyint does that in
// the default rounding mode, which nothing in Frontier changes; said here rather than assumed.
double roundHalfEven(double x)
{
    const int mode = std::fegetround();
    if (mode != FE_TONEAREST)
        std::fesetround(FE_TONEAREST);
    const double rounded = std::nearbyint(x);
    if (mode != FE_TONEAREST)
        std::fesetround(mode);
    return rounded;
}

} // namespace

double calculatorWidthForParams(double params, double depthWidthRatio)
{
    requirePositive(params, "parameters");
    // N(w) rises with w: bisect in ln w between widths whose N brackets any count below 1e18.
    double lo = 1e-6, hi = 1e7;
    for (int i = 0; i < 200 && hi / lo - 1 > 1e-15; ++i) {
        const double mid = std::sqrt(lo * hi);
        (transformerXlParams(mid, mid / depthWidthRatio) < params ? lo : hi) = mid;
    }
    return std::sqrt(lo * hi);
}

std::optional<TransformerShape> calculatorShape(ShapeRole role, double width, double params, const CalculatorShapeRules &rules)
{
    requirePositive(width, "width");
    requirePositive(params, "parameters");
    if (params > 1e18)
        return std::nullopt; // beyond any model, and beyond a count in 64 bits
    const double linearDepth = std::max(1.0, std::floor(width / rules.depthWidthRatio));
    double depth = linearDepth;
    if (role == ShapeRole::CalculatorAlternative)
        depth = std::max(linearDepth + 1,
                         std::floor(rules.alternateDepthFactor * std::pow(width, rules.alternateDepthExponent)
                                    / rules.depthWidthRatio));
    const double base = double(rules.widthMultiple);
    const double rounded = base * roundHalfEven(largerRoot(depth, params) / base);
    if (!(rounded >= base))
        return std::nullopt;
    TransformerShape shape;
    shape.family = ShapeFamily::TransformerXl;
    shape.role = role;
    shape.layers = static_cast<std::int64_t>(depth);
    shape.dModel = static_cast<std::int64_t>(rounded);
    shape.heads = rules.heads;
    shape.kvHeads = rules.heads;
    shape.ffn = shape.dModel;
    shape.vocab = rules.vocab;
    shape.context = rules.tgtLen;
    shape.params = countParams(shape);
    return shape;
}

} // namespace frontier
