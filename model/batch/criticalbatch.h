#pragma once
// The batch a run trains with, against the critical batch of the loss it trains to (Kaplan et al.
// 2020, Section 5.1, after McCandlish et al. 2018, arXiv:1812.06162). To reach a fixed loss L with a
// batch of B tokens a run takes
//   S = S_min (1 + B_crit/B) steps   and processes   E = B·S = E_min (1 + B/B_crit) tokens,
// so that (S/S_min − 1)(E/E_min − 1) = 1 (Eq. 5.1): below B_crit more batch saves steps almost for
// free, above it each halving of the steps left costs about twice the data. B_crit(L) itself is
// B_* / L^(1/α_B) (Eq. 5.3, KaplanLaw::criticalBatchTokens).
//
//   batch + tokens (or steps) + B_crit --batchRunOf...--> BatchRun --farPastCriticalWarning--> Message

#include "model/core/message.h"

#include <optional>

namespace frontier {

// S / S_min and E / E_min of a batch of `batchTokens` against a critical batch of `criticalTokens`.
double stepsFactor(double batchTokens, double criticalTokens);
double tokensFactor(double batchTokens, double criticalTokens);

// One run to some loss, at one batch: its steps and tokens, and the least of each that reaches the
// same loss (S_min at a batch far above B_crit, E_min far below it).
struct BatchRun
{
    double batchTokens = 0;
    double criticalTokens = 0;
    double steps = 0;
    double tokens = 0; // E = B·S
    double minSteps = 0;
    double minTokens = 0;
    double stepsFactor = 0;  // S / S_min
    double tokensFactor = 0; // E / E_min
};

// A run that processes `tokens` at `batchTokens` a step (S = tokens / batch), or one of `steps`
// steps at that batch. Throws InputError for a value that is not positive.
BatchRun batchRunOfTokens(double tokens, double batchTokens, double criticalTokens);
BatchRun batchRunOfSteps(double steps, double batchTokens, double criticalTokens);
// The same loss reached at another batch: S_min and E_min stay, S and E follow Eq. 5.1.
BatchRun atBatch(const BatchRun &run, double batchTokens);

// "batch.far_past_critical" when the batch is at least `ratio` times B_crit (`loss` only words it).
std::optional<Message> farPastCriticalWarning(const BatchRun &run, double ratio, double loss);

} // namespace frontier
