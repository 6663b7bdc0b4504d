#pragma once
// What the window's two charts draw, as plain vectors: the chart classes only map them into series.
//   loss chart        a family of learning curves L(N, D) against C = 6ND (hf2020: the measured runs),
//                     the law's compute frontier L_opt(C), and for kaplan2020, whose frontier is a fit
//                     of its own, also the lower envelope of its curves;
//   allocation chart  N_opt(C) and D_opt(C).
// Every series covers a FLOP range the chart shows, cut to the law's valid range.

#include "model/laws/law.h"

#include <vector>

namespace frontier {

struct ChartRange
{
    double minFlops = 0, maxFlops = 0;
};

struct ValuePoint
{
    double flops = 0;
    double value = 0;
};

struct LossChartData
{
    std::vector<LearningCurve> curves;
    std::vector<CurvePoint> frontier; // empty for a law without a loss
    std::vector<CurvePoint> envelope; // kaplan2020 only: min of L(N, D) along C = 6ND
};

struct AllocationChartData
{
    std::vector<ValuePoint> params; // N_opt(C)
    std::vector<ValuePoint> tokens; // D_opt(C)
};

// Model sizes for the curve family: a fixed grid of 4, 2 or 1 sizes per decade (1, 1.78, 3.16, 5.62
// × 10^k at 4), so curves stay put while a budget moves, spanning N_opt over the range with a
// decade's margin each side, at most `maxCurves` of them.
std::vector<double> curveSizes(const Law &law, ChartRange range, int maxCurves = 40);

// `pointsPerCurve` points per series, log-spaced over the range.
LossChartData lossChartData(const Law &law, ChartRange range, int pointsPerCurve = 200, int maxCurves = 40);
AllocationChartData allocationChartData(const Law &law, ChartRange range, int points = 200);

// One predicted curve (e.g. the optimal size at the budget, drawn highlighted); empty without L(N, D).
LearningCurve curveForSize(const Law &law, double params, ChartRange range, int points = 200);

// The range cut to where the law answers (its valid FLOPs); throws InputError when nothing is left.
ChartRange validPart(const Law &law, ChartRange range);

} // namespace frontier
