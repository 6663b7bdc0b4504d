#pragma once
// The Chinchilla parametric loss L(N, D) = E + A/N^alpha + B/D^beta (Hoffmann et al. 2022, Eq. 2),
// shared by Hoffmann's Approach 3 and Epoch AI's 2024 refit. N counts all parameters, embeddings
// included; D counts training tokens; L is nats/token on MassiveText.

#include "model/core/constants.h"
#include "model/laws/lawtypes.h"

namespace frontier {

struct ParametricLaw
{
    double E = 0, A = 0, B = 0, alpha = 0, beta = 0;

    static ParametricLaw fromConstants(const ConstantSet &constants);

    double loss(double params, double tokens) const;

    // Eq. (4): under C = 6ND, N_opt = G·(C/6)^a and D_opt = (C/6)^b / G with
    // G = (alpha·A / (beta·B))^(1/(alpha+beta)), a = beta/(alpha+beta), b = alpha/(alpha+beta).
    double G() const;
    double a() const { return beta / (alpha + beta); }
    double b() const { return alpha / (alpha + beta); }

    Allocation optimumForFlops(double flops) const;
    Allocation optimumForParams(double params) const;
};

} // namespace frontier
