#pragma once
// Repeated data and excess parameters (Muennighoff et al. 2023, "Scaling Data-Constrained Language
// Models", arXiv:2305.16264, Section 3.1 and Appendix A). A token seen again is worth less than a
// new one, each repetition by the same factor; summed and smoothed, R repetitions of U unique tokens
// are worth D' = U + U·R*·(1 − e^(−R/R*)) new ones, which levels off at U·(1 + R*) however often the
// data is repeated. Parameters beyond the compute-optimal size for the unique data decay the same way,
// with their own R*. The law itself (parametric.h) puts N' and D' into L = E + A/N'^α + B/D'^β.

namespace frontier {

// The fitted decay constants: R*_D for data, R*_N for parameters (repetitions, not epochs).
struct RepetitionDecay
{
    double dataStar = 0;   // R*_D
    double paramsStar = 0; // R*_N
};

// U + U·R*·(1 − e^(−R/R*)): what R repetitions of U are worth.
double effectiveCount(double unique, double repetitions, double rStar);

// One run under repetition, in the paper's terms.
struct RepeatedRun
{
    double params = 0;          // N
    double tokens = 0;          // D
    double uniqueTokens = 0;    // U_D = min(U, D)
    double epochs = 0;          // D / U_D (1 for a single pass)
    double effectiveTokens = 0; // D'
    double uniqueParams = 0;    // U_N = min(N, the compute-optimal N for U_D)
    double effectiveParams = 0; // N'
};

} // namespace frontier
