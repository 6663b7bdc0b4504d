#include "model/cost/hf2020throughput.h"

#include "model/core/errors.h"

#include <cmath>
#include <sstream>

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
        throw InputError("width too small for the hf2020 size law");
    return std::pow((params - f) / d, 1 / e);
}

double Hf2020Throughput::widthForFlops(double flops) const
{
    requirePositive(flops, "compute");
    const double params = d * std::pow(flops, e) + f;
    if (params <= 0)
        throw InputError("compute is below the hf2020 law's valid range (N_opt is not positive)");
    return solveIncreasing([&](double w) { return transformerXlParams(w, w / depthWidthRatio); }, params,
                           kSmallestWidth, kLargestWidth);
}

double Hf2020Throughput::flopsPerSecond(double width) const
{
    return nonEmbeddingFlopsPerSecond(gpu, amp, width, width / depthWidthRatio, batch);
}

double Hf2020Throughput::secondsForFlops(double flops) const
{
    const double width = widthForFlops(flops);
    const double tip = tippingWidth(); // a bisection: computed once, not once per use
    if (width < tip) {
        std::ostringstream message;
        message.precision(3);
        message << "on the 2020 " << gpu.id << " (" << ampName(amp)
                << ") the speed model stops at its tipping point, width " << tip
                << ": a narrower model is not faster, so budgets below " << flopsForWidth(tip)
                << " FLOPs are not modelled";
        throw InputError(message.str());
    }
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
    if (seconds < fastest) {
        std::ostringstream message;
        message.precision(3);
        message << "on the 2020 " << gpu.id << " (" << ampName(amp) << ") no compute-optimal model trains in under "
                << fastest / 3600 << " GPU-hours (the speed model's tipping point, width " << tip << ")";
        throw InputError(message.str());
    }
    const double width = solveIncreasing(
        [&](double w) { return flopsForWidth(w) / flopsPerSecond(w); }, seconds, tip, kLargestWidth);
    return flopsForWidth(width);
}

} // namespace frontier
