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

double constant(const Law &law, const char *name)
{
    return law.constants()[name];
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

std::map<std::string, double> overridesBetween(const Law &published, const Law &bent)
{
    std::map<std::string, double> overrides;
    for (const auto &c : bent.constants().all())
        if (!published.constants().contains(c.name) || published.constants()[c.name] != c.value)
            overrides[c.name] = c.value;
    return overrides;
}

} // namespace frontier
