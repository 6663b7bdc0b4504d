#pragma once
// Least squares of y = s·x^k + o (on y, or on ln y), the two fits of the Hugging Face 2020 frontier,
// done two ways:
//  - as the calculator does: scipy.optimize.curve_fit, i.e. MINPACK's Levenberg–Marquardt (lmdif,
//    forward-difference Jacobian) from a fixed start, stopping at its default tolerances;
//  - to the least-squares optimum: a scan over the offset for a start, then Levenberg–Marquardt
//    polished to the last bit (Frontier's exact-hull variant).

#include <string_view>
#include <vector>

namespace frontier {

struct PowerLaw
{
    double scale = 0, exponent = 0, offset = 0; // y = scale · x^exponent + offset
};

enum class FitTarget { Value, Log }; // residuals on y, or on ln y

// scipy.optimize.leastsq's settings as curve_fit uses them (every value from resources/laws/hf2020.json).
struct CurveFitSettings
{
    double start = 0;      // every parameter starts here (curve_fit's p0 defaults to ones)
    double ftol = 0, xtol = 0;
    int maxEvaluations = 0;
};

// curve_fit(lambda x, p, q, o: p * x**(sign*q) + o, x, y) — or its log — with p, q, o all starting
// at settings.start. `exponentSign` is -1 for the calculator's loss_fit (a·x^(-b) + c) and +1 for
// its param_fit (ln(d·x^e + f)). Throws InputError naming `what` when MINPACK gives up.
PowerLaw curveFitPowerLaw(const std::vector<double> &x, const std::vector<double> &y, FitTarget target,
                          double exponentSign, const CurveFitSettings &settings, std::string_view what);

// The least-squares optimum of the same model (no start needed): throws InputError naming `what`.
PowerLaw optimalPowerLaw(const std::vector<double> &x, const std::vector<double> &y, FitTarget target,
                         std::string_view what);

} // namespace frontier
