#include "model/plan/planrepetition.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/units.h"
#include "model/laws/repeatedoptimum.h"
#include "model/laws/targetloss.h"

namespace frontier {

namespace {

std::string epochsText(double epochs)
{
    return formatNumber(epochs, 3);
}

} // namespace

CappedRun cappedBudgetRun(const Law &law, double flops, double uniqueTokens)
{
    const RepeatedOptimum best = repeatedOptimumForFlops(law, flops, uniqueTokens);
    return {best.allocation, {best.run, best.unlimitedLoss, best.floorLoss, best.lossLost()}};
}

CappedRun cappedJob(const Law &law, double params, double tokens, double uniqueTokens)
{
    const ParametricLaw &p = repetitionForm(law);
    CappedRun result;
    result.allocation.params = requirePositive(params, "parameters");
    result.allocation.tokens = requirePositive(tokens, "tokens");
    result.allocation.flops = units::trainingFlops(params, tokens);
    result.allocation.loss = p.loss(params, tokens, uniqueTokens);
    result.repetition.run = p.repeatedRun(params, tokens, uniqueTokens);
    // The same job with every token new: what the cap alone costs it.
    result.repetition.unlimitedLoss = p.loss(params, tokens, tokens);
    result.repetition.floorLoss = repeatedFloorLoss(law, uniqueTokens);
    result.repetition.lossLost = *result.allocation.loss - result.repetition.unlimitedLoss;
    return result;
}

CappedRun cappedTargetRun(const Law &law, double targetLoss, double uniqueTokens, const FlopsRange &within)
{
    requireFinite(targetLoss, "loss");
    const double floor = repeatedFloorLoss(law, uniqueTokens);
    if (!(targetLoss > floor))
        throw InputError(message("plan.target_below_cap_floor",
                                 "a loss of {loss} is at or below {floor}, the least loss {unique} unique tokens give "
                                 "under law {law} however long the run: aim above {floor}, or find more unique data",
                                 {{"loss", formatNumber(targetLoss, 4)}, {"floor", formatNumber(floor, 4)},
                                  {"unique", formatNumber(uniqueTokens, 3)}, {"law", law.id()}}));
    const auto frontier = [&](double flops) -> std::optional<double> {
        return repeatedOptimumForFlops(law, flops, uniqueTokens).allocation.loss;
    };
    return cappedBudgetRun(law, flopsForTargetLoss(law, targetLoss, within, frontier, floor), uniqueTokens);
}

std::vector<Message> repetitionWarnings(const Law &law, const PlanRepetition &repetition)
{
    const auto &findings = law.info().repetitionFindings;
    const double epochs = repetition.run.epochs;
    if (!findings || !(epochs > 1))
        return {};
    const RepetitionFindings &f = *findings;
    std::vector<MessageArg> args{{"epochs", epochsText(epochs)},
                                 {"nearly_new", epochsText(f.nearlyNew.epochs)},
                                 {"fading", epochsText(f.fading.epochs)},
                                 {"near_zero", epochsText(f.nearZero.epochs)}};
    if (epochs <= f.nearlyNew.epochs) {
        args.push_back({"source", f.nearlyNew.source});
        return {message("plan.repeat_nearly_new",
                        "{epochs} epochs of the unique data: up to about {nearly_new} epochs repeated tokens are "
                        "nearly as good as new ones ({source})",
                        std::move(args))};
    }
    if (epochs <= f.fading.epochs) {
        args.push_back({"source", f.fading.source});
        return {message("plan.repeat_fading",
                        "{epochs} epochs of the unique data: past about {nearly_new} epochs each repetition is worth "
                        "less than new data, and the returns fade towards {fading} epochs ({source})",
                        std::move(args))};
    }
    if (epochs <= f.nearZero.epochs) {
        args.push_back({"source", f.fading.source});
        return {message("plan.repeat_diminishing",
                        "{epochs} epochs of the unique data: past about {fading} epochs repetition brings sharply "
                        "diminishing returns, near zero by {near_zero} epochs ({source})",
                        std::move(args))};
    }
    args.push_back({"source", f.nearZero.source});
    return {message("plan.repeat_near_zero",
                    "{epochs} epochs of the unique data: past about {near_zero} epochs more repetition is worth almost "
                    "nothing; more unique data, not more compute, would lower the loss ({source})",
                    std::move(args))};
}

} // namespace frontier
