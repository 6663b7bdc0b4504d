#include "model/laws/repetition.h"

#include <cmath>

namespace frontier {

double effectiveCount(double unique, double repetitions, double rStar)
{
    // expm1 keeps the small-R end exact: D' = D to the last digit for a run that barely repeats.
    return unique - unique * rStar * std::expm1(-repetitions / rStar);
}

} // namespace frontier
