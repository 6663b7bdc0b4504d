#pragma once
// The Chinchilla parametric loss L(N, D) = E + A/N^alpha + B/D^beta (Hoffmann et al. 2022, Eq. 2),
// shared by Hoffmann's Approach 3, Epoch AI's 2024 refit and Muennighoff et al. 2023's C4 fit. N
// counts all parameters, embeddings included; D counts training tokens; L is nats/token.
//
// A law that also has Muennighoff et al.'s decay constants R*_D and R*_N (constants "R_D_star",
// "R_N_star") answers for a run that repeats U unique tokens too: model/laws/repetition.h.

#include "model/core/constants.h"
#include "model/laws/lawtypes.h"
#include "model/laws/repetition.h"

#include <optional>

namespace frontier {

struct ParametricLaw
{
    double E = 0, A = 0, B = 0, alpha = 0, beta = 0;
    // Muennighoff et al. 2023's R*_D and R*_N; absent for a law fitted on single-epoch runs only.
    std::optional<RepetitionDecay> repetition;

    static ParametricLaw fromConstants(const ConstantSet &constants);

    double loss(double params, double tokens) const;

    // Eq. (4): under C = 6ND, N_opt = G·(C/6)^a and D_opt = (C/6)^b / G with
    // G = (alpha·A / (beta·B))^(1/(alpha+beta)), a = beta/(alpha+beta), b = alpha/(alpha+beta).
    double G() const;
    double a() const { return beta / (alpha + beta); }
    double b() const { return alpha / (alpha + beta); }

    // The compute-optimal N for D tokens: Eq. (4) solved for N given D_opt (Muennighoff et al.'s
    // U_N for U_D unique tokens, Appendix A: (D·G)^(beta/alpha)·G).
    double optimalParamsForTokens(double tokens) const;

    // With repetition terms only (InputError otherwise): N parameters trained on D tokens that repeat
    // U unique ones, as effective counts, and its loss E + A/N'^alpha + B/D'^beta.
    RepeatedRun repeatedRun(double params, double tokens, double uniqueTokens) const;
    double loss(double params, double tokens, double uniqueTokens) const;

    Allocation optimumForFlops(double flops) const;
    Allocation optimumForParams(double params) const;
};

} // namespace frontier
