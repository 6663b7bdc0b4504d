#include "model/laws/chartdata.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

#include <algorithm>
#include <cmath>

namespace frontier {

namespace {

std::vector<double> logSpaced(ChartRange range, int points)
{
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(points));
    const double step = std::log(range.maxFlops / range.minFlops) / (points - 1);
    for (int i = 0; i < points; ++i)
        out.push_back(range.minFlops * std::exp(step * i));
    out.back() = range.maxFlops; // no rounding past the end
    return out;
}

void requirePoints(int points)
{
    if (points < 2)
        throw InputError(message("chart.too_few_points", "a chart series needs at least two points, got {points}",
                                 {{"points", std::to_string(points)}}));
}

} // namespace

ChartRange validPart(const Law &law, ChartRange range)
{
    requirePositive(range.minFlops, "lowest compute");
    requirePositive(range.maxFlops, "highest compute");
    const FlopsRange &valid = law.info().validFlops;
    // At the lower limit itself a law may answer nothing (hf2020's N_opt is exactly 0 there): start
    // just inside it.
    ChartRange out{std::max(range.minFlops, valid.min * (1 + 1e-6)), range.maxFlops};
    if (valid.max > 0)
        out.maxFlops = std::min(out.maxFlops, valid.max);
    if (!(out.maxFlops > out.minFlops))
        throw InputError(message("chart.outside_range",
                                 "the chart's FLOPs {min} to {max} lie outside where law {law} answers",
                                 {{"min", formatNumber(range.minFlops, 3)}, {"max", formatNumber(range.maxFlops, 3)},
                                  {"law", law.id()}}));
    return out;
}

std::vector<double> curveSizes(const Law &law, ChartRange range, int maxCurves)
{
    const ChartRange valid = validPart(law, range);
    const double low = law.optimumForFlops(valid.minFlops).params / 10;
    const double high = law.optimumForFlops(valid.maxFlops).params * 10;
    for (const int perDecade : {4, 2, 1}) {
        const int first = static_cast<int>(std::floor(std::log10(low) * perDecade));
        const int last = static_cast<int>(std::ceil(std::log10(high) * perDecade));
        if (last - first + 1 > maxCurves && perDecade > 1)
            continue;
        std::vector<double> sizes;
        for (int k = first; k <= last && static_cast<int>(sizes.size()) < maxCurves; ++k)
            sizes.push_back(std::pow(10.0, double(k) / perDecade));
        return sizes;
    }
    return {};
}

LossChartData lossChartData(const Law &law, ChartRange range, int pointsPerCurve, int maxCurves)
{
    requirePoints(pointsPerCurve);
    const ChartRange valid = validPart(law, range);
    LossChartData out;
    if (std::holds_alternative<Hf2020Law>(law.form()))
        out.curves = law.learningCurves({}, valid.minFlops, valid.maxFlops, pointsPerCurve);
    else if (law.can(Capability::LossOfParamsTokens))
        out.curves = law.learningCurves(curveSizes(law, valid, maxCurves), range.minFlops, range.maxFlops, pointsPerCurve);
    if (!law.can(Capability::LossOfCompute))
        return out;
    const auto flops = logSpaced(valid, pointsPerCurve);
    out.frontier.reserve(flops.size());
    for (const double c : flops)
        out.frontier.push_back({c, *law.optimumForFlops(c).loss});
    if (std::holds_alternative<KaplanLaw>(law.form())) {
        out.envelope.reserve(flops.size());
        for (const double c : flops)
            out.envelope.push_back({c, *law.envelopeOptimum(c).loss});
    }
    return out;
}

AllocationChartData allocationChartData(const Law &law, ChartRange range, int points)
{
    requirePoints(points);
    AllocationChartData out;
    for (const double c : logSpaced(validPart(law, range), points)) {
        const Allocation a = law.optimumForFlops(c);
        out.params.push_back({c, a.params});
        out.tokens.push_back({c, a.tokens});
    }
    return out;
}

LearningCurve curveForSize(const Law &law, double params, ChartRange range, int points)
{
    requirePoints(points);
    if (!law.can(Capability::LossOfParamsTokens))
        return {};
    return law.learningCurves({params}, range.minFlops, range.maxFlops, points).front();
}

} // namespace frontier
