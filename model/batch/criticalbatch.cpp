#include "model/batch/criticalbatch.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

namespace frontier {

double stepsFactor(double batchTokens, double criticalTokens)
{
    requirePositive(batchTokens, "batch");
    requirePositive(criticalTokens, "batch"); // B_crit: positive for any positive loss
    return 1 + criticalTokens / batchTokens;
}

double tokensFactor(double batchTokens, double criticalTokens)
{
    requirePositive(batchTokens, "batch");
    requirePositive(criticalTokens, "batch"); // B_crit: positive for any positive loss
    return 1 + batchTokens / criticalTokens;
}

namespace {

BatchRun fromMinimum(double minSteps, double minTokens, double batchTokens, double criticalTokens)
{
    BatchRun run;
    run.batchTokens = batchTokens;
    run.criticalTokens = criticalTokens;
    run.stepsFactor = stepsFactor(batchTokens, criticalTokens);
    run.tokensFactor = tokensFactor(batchTokens, criticalTokens);
    run.minSteps = minSteps;
    run.minTokens = minTokens;
    run.steps = minSteps * run.stepsFactor;
    run.tokens = minTokens * run.tokensFactor;
    return run;
}

} // namespace

BatchRun batchRunOfTokens(double tokens, double batchTokens, double criticalTokens)
{
    requirePositive(tokens, "tokens");
    const double steps = tokens / batchTokens;
    // E_min / S_min = B_crit (Eq. 5.2), which the two factors below keep exactly.
    return fromMinimum(steps / stepsFactor(batchTokens, criticalTokens), tokens / tokensFactor(batchTokens, criticalTokens),
                       batchTokens, criticalTokens);
}

BatchRun batchRunOfSteps(double steps, double batchTokens, double criticalTokens)
{
    requirePositive(steps, "steps");
    return batchRunOfTokens(steps * batchTokens, batchTokens, criticalTokens);
}

BatchRun atBatch(const BatchRun &run, double batchTokens)
{
    return fromMinimum(run.minSteps, run.minTokens, batchTokens, run.criticalTokens);
}

std::optional<Message> farPastCriticalWarning(const BatchRun &run, double ratio, double loss)
{
    if (run.batchTokens < ratio * run.criticalTokens)
        return std::nullopt;
    return message("batch.far_past_critical",
                   "a batch of {batch} tokens is {ratio} x the critical batch of {b_crit} tokens at loss {loss} "
                   "(Kaplan et al. 2020): it processes {tokens_factor} x the least data for that loss, and a larger "
                   "batch saves almost no steps",
                   {{"batch", formatNumber(run.batchTokens, 3)},
                    {"ratio", formatNumber(run.batchTokens / run.criticalTokens, 3)},
                    {"b_crit", formatNumber(run.criticalTokens, 3)},
                    {"loss", formatNumber(loss, 3)},
                    {"tokens_factor", formatNumber(run.tokensFactor, 3)}});
}

} // namespace frontier
