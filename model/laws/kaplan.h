#pragma once
// Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv:2001.08361).
// N counts non-embedding parameters, D tokens, S optimizer steps, L nats/token on WebText2.
// C_min is in PF-days inside the formulas; the functions take and return FLOPs.

#include "model/core/constants.h"
#include "model/laws/lawtypes.h"

namespace frontier {

struct KaplanLaw
{
    // L(N) = (N_c/N)^alpha_N and L(D) = (D_c/D)^alpha_D: the one-variable summary fits (Eqs. 1.1, 1.2).
    double alphaN = 0, nC = 0, alphaD = 0, dC = 0;
    // L(N,D) = [(N_c/N)^(alpha_N/alpha_D) + D_c/D]^alpha_D: the joint fit of Section 4.2 by default;
    // with nd_summary = 1 it uses the summary constants above instead.
    double ndAlphaN = 0, ndNc = 0, ndAlphaD = 0, ndDc = 0;
    // L(N,S_min) = (N_c/N)^alpha_N + (S_c/S_min)^alpha_S (Eq. 5.6).
    double nsAlphaN = 0, nsNc = 0, alphaS = 0, sC = 0;
    // L(C_min) = (C_c_min/C_min)^alpha_C_min, C in PF-days (Eq. 1.3).
    double alphaCmin = 0, cCminPfDays = 0;
    // B_crit(L) = B_star / L^(1/alpha_B) (Eq. 1.4).
    double alphaB = 0, bStar = 0;
    // Compute-efficient allocation, C_min in PF-days (Appendix A): X = X_e * C_min^p_X.
    double nE = 0, pN = 0, bE = 0, pB = 0, sE = 0, pS = 0, dE = 0, pD = 0;

    static KaplanLaw fromConstants(const ConstantSet &constants);

    double lossOfParams(double params) const;
    double lossOfTokens(double tokens) const;
    double lossOfParamsTokens(double params, double tokens) const;
    double lossOfParamsSteps(double params, double steps) const;
    double lossOfCompute(double flops) const;
    double criticalBatchTokens(double loss) const;

    // The paper's compute-efficient allocation (N_opt, B, S_min, D_opt) for C_min, and its inverse.
    Allocation optimumForFlops(double flops) const;
    Allocation optimumForParams(double params) const;

    // Minimum of L(N, D) along C = 6·N·D, in closed form: the lower envelope of the L(N,D) curves.
    Allocation envelopeOptimum(double flops) const;
};

} // namespace frontier
