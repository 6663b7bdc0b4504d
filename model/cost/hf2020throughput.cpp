#include "model/cost/hf2020throughput.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

#include <cmath>

namespace frontier {

namespace {

// Bisection on a monotone function of ln x over [lo, hi]: robust, and 200 halvings reach the last
// bit of a double, which the 1e-9 round trips of the budget units need.
template <class F> double solveIncreasing(F f, double target, double lo, double hi)
{
    for (int i = 0; i < 200 && hi / lo - 1 > 1e-15; ++i) {
        const double mid = std::sqrt(lo * hi);
        (f(mid) < target ? lo : hi) = mid;
    }
    return std::sqrt(lo * hi);
}

constexpr double kSmallestWidth = 1e-3;
constexpr double kLargestWidth = 1e9;

} // namespace

double Hf2020Throughput::flopsForWidth(double width) const
{
    const double params = transformerXlParams(width, width / depthWidthRatio);
    if (params <= f)
        throw InputError(message("cost.hf2020_width_too_small",
                                 "width {width} is too small for the hf2020 size law: N(w) = {params} is not above its "
                                 "offset f = {offset}",
                                 {{"width", formatNumber(width, 4)}, {"params", formatNumber(params, 4)},
                                  {"offset", formatNumber(f, 4)}}));
    return std::pow((params - f) / d, 1 / e);
}

double Hf2020Throughput::widthForFlops(double flops) const
{
    requirePositive(flops, "compute");
    const double params = d * std::pow(flops, e) + f;
    if (params <= 0)
        throw InputError(message("cost.hf2020_below_range",
                                 "compute {flops} FLOPs is below the hf2020 law's valid range (N_opt is not positive)",
                                 {{"flops", formatNumber(flops, 3)}}));
    return solveIncreasing([&](double w) { return transformerXlParams(w, w / depthWidthRatio); }, params,
                           kSmallestWidth, kLargestWidth);
}

TransformerXlShape Hf2020Throughput::shapeForFlops(double flops) const
{
    const double width = widthForFlops(flops);
    return {width, width / depthWidthRatio};
}

double Hf2020Throughput::flopsPerSecond(double width) const
{
    return nonEmbeddingFlopsPerSecond(gpu, amp, width, width / depthWidthRatio, batch);
}

double Hf2020Throughput::secondsForFlops(double flops) const
{
    const double width = widthForFlops(flops);
    const double tip = tippingWidth(); // a bisection: computed once, not once per use
    // The tip is located to about 1e-9 (the sign of a finite-difference slope at a flat minimum), and
    // the fastest run flopsForSeconds returns sits on it: a width that far below still counts as it.
    constexpr double kTipTolerance = 1e-9;
    if (width < tip * (1 - kTipTolerance))
        throw InputError(message("cost.hf2020_below_tipping_flops",
                                 "on the 2020 {gpu} ({amp}) the speed model stops at its tipping point, width {width}: "
                                 "a narrower model is not faster, so budgets below {flops} FLOPs are not modelled",
                                 {{"gpu", gpu.id}, {"amp", ampName(amp)}, {"width", formatNumber(tip, 3)},
                                  {"flops", formatNumber(flopsForWidth(tip), 3)}}));
    return flops / flopsPerSecond(width);
}

double Hf2020Throughput::tippingWidth() const
{
    // seconds(w) = C(w) / speed(w) falls, then rises as w grows; find where its log-derivative
    // changes sign (the 2020 calculator's tipping point), by bisection on the slope.
    auto logSeconds = [&](double w) {
        const double params = transformerXlParams(w, w / depthWidthRatio);
        return std::log(params - f) / e - std::log(d) / e - std::log(flopsPerSecond(w));
    };
    auto slope = [&](double w) { return logSeconds(w * (1 + 1e-6)) - logSeconds(w * (1 - 1e-6)); };
    double lo = 1, hi = kLargestWidth;
    // The smallest width with a defined size: N(w) > f holds for every w when f < 0.
    for (int i = 0; i < 200 && hi / lo - 1 > 1e-12; ++i) {
        const double mid = std::sqrt(lo * hi);
        (slope(mid) < 0 ? lo : hi) = mid;
    }
    return std::sqrt(lo * hi);
}

double Hf2020Throughput::flopsForSeconds(double seconds) const
{
    requirePositive(seconds, "time");
    const double tip = tippingWidth();
    const double fastest = flopsForWidth(tip) / flopsPerSecond(tip);
    if (seconds < fastest - tipToleranceSeconds)
        throw InputError(message("cost.hf2020_below_tipping_time",
                                 "on the 2020 {gpu} ({amp}) no compute-optimal model trains in under {hours} GPU-hours "
                                 "(the speed model's tipping point, width {width})",
                                 {{"gpu", gpu.id}, {"amp", ampName(amp)}, {"hours", formatNumber(fastest / 3600, 3)},
                                  {"width", formatNumber(tip, 3)}}));
    if (seconds <= fastest + tipToleranceSeconds)
        return flopsForWidth(tip);
    const double width = solveIncreasing(
        [&](double w) { return flopsForWidth(w) / flopsPerSecond(w); }, seconds, tip, kLargestWidth);
    return flopsForWidth(width);
}

} // namespace frontier
