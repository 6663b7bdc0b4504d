#pragma once
// The compute-optimal run when unique data is capped (Muennighoff et al. 2023, Section 3.1): for a
// budget C = 6ND and U unique tokens, the N (and so D = C/6N, epochs = D/U) that minimises the
// law's loss under repetition. The loss along the budget has one valley in ln N (too few
// parameters on one side, data repeated past its worth on the other), so Brent's method (Boost.Math)
// finds it; no closed form exists. Only for a law with repetition terms (parametric.h); any other
// law refuses with laws.no_repetition_terms, naming itself: a plan uses exactly the law it was given.

#include "model/laws/law.h"
#include "model/laws/repetition.h"

#include <vector>

namespace frontier {

struct RepeatedOptimum
{
    Allocation allocation;    // N, D and C of the best run under the cap, and its loss
    RepeatedRun run;          // its unique tokens, epochs, effective tokens and parameters
    double unlimitedLoss = 0; // the same law's optimum at the same compute with unlimited unique data
    double floorLoss = 0;     // the least loss U unique tokens give at any compute (N', D' at their ceilings)
    double lossLost() const { return *allocation.loss - unlimitedLoss; }
};

// The law's repetition form; throws laws.no_repetition_terms naming the law if it has none.
const ParametricLaw &repetitionForm(const Law &law);

// The least loss U unique tokens give at any compute: N' and D' at their ceilings U_N(1 + R*_N), U(1 + R*_D).
double repeatedFloorLoss(const Law &law, double uniqueTokens);

// The best run for `flops` on `uniqueTokens`. When the unlimited optimum reads no more than U tokens
// the cap does not bind and the answer is exactly that optimum (one epoch).
RepeatedOptimum repeatedOptimumForFlops(const Law &law, double flops, double uniqueTokens);

// The run of `flops` that reads U `epochs` times (D = epochs·U, N = C/6D) and its loss: the budget's
// loss against epochs, whose lowest point is repeatedOptimumForFlops.
struct EpochPoint
{
    double epochs = 0;
    double params = 0;
    double loss = 0;
};
std::vector<EpochPoint> lossAgainstEpochs(const Law &law, double flops, double uniqueTokens, double minEpochs,
                                          double maxEpochs, int points);

} // namespace frontier
