#pragma once
// The kernel's body, written once for any lane width. Included only by fitkernelavx2.cpp and
// fitkernelavx512.cpp, each with its own `Lanes` (vector type, width, loads, libmvec's exp/log) in
// an anonymous namespace, so every instantiation stays inside its ISA's object file.
//
// Four passes, not one: a libmvec call clobbers every vector register, so a fused loop would spill
// its accumulators around each call.

#include "model/fit/fitkernel.h"

namespace frontier::fitting {

template <class Lanes>
double huberSumLanes(const KernelPoints &p, const double *x, double delta, double *grad)
{
    using V = typename Lanes::V;
    constexpr std::ptrdiff_t width = Lanes::width;
    // Measured from e, the E term is 1 and the other two are exp(a_c - e - alpha·log N) and
    // exp(b_c - e - beta·log D), in the same order of operations as LawResiduals::evaluate.
    const V aShift = Lanes::broadcast(x[0] - x[2]), bShift = Lanes::broadcast(x[1] - x[2]);
    const V e = Lanes::broadcast(x[2]), alpha = Lanes::broadcast(x[3]), beta = Lanes::broadcast(x[4]);
    const V one = Lanes::broadcast(1), half = Lanes::broadcast(0.5);
    const V upper = Lanes::broadcast(delta), lower = Lanes::broadcast(-delta);
    for (std::ptrdiff_t i = 0; i < p.size; i += width)
        Lanes::store(p.wN + i, Lanes::exp(aShift - alpha * Lanes::load(p.logN + i)));
    for (std::ptrdiff_t i = 0; i < p.size; i += width)
        Lanes::store(p.wD + i, Lanes::exp(bShift - beta * Lanes::load(p.logD + i)));
    for (std::ptrdiff_t i = 0; i < p.size; i += width)
        Lanes::store(p.logSum + i, Lanes::log(one + Lanes::load(p.wN + i) + Lanes::load(p.wD + i)));

    V value = Lanes::broadcast(0), gA = value, gB = value, gE = value, gAlpha = value, gBeta = value;
    for (std::ptrdiff_t i = 0; i < p.size; i += width) {
        const V wN = Lanes::load(p.wN + i), wD = Lanes::load(p.wD + i);
        const V r = e + Lanes::load(p.logSum + i) - Lanes::load(p.logL + i);
        // Huber'(r) = clamp(r, ±delta) and Huber(r) = c·(r - c/2); a padding lane has c = 0.
        const V c = Lanes::min(Lanes::max(r, lower), upper) * Lanes::load(p.weight + i);
        value += c * (r - half * c);
        // dr/d(a_c, b_c, e) are the softmax weights (wN, wD, 1)/sum; alpha and beta add -log N, -log D.
        const V q = c * Lanes::reciprocal(one + wN + wD);
        gA += q * wN;
        gB += q * wD;
        gE += q;
        gAlpha -= q * wN * Lanes::load(p.logN + i);
        gBeta -= q * wD * Lanes::load(p.logD + i);
    }
    grad[0] = Lanes::sum(gA);
    grad[1] = Lanes::sum(gB);
    grad[2] = Lanes::sum(gE);
    grad[3] = Lanes::sum(gAlpha);
    grad[4] = Lanes::sum(gBeta);
    return Lanes::sum(value);
}

} // namespace frontier::fitting
