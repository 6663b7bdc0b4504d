#include "model/laws/datarange.h"

#include "model/core/numbers.h"

#include <algorithm>

namespace frontier {

namespace {

// A value computed from the bound itself (a plan on a run's exact size) may differ in its last bits.
constexpr double kEdgeTolerance = 1e-9;

struct Checked
{
    const DataSpan &span;
    double value;
    MessageArg what;
    std::string unit; // appended to the numbers: " FLOPs" for compute, nothing for counts
};

std::string withUnit(double value, const std::string &unit)
{
    return formatNumber(value, 3) + unit;
}

std::string spanText(const DataSpan &span, const std::string &unit)
{
    // A span known on one side only (Kaplan et al. state no smallest compute) is said with a symbol,
    // which needs no translation.
    if (!(span.min > 0))
        return "≤ " + withUnit(span.max, unit);
    if (!(span.max > 0))
        return "≥ " + withUnit(span.min, unit);
    return withUnit(span.min, "") + " – " + withUnit(span.max, unit); // a dash reads the same in every language
}

} // namespace

DataRange dataRangeOf(const std::vector<RunExtent> &runs, const std::string &source)
{
    DataRange range;
    if (runs.empty())
        return range;
    const auto span = [&](double RunExtent::*field) {
        const auto [low, high] = std::minmax_element(runs.begin(), runs.end(),
                                                     [&](const RunExtent &a, const RunExtent &b) { return a.*field < b.*field; });
        return DataSpan{(*low).*field, (*high).*field, source};
    };
    range.flops = span(&RunExtent::flops);
    range.params = span(&RunExtent::params);
    range.tokens = span(&RunExtent::tokens);
    return range;
}

std::vector<Message> dataRangeWarnings(const LawInfo &law, const Allocation &run)
{
    const DataRange &range = law.dataRange;
    const Checked checks[] = {
        {range.flops, run.flops, quantity("what", "training compute"), " FLOPs"},
        {range.params, run.params, quantity("what", "model size"), ""},
        {range.tokens, run.tokens, quantity("what", "training tokens"), ""},
    };
    std::vector<Message> warnings;
    for (const Checked &c : checks) {
        const bool above = c.span.max > 0 && c.value > c.span.max * (1 + kEdgeTolerance);
        const bool below = c.span.min > 0 && c.value < c.span.min * (1 - kEdgeTolerance);
        if (!above && !below)
            continue;
        const double factor = above ? c.value / c.span.max : c.span.min / c.value;
        // Two digits said "1×" for a value 1 % past the edge: a third one while the factor is small.
        const int factorDigits = factor < 10 ? 3 : 2;
        std::vector<MessageArg> args{c.what,
                                     {"value", withUnit(c.value, c.unit)},
                                     {"factor", formatNumber(factor, factorDigits)},
                                     {"range", spanText(c.span, c.unit)},
                                     {"law", law.id},
                                     {"source", c.span.source}};
        if (above)
            warnings.push_back(message("plan.above_law_data",
                                       "{what} {value} is {factor}× the largest of the runs law {law} was fitted on "
                                       "({range}): its answer here is an extrapolation",
                                       std::move(args)));
        else
            warnings.push_back(message("plan.below_law_data",
                                       "{what} {value} is {factor}× below the smallest of the runs law {law} was "
                                       "fitted on ({range}): its answer here is an extrapolation",
                                       std::move(args)));
    }
    return warnings;
}

} // namespace frontier
