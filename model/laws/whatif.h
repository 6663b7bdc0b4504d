#pragma once
// "What if my setup scales differently?": the three ways the window lets a user bend a law, each a
// change of named constants that gives a new Law (a custom law derived from the chosen one; the
// original is untouched and its published values stay known).
//
//   reducible loss  the frontier's height above its floor: L_opt(C) - E scaled by one factor.
//                   L(N,D) laws scale A and B together (N_opt does not move, since it depends on
//                   A/B only); hf2020 scales a; kaplan2020 scales L(C_min) through C_c_min.
//   compute slope   gamma in L_opt - E ~ C^-gamma. For L(N,D), gamma = alpha·beta/(alpha+beta) and the
//                   allocation exponent a = beta/(alpha+beta) is kept: alpha = gamma/a,
//                   beta = gamma/(1-a). hf2020: b; kaplan2020: alpha_C_min.
//   allocation      a in N_opt ~ C^a, how fast the optimal size grows with compute, gamma kept:
//                   alpha = gamma/a, beta = gamma/(1-a). hf2020: e; kaplan2020: p_N; Approaches 1
//                   and 2: a.
//
//   optimal size    N_opt(C) scaled by one factor at every C, the frontier kept. L(N,D) laws: A·f^alpha
//                   and B·f^-beta (G ~ (A/B)^(1/(alpha+beta)) grows by f, the reducible loss
//                   ~ A^a·B^b does not move); hf2020: d and f; kaplan2020: N_e; Approaches 1, 2: k.
//
// A drag asks for the law whose curve passes through the pointer ("...Through"). A drag of the slope
// or of N_opt's tilt turns the line about a pivot ("...About"): the law's own point at the pivot's
// compute stays where it was, so the line turns like a lever rather than swinging as a whole. The pointer can ask
// for the impossible (a frontier below the irreducible loss, a slope of -1): the answer is then the
// nearest law inside the gesture's range, never an exception, so a drag clamps instead of failing.

#include "model/laws/law.h"

namespace frontier {

enum class FrontierGesture { ReducibleLoss, ComputeSlope, Allocation };

// Whether `law` can be bent this way (a law without a loss has no frontier to lift or tilt).
bool supportsGesture(const Law &law, FrontierGesture gesture);

// The law's current exponents: gamma of its frontier and a of its N_opt(C).
double computeExponent(const Law &law);
double allocationExponent(const Law &law);

// The constants changed, exactly as the header describes. Throw InputError for a law that does not
// support the gesture or a value outside (0, inf) (allocation: (0, 1) for L(N,D) laws).
Law withReducibleLossScaled(const Law &law, double factor);
Law withComputeExponent(const Law &law, double gamma);
Law withAllocationExponent(const Law &law, double exponent);
Law withOptimalSizeScaled(const Law &law, double factor);

// The loss floor the reducible part sits on (E, hf2020's c; 0 for kaplan2020).
double irreducibleLoss(const Law &law);

// The law bent so that its frontier passes through (flops, loss), or its N_opt through (flops,
// params), clamped to the gesture's range (see whatif.cpp). `flops` must be inside the law's range.
Law reducibleLossThrough(const Law &law, double flops, double loss);
Law computeSlopeThrough(const Law &law, double flops, double loss);
Law allocationThrough(const Law &law, double flops, double params);
// The same gestures turned about `pivotFlops`: the frontier's loss (N_opt) at the pivot stays that of
// `law`, the slope (the allocation exponent) is what passes the line through the pointer. The tilt
// keeps the whole loss frontier too (an L(N,D) law's A and B scaled back onto it). A pointer at the
// pivot's own compute has no slope to ask for: InputError.
Law computeSlopeAbout(const Law &law, double pivotFlops, double flops, double loss);
Law allocationAbout(const Law &law, double pivotFlops, double flops, double params);

// The constants of `bent` whose values differ from `published`'s: the overrides that turn one into
// the other (what a document stores for a custom law).
std::map<std::string, double> overridesBetween(const Law &published, const Law &bent);

} // namespace frontier
