#pragma once
// The inverse of a law's compute frontier: the least training compute whose compute-optimal run
// reaches a target loss. The frontier loss L_opt(C) (Law::optimumForFlops(C).loss) falls steadily
// with C towards the law's irreducible loss, so the target meets it once; TOMS 748 (Boost.Math) finds
// where, on ln C, for any law with a loss — no closed form per law, so a law added or bent later is
// inverted the same way. A target no compute reaches is refused with a message saying why.

#include "model/laws/law.h"

#include <functional>
#include <optional>

namespace frontier {

// The FLOPs C with L_opt(C) = targetLoss, searched over the law's valid range cut to `within` (a bound
// of 0 leaves that side to the law and, past it, to the range of double). Throws InputError:
//   plan.target_no_loss            the law predicts no loss (Hoffmann et al.'s Approaches 1 and 2)
//   plan.target_below_irreducible  the target is at or below the law's irreducible loss
//   plan.target_above_frontier     even the smallest compute searched reaches a lower loss
//   plan.target_unreachable        the largest compute searched does not reach it
//   plan.target_no_answer          the law's loss is not finite at an end of the search (bent constants)
double flopsForTargetLoss(const Law &law, double targetLoss, const FlopsRange &within = {});

// The same search along another frontier of the law: `frontierLoss(C)` is the least loss at C FLOPs
// (e.g. under a unique-token cap, model/laws/repeatedoptimum.h) and `floor` the least it reaches.
double flopsForTargetLoss(const Law &law, double targetLoss, const FlopsRange &within,
                          const std::function<std::optional<double>(double)> &frontierLoss, double floor);

} // namespace frontier
