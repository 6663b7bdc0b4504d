#pragma once
// Inference-aware size (Sardana et al. 2024, "Beyond Chinchilla-Optimal", arXiv:2401.00448).
//
// A model is trained once and then serves T tokens over its life. Training costs 6·N·D FLOPs and
// serving 2·N·T, so for a wanted loss ℓ the cheapest model over its lifetime solves
//
//     minimise  6·N·D + 2·N·T   subject to  L(N, D) = ℓ.
//
// The constraint fixes D for each N (D(N): the tokens an N-parameter model needs to reach ℓ), which
// leaves a one-dimensional problem in ln N on (N_min, N_ref], where N_min is the size that reaches ℓ
// only with unlimited data and N_ref the compute-optimal model at ℓ (with T = 0 the answer is N_ref;
// serving only pushes it smaller). Boost's Brent minimiser solves it; no grid.
//
// The same solve prices FLOPs in any unit: weights per training and per serving FLOP (dollars at a
// training and a serving offer, kWh, CO2) turn the objective into cost·6ND + cost'·2NT, whose
// minimiser is the cost-optimal model (lifetimecost.h builds those weights from a plan's setup).

#include "model/core/message.h"
#include "model/laws/law.h"

namespace frontier {

// Serving FLOPs per parameter per token: the forward pass only, 2·N (Kaplan et al. 2020, §2.1;
// Sardana et al. 2024, Eq. 2). A definition, like units::kFlopsPerParamToken for training.
inline constexpr double kInferenceFlopsPerParamToken = 2.0;

// The cost of one training FLOP and of one serving FLOP, in any one unit (FLOPs, dollars, kWh...).
// A serving side priced per served token (model/serve's decode model, lifetimecost.h) enters as a
// cost per parameter-token: serving T tokens on N parameters costs c·N·T, a serving FLOP c / 2. That
// keeps the objective training(N, D) + T·c·N, which the one-dimensional solve below minimises exactly.
struct LifetimeRates
{
    double perTrainingFlop = 1;
    double perInferenceFlop = 1;

    static LifetimeRates withServingPerParamToken(double perTrainingFlop, double servingPerParamToken)
    {
        return {perTrainingFlop, servingPerParamToken / kInferenceFlopsPerParamToken};
    }
    double perInferenceParamToken() const { return perInferenceFlop * kInferenceFlopsPerParamToken; }
};

// One model over its life: its size, the tokens it trains on, the loss they reach, and the FLOPs of
// training it and of serving the lifetime's inference tokens.
struct LifetimeModel
{
    double params = 0;
    double tokens = 0;
    double loss = 0;
    double trainFlops = 0;     // 6·N·D
    double inferenceFlops = 0; // 2·N·T
    double totalFlops() const { return trainFlops + inferenceFlops; }
    // trainFlops and inferenceFlops at the rates' prices.
    double trainingCost(const LifetimeRates &rates) const { return trainFlops * rates.perTrainingFlop; }
    double servingCost(const LifetimeRates &rates) const { return inferenceFlops * rates.perInferenceFlop; }
    double totalCost(const LifetimeRates &rates) const { return trainingCost(rates) + servingCost(rates); }
};

// The inference-aware model next to the compute-optimal one at the same loss, both serving the same
// lifetime tokens, and the share of the reference's lifetime cost (at `rates`) the first saves.
struct InferenceAwareResult
{
    double inferenceTokens = 0;
    LifetimeRates rates;
    LifetimeModel optimum;
    LifetimeModel reference;
    double fractionSaved() const { return 1 - optimum.totalCost(rates) / reference.totalCost(rates); }
};

// The training tokens with L(N, D) = loss: closed form for the parametric law, TOMS 748 on ln D for
// any other law with L(N, D). Throws InputError (inference.params_too_small) when N parameters do not
// reach the loss on any amount of data.
double tokensToReachLoss(const Law &law, double params, double loss);

// The size that reaches `loss` only with unlimited data: the lower end of the search. Throws
// InputError (inference.loss_below_floor) for a loss at or below what any size reaches.
double fewestParamsForLoss(const Law &law, double loss);

// The model of least lifetime cost at `reference`'s loss (reference: the compute-optimal run the
// result compares with, whose loss must be given). Throws InputError for a law without L(N, D)
// (inference.no_loss_of_params_tokens), a reference without a loss, negative or non-finite tokens
// or rates, and the refusals above.
InferenceAwareResult inferenceAwareOptimum(const Law &law, const Allocation &reference, double inferenceTokens,
                                           const LifetimeRates &rates = {});

// For the chart: the result at `points` lifetimes log-spaced over [minTokens, maxTokens].
std::vector<InferenceAwareResult> inferenceAwareCurve(const Law &law, const Allocation &reference, double minTokens,
                                                      double maxTokens, int points, const LifetimeRates &rates = {});

// Where the law answers for `model` only by extrapolation: one warning per quantity (compute, N, D)
// outside the runs the law was fitted on (datarange.h). An inference-aware model trains far longer
// than the compute-optimal one, often past the largest token count its law saw.
std::vector<Message> extrapolationWarnings(const Law &law, const LifetimeModel &model);

} // namespace frontier
