#pragma once
// Time on a 2020 GPU the way the Hugging Face 2020 calculator reckons it. The model trained is a
// Transformer-XL of width w and depth w/128, whose non-embedding size N(w) = 7/128·w³ + 8/128·w² +
// 3w + 3 is the hf2020 law's optimum N_opt(C) = d·C^e + f for the budget C; it runs at the fitted
// speed of that width, depth and the GPU's study batch, so one GPU needs C / speed(w) seconds.
// Below the "tipping point" width that time no longer falls with the budget (a narrower model is
// not faster), and Frontier says so instead of extrapolating.

#include "model/hardware/hf2020speedmodel.h"

namespace frontier {

// The model the speed model times: d_model = d_inner = width, depth = width / 128 layers.
struct TransformerXlShape
{
    double width = 0;
    double depth = 0;
};

struct Hf2020Throughput
{
    Hf2020Gpu gpu;
    Amp amp = Amp::O0;
    double depthWidthRatio = 0; // 128
    double batch = 0;           // sequences per GPU; the study's by default
    double d = 0, e = 0, f = 0; // the plan's hf2020-form law: N_opt(C) = d·C^e + f, C in FLOPs
    // A time this close to the fastest run (either side) trains the tipping point's model. seconds(w)
    // has a double root at the tip: a time 1e-6 above the fastest is a width 0.13 % wider (N 0.4 %),
    // and one just below has no width at all, so the calculator's own fastest time, which our refit
    // of its law puts 1e-6 off ours, gave neither its tip nor its N. Its solver accepts any width
    // within 1 s of the target and settles on the tip there; so does this (0: exact inverse only).
    double tipToleranceSeconds = 0;

    // The width whose N(w) is optimal for `flops`.
    double widthForFlops(double flops) const;
    double flopsForWidth(double width) const;
    TransformerXlShape shapeForFlops(double flops) const;
    double flopsPerSecond(double width) const; // the speed model at this width
    // One GPU's seconds to train the optimal model for `flops`.
    double secondsForFlops(double flops) const;
    // The width where seconds stop falling as the model narrows (minimum of seconds(width)).
    double tippingWidth() const;
    // Inverse of secondsForFlops above the tipping point (the tip's compute within tipToleranceSeconds
    // of the fastest run); throws InputError below it.
    double flopsForSeconds(double seconds) const;
};

} // namespace frontier
