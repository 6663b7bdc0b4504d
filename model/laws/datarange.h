#pragma once
// Where a law stands on data, and what a plan is told when it leaves it. A scaling law is fitted on
// runs of some compute, size and token count (resources/laws/*.json "data_range", with sources; the
// hf2020 law and a user's fit take it from their own runs). A plan beyond those runs still gets the
// law's answer, but with a warning that says which quantity is outside, by what factor, and the span.

#include "model/core/message.h"
#include "model/laws/lawtypes.h"

#include <string>
#include <vector>

namespace frontier {

// The size of one run a law was fitted on.
struct RunExtent
{
    double flops = 0;
    double params = 0;
    double tokens = 0;
};

// The smallest and largest compute, N and D of `runs`, each span with `source`.
DataRange dataRangeOf(const std::vector<RunExtent> &runs, const std::string &source);

// One warning per quantity of `run` outside the law's data: plan.above_law_data or
// plan.below_law_data, with the quantity, its value, the factor past the bound and the span.
// A value on a bound is inside; an unknown bound warns of nothing.
std::vector<Message> dataRangeWarnings(const LawInfo &law, const Allocation &run);

} // namespace frontier
