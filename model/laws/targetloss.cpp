#include "model/laws/targetloss.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/laws/whatif.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>

namespace frontier {

namespace {

// The root's bracket in ln C at the end: 1e-13 is a relative 1e-13 in C, far below any digit shown,
// and a loss within ~1e-14 of the target (dL/dln C is a fraction of the reducible loss).
constexpr double kLnFlopsTolerance = 1e-13;
constexpr std::uintmax_t kMaxIterations = 200;
// hf2020's lowest valid compute is where its N_opt(C) reaches 0: the search starts just above it.
constexpr double kAboveLowest = 1 + 1e-6;

std::string lossText(double loss)
{
    return formatNumber(loss, 4);
}

} // namespace

double flopsForTargetLoss(const Law &law, double targetLoss, const FlopsRange &within)
{
    return flopsForTargetLoss(law, targetLoss, within, [&](double flops) { return law.optimumForFlops(flops).loss; },
                              irreducibleLoss(law));
}

double flopsForTargetLoss(const Law &law, double targetLoss, const FlopsRange &within,
                          const std::function<std::optional<double>(double)> &frontierLoss, double floor)
{
    requireFinite(targetLoss, "loss");
    const FlopsRange &valid = law.info().validFlops;
    double lo = std::max({valid.min * kAboveLowest, within.min, std::numeric_limits<double>::min()});
    double hi = std::numeric_limits<double>::max();
    if (valid.max > 0)
        hi = std::min(hi, valid.max);
    if (within.max > 0)
        hi = std::min(hi, within.max);

    hi = std::max(hi, lo);

    const std::optional<double> lossAtLo = frontierLoss(lo);
    if (!lossAtLo)
        throw InputError(message("plan.target_no_loss",
                                 "law {law} predicts no loss, only the compute-optimal size: it cannot plan for a target loss",
                                 {{"law", law.id()}}));
    if (!(targetLoss > floor))
        throw InputError(message("plan.target_below_irreducible",
                                 "a loss of {loss} is at or below the irreducible loss {floor} of law {law}: no amount of "
                                 "compute reaches it; aim above {floor}",
                                 {{"loss", lossText(targetLoss)}, {"floor", lossText(floor)}, {"law", law.id()}}));

    const auto gap = [&](double lnFlops) { return *frontierLoss(std::exp(lnFlops)) - targetLoss; };
    const double lnLo = std::log(lo), lnHi = std::log(hi);
    const double gapLo = *lossAtLo - targetLoss, gapHi = gap(lnHi);
    // A law bent far (a user's constants) can overflow at an end; the solver must not see a NaN.
    if (!std::isfinite(gapLo) || !std::isfinite(gapHi))
        throw InputError(message("plan.target_no_answer",
                                 "law {law} gives no finite loss between {min} and {max} FLOPs: check its constants",
                                 {{"law", law.id()}, {"min", formatNumber(lo, 3)}, {"max", formatNumber(hi, 3)}}));
    if (gapLo < 0)
        throw InputError(message("plan.target_above_frontier",
                                 "a loss of {loss} is above the loss {reached} that law {law} gives at its smallest "
                                 "compute, {flops} FLOPs: any run it plans does better",
                                 {{"loss", lossText(targetLoss)}, {"reached", lossText(gapLo + targetLoss)},
                                  {"law", law.id()}, {"flops", formatNumber(lo, 3)}}));
    if (gapHi > 0)
        throw InputError(message("plan.target_unreachable",
                                 "a loss of {loss} takes more than {flops} FLOPs under law {law} (it reaches {reached} "
                                 "there): aim higher",
                                 {{"loss", lossText(targetLoss)}, {"flops", formatNumber(hi, 3)}, {"law", law.id()},
                                  {"reached", lossText(gapHi + targetLoss)}}));
    if (gapLo == 0)
        return lo;
    if (gapHi == 0)
        return hi;
    std::uintmax_t iterations = kMaxIterations;
    try {
        const auto [a, b] = boost::math::tools::toms748_solve(
            gap, lnLo, lnHi, gapLo, gapHi, [](double x, double y) { return std::abs(x - y) <= kLnFlopsTolerance; },
            iterations);
        return std::exp(0.5 * (a + b));
    } catch (const std::domain_error &) {
        // Boost's refusal of a bracket whose ends a NaN inside made look alike: said as above.
        throw InputError(message("plan.target_no_answer",
                                 "law {law} gives no finite loss between {min} and {max} FLOPs: check its constants",
                                 {{"law", law.id()}, {"min", formatNumber(lo, 3)}, {"max", formatNumber(hi, 3)}}));
    }
}

} // namespace frontier
