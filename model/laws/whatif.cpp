#include "model/laws/whatif.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/overloaded.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace frontier {

namespace {

// How far a gesture may bend a law. Wider than any published fit (gamma 0.05-0.16, a 0.46-0.73)
// and narrow enough that the bent law still answers everywhere on the chart.
constexpr double kMinFactor = 1e-3, kMaxFactor = 1e3;
constexpr double kMinGamma = 0.005, kMaxGamma = 2.0;
constexpr double kMinAllocation = 0.02, kMaxAllocation = 0.98;

InputError unsupported(const Law &law, std::string_view gesture)
{
    return InputError(message("whatif.unsupported", "law {law} cannot be bent by its {gesture}: it has no such constant",
                              {{"law", law.id()}, quantity("gesture", std::string(gesture))}));
}

double frontierLoss(const Law &law, double flops)
{
    return *law.optimumForFlops(flops).loss;
}

// The x in [lo, hi] where f(x) = 0, f monotone; the nearer end when f keeps one sign (the clamp).
template<typename F>
double solveClamped(F f, double lo, double hi)
{
    const double flo = f(lo), fhi = f(hi);
    if (!std::isfinite(flo) || !std::isfinite(fhi))
        throw InputError(message("whatif.no_solution", "this change of the law has no finite answer at this budget"));
    if (flo == 0)
        return lo;
    if (fhi == 0)
        return hi;
    if ((flo > 0) == (fhi > 0))
        return std::abs(flo) < std::abs(fhi) ? lo : hi;
    std::uintmax_t iterations = 100;
    const auto [a, b] = boost::math::tools::toms748_solve(f, lo, hi, flo, fhi,
                                                          boost::math::tools::eps_tolerance<double>(48), iterations);
    return 0.5 * (a + b);
}

// The end of [from, to] nearest `to` where `valid` holds, `valid(from)` being true: the way back
// halved until it does. A law turned far about a pivot can leave double's range (a frontier of
// C^-2 at 1e22 FLOPs underflows), and the solver must not see those ends.
template<typename F>
double reachable(F valid, double from, double to)
{
    for (int i = 0; i < 60 && !valid(to); ++i)
        to = from + 0.5 * (to - from);
    return to;
}

// solveClamped on the side of `now` (the law's own value, inside [lo, hi]) where f changes sign. A
// line turned about a pivot need not be monotone across the whole range (hf2020's N_opt = d·C^e + f
// with f < 0 turns back for large e), but it is from where the drag starts to the pointer.
template<typename F>
double solveFrom(F f, double now, double lo, double hi)
{
    const double fNow = f(now);
    if (fNow == 0)
        return now;
    const double fHi = f(hi);
    if ((fNow > 0) != (fHi > 0))
        return solveClamped(f, now, hi);
    const double fLo = f(lo);
    if ((fNow > 0) != (fLo > 0))
        return solveClamped(f, lo, now);
    return std::abs(fLo) < std::abs(fHi) ? lo : hi; // out of reach: the nearer end (the clamp)
}

// A pointer this close to the pivot (in ln C) asks for no particular slope: any slope passes there.
constexpr double kMinLeverLn = 1e-3;

void requireLever(double pivotFlops, double flops)
{
    requirePositive(pivotFlops, "compute");
    requirePositive(flops, "compute");
    if (std::abs(std::log(flops / pivotFlops)) < kMinLeverLn)
        throw InputError(message("whatif.at_pivot", "a line turned about {flops} FLOPs cannot be dragged at that compute",
                                 {{"flops", formatNumber(pivotFlops)}}));
}

} // namespace

bool supportsGesture(const Law &law, FrontierGesture gesture)
{
    const bool hasLoss = law.can(Capability::LossOfCompute);
    return std::visit(Overloaded{
                          [&](const PowerAllocationLaw &) { return gesture == FrontierGesture::Allocation; },
                          [&](const auto &) { return hasLoss; },
                      },
                      law.form());
}

double irreducibleLoss(const Law &law)
{
    return std::visit(Overloaded{
                          [](const ParametricLaw &p) { return p.E; },
                          [](const Hf2020Law &h) { return h.c; },
                          [](const auto &) { return 0.0; },
                      },
                      law.form());
}

double computeExponent(const Law &law)
{
    return std::visit(Overloaded{
                          [](const ParametricLaw &p) { return p.alpha * p.beta / (p.alpha + p.beta); },
                          [](const Hf2020Law &h) { return h.b; },
                          [](const KaplanLaw &k) { return k.alphaCmin; },
                          [&](const PowerAllocationLaw &) -> double { throw unsupported(law, "compute slope"); },
                      },
                      law.form());
}

double allocationExponent(const Law &law)
{
    return std::visit(Overloaded{
                          [](const ParametricLaw &p) { return p.a(); },
                          [](const Hf2020Law &h) { return h.e; },
                          [](const KaplanLaw &k) { return k.pN; },
                          [](const PowerAllocationLaw &p) { return p.a; },
                      },
                      law.form());
}

Law withReducibleLossScaled(const Law &law, double factor)
{
    requirePositive(factor, "scale of the reducible loss");
    if (!supportsGesture(law, FrontierGesture::ReducibleLoss))
        throw unsupported(law, "reducible loss");
    return std::visit(Overloaded{
                          [&](const ParametricLaw &p) {
                              return law.withOverrides({{"A", p.A * factor}, {"B", p.B * factor}});
                          },
                          [&](const Hf2020Law &h) { return law.withOverrides({{"a", h.a * factor}}); },
                          // (C_c/C)^alpha scaled by k is (C_c·k^(1/alpha) / C)^alpha.
                          [&](const KaplanLaw &k) {
                              return law.withOverrides({{"C_c_min", k.cCminPfDays * std::pow(factor, 1 / k.alphaCmin)}});
                          },
                          [&](const auto &) -> Law { throw unsupported(law, "reducible loss"); },
                      },
                      law.form());
}

Law withComputeExponent(const Law &law, double gamma)
{
    requirePositive(gamma, "compute exponent");
    return std::visit(Overloaded{
                          [&](const ParametricLaw &p) {
                              const double a = p.a();
                              return law.withOverrides({{"alpha", gamma / a}, {"beta", gamma / (1 - a)}});
                          },
                          [&](const Hf2020Law &) { return law.withOverrides({{"b", gamma}}); },
                          [&](const KaplanLaw &) { return law.withOverrides({{"alpha_C_min", gamma}}); },
                          [&](const auto &) -> Law { throw unsupported(law, "compute slope"); },
                      },
                      law.form());
}

Law withAllocationExponent(const Law &law, double exponent)
{
    requirePositive(exponent, "allocation exponent");
    return std::visit(Overloaded{
                          [&](const ParametricLaw &p) {
                              if (!(exponent < 1))
                                  throw InputError(message("whatif.allocation_range",
                                                           "an allocation exponent of an L(N,D) law must be below 1, got {value}",
                                                           {{"value", formatNumber(exponent)}}));
                              const double gamma = p.alpha * p.beta / (p.alpha + p.beta);
                              return law.withOverrides({{"alpha", gamma / exponent}, {"beta", gamma / (1 - exponent)}});
                          },
                          [&](const Hf2020Law &) { return law.withOverrides({{"e", exponent}}); },
                          [&](const KaplanLaw &) { return law.withOverrides({{"p_N", exponent}}); },
                          [&](const PowerAllocationLaw &) { return law.withOverrides({{"a", exponent}}); },
                      },
                      law.form());
}

Law withOptimalSizeScaled(const Law &law, double factor)
{
    // Only ever a ratio of two sizes the law gave: one that is not a positive number is no answer.
    if (!(factor > 0) || !std::isfinite(factor))
        throw InputError(message("whatif.no_solution", "this change of the law has no finite answer at this budget"));
    return std::visit(Overloaded{
                          [&](const ParametricLaw &p) {
                              return law.withOverrides({{"A", p.A * std::pow(factor, p.alpha)}, {"B", p.B * std::pow(factor, -p.beta)}});
                          },
                          [&](const Hf2020Law &h) { return law.withOverrides({{"d", h.d * factor}, {"f", h.f * factor}}); },
                          [&](const KaplanLaw &k) { return law.withOverrides({{"N_e", k.nE * factor}}); },
                          [&](const PowerAllocationLaw &p) { return law.withOverrides({{"k", p.k * factor}}); },
                      },
                      law.form());
}

Law reducibleLossThrough(const Law &law, double flops, double loss)
{
    requireFinite(loss, "loss");
    const double floor = irreducibleLoss(law);
    const double current = frontierLoss(law, flops) - floor;
    // A target at or below the floor asks for no reducible loss at all: the smallest factor.
    const double factor = loss > floor ? std::clamp((loss - floor) / current, kMinFactor, kMaxFactor) : kMinFactor;
    return withReducibleLossScaled(law, factor);
}

Law computeSlopeThrough(const Law &law, double flops, double loss)
{
    requireFinite(loss, "loss");
    // The frontier at a fixed budget falls as gamma grows (every term is a power of a number > 1).
    const double gamma = solveClamped(
        [&](double g) { return frontierLoss(withComputeExponent(law, g), flops) - loss; }, kMinGamma, kMaxGamma);
    return withComputeExponent(law, gamma);
}

Law allocationThrough(const Law &law, double flops, double params)
{
    requirePositive(params, "model size");
    const bool parametric = std::holds_alternative<ParametricLaw>(law.form());
    const double hi = parametric ? kMaxAllocation : 1.5;
    // Solved on log N: N_opt spans decades, and log N rises with the exponent.
    const double exponent = solveClamped(
        [&](double a) {
            try {
                return std::log(withAllocationExponent(law, a).optimumForFlops(flops).params / params);
            } catch (const InputError &) {
                return -1e6; // hf2020: so small an exponent that d·C^e + f is no size at all here
            }
        },
        kMinAllocation, hi);
    return withAllocationExponent(law, exponent);
}

Law computeSlopeAbout(const Law &law, double pivotFlops, double flops, double loss)
{
    requireFinite(loss, "loss");
    requireLever(pivotFlops, flops);
    const double floor = irreducibleLoss(law);
    const double pivotReducible = frontierLoss(law, pivotFlops) - floor;
    // The law with slope g, lifted or lowered so that its frontier passes the pivot again.
    const auto turned = [&](double g) {
        const Law sloped = withComputeExponent(law, g);
        return withReducibleLossScaled(sloped, pivotReducible / (frontierLoss(sloped, pivotFlops) - floor));
    };
    const auto valid = [&](double g) {
        try {
            return std::isfinite(frontierLoss(turned(g), flops)) && std::isfinite(frontierLoss(turned(g), pivotFlops));
        } catch (const InputError &) {
            return false;
        }
    };
    const double now = computeExponent(law);
    // Past the pivot the frontier falls as gamma grows; before it, it rises: monotone either way.
    const double gamma = solveFrom([&](double g) { return frontierLoss(turned(g), flops) - loss; }, now,
                                   reachable(valid, now, kMinGamma), reachable(valid, now, kMaxGamma));
    return turned(gamma);
}

Law allocationAbout(const Law &law, double pivotFlops, double flops, double params)
{
    requirePositive(params, "model size");
    requireLever(pivotFlops, flops);
    const Allocation atPivot = law.optimumForFlops(pivotFlops);
    const bool hasFrontier = supportsGesture(law, FrontierGesture::ReducibleLoss);
    const double floor = hasFrontier ? irreducibleLoss(law) : 0;
    // The law with exponent a, its N_opt scaled back through the pivot, and its frontier (which
    // an L(N,D) law's new alpha and beta moved, gamma kept) scaled back onto the original's.
    const auto turned = [&](double a) {
        const Law tilted = withAllocationExponent(law, a);
        const Law through = withOptimalSizeScaled(tilted, atPivot.params / tilted.optimumForFlops(pivotFlops).params);
        if (!hasFrontier)
            return through;
        return withReducibleLossScaled(through, (*atPivot.loss - floor) / (frontierLoss(through, pivotFlops) - floor));
    };
    const auto valid = [&](double a) {
        try {
            return std::isfinite(turned(a).optimumForFlops(pivotFlops).params);
        } catch (const InputError &) {
            return false;
        }
    };
    const bool parametric = std::holds_alternative<ParametricLaw>(law.form());
    const double now = allocationExponent(law);
    const double exponent = solveFrom(
        [&](double a) {
            try {
                return std::log(turned(a).optimumForFlops(flops).params / params);
            } catch (const InputError &) {
                return -1e6; // hf2020: no size at all there (d·C^e + f <= 0): as if far too small
            }
        },
        now, reachable(valid, now, kMinAllocation), reachable(valid, now, parametric ? kMaxAllocation : 1.5));
    return turned(exponent);
}

std::map<std::string, double> overridesBetween(const Law &published, const Law &bent)
{
    std::map<std::string, double> overrides;
    for (const auto &c : bent.constants().all())
        if (!published.constants().contains(c.name) || published.constants()[c.name] != c.value)
            overrides[c.name] = c.value;
    return overrides;
}

} // namespace frontier
