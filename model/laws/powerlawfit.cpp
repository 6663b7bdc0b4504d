#include "model/laws/powerlawfit.h"

#include "model/core/errors.h"

#include <Eigen/Dense>
#include <unsupported/Eigen/NonLinearOptimization>
#include <unsupported/Eigen/NumericalDiff>

#include <cmath>
#include <limits>
#include <string>

namespace frontier {

namespace {

InputError fitFailed(std::string_view what)
{
    return InputError(message("laws.fit_failed", "the least-squares fit of {what} did not converge",
                              {quantity("what", std::string(what))}));
}

Eigen::ArrayXd asArray(const std::vector<double> &v)
{
    return Eigen::Map<const Eigen::ArrayXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

// What Eigen's Levenberg–Marquardt asks of a residual functor (its types and sizes), for a
// three-parameter curve through the points (x, y).
struct ThreeParameterResiduals
{
    using Scalar = double;
    enum { InputsAtCompileTime = Eigen::Dynamic, ValuesAtCompileTime = Eigen::Dynamic };
    using InputType = Eigen::VectorXd;
    using ValueType = Eigen::VectorXd;
    using JacobianType = Eigen::MatrixXd;

    Eigen::ArrayXd x, y;
    int inputs() const { return 3; }
    int values() const { return static_cast<int>(x.size()); }
};

// ---- As the calculator: curve_fit from a fixed start ----------------------------------------------

// Residuals model - data for p = (s, q, o), model = s·x^(sign·q) + o, or ln of it. A step that makes
// a fitted size negative gives NaN residuals, as in numpy; MINPACK then rejects that step and
// shrinks its trust region, which is what the calculator's fit went through.
struct CalculatorResiduals : ThreeParameterResiduals
{
    FitTarget target = FitTarget::Value;
    double sign = 1;
    int operator()(const Eigen::VectorXd &p, Eigen::VectorXd &r) const
    {
        const Eigen::ArrayXd model = p[0] * x.pow(sign * p[1]) + p[2];
        r = (target == FitTarget::Log ? Eigen::ArrayXd(model.log() - y.log()) : Eigen::ArrayXd(model - y)).matrix();
        return 0;
    }
};

// ---- To the optimum: a scanned start, then polished -------------------------------------------------

// Parameters p = (q, k, o) for y = e^(q + k·x) + o with x = ln C - mean ln C: centring keeps scale and
// exponent from trading off over C's six decades (s = e^(q - k·mean ln C)).
struct CentredResiduals : ThreeParameterResiduals
{
    bool onLog = false;

    int operator()(const Eigen::VectorXd &p, Eigen::VectorXd &r) const
    {
        // A trial step that makes a fitted size non-positive gets a huge residual and is rejected.
        const Eigen::ArrayXd model = (p[0] + p[1] * x).exp() + p[2];
        if (onLog)
            r = (y.log() - model.max(std::numeric_limits<double>::min()).log()).matrix();
        else
            r = (model - y).matrix();
        return 0;
    }
    int df(const Eigen::VectorXd &p, Eigen::MatrixXd &jac) const
    {
        const Eigen::ArrayXd power = (p[0] + p[1] * x).exp();
        const Eigen::ArrayXd factor =
            onLog ? Eigen::ArrayXd(-1 / (power + p[2])) : Eigen::ArrayXd::Ones(x.size());
        jac.resize(x.size(), 3);
        jac.col(0) = (factor * power).matrix();
        jac.col(1) = (factor * x * power).matrix();
        jac.col(2) = factor.matrix();
        return 0;
    }
    double cost(const Eigen::VectorXd &p) const
    {
        Eigen::VectorXd r(x.size());
        (*this)(p, r);
        return r.allFinite() ? r.squaredNorm() : std::numeric_limits<double>::infinity();
    }
};

} // namespace

PowerLaw curveFitPowerLaw(const std::vector<double> &x, const std::vector<double> &y, FitTarget target,
                          double exponentSign, const CurveFitSettings &settings, std::string_view what)
{
    CalculatorResiduals residuals;
    residuals.x = asArray(x);
    residuals.y = asArray(y);
    residuals.target = target;
    residuals.sign = exponentSign;
    // Forward differences with MINPACK's step sqrt(max(epsfcn, machine epsilon))·|p|: leastsq's
    // epsfcn defaults to the machine epsilon, Eigen's 0 means the same.
    Eigen::NumericalDiff<CalculatorResiduals> withJacobian(residuals);
    Eigen::LevenbergMarquardt<Eigen::NumericalDiff<CalculatorResiduals>> solver(withJacobian);
    solver.parameters.ftol = settings.ftol;
    solver.parameters.xtol = settings.xtol;
    solver.parameters.gtol = 0; // leastsq's default
    solver.parameters.maxfev = settings.maxEvaluations;
    Eigen::VectorXd p = Eigen::Vector3d::Constant(settings.start);
    const auto status = solver.minimize(p);
    // curve_fit accepts MINPACK's info 1 to 4 (a tolerance met) and raises for anything else.
    const bool converged = status == Eigen::LevenbergMarquardtSpace::RelativeReductionTooSmall
                           || status == Eigen::LevenbergMarquardtSpace::RelativeErrorTooSmall
                           || status == Eigen::LevenbergMarquardtSpace::RelativeErrorAndReductionTooSmall
                           || status == Eigen::LevenbergMarquardtSpace::CosinusTooSmall;
    if (!converged || !p.allFinite())
        throw fitFailed(what);
    return {p[0], exponentSign * p[1], p[2]};
}

// Nonlinear least squares need a start near the optimum: for each offset o of a scan below min y,
// ln(y - o) is a straight line in ln C, solved in closed form; the best of those is polished by
// Levenberg–Marquardt.
PowerLaw optimalPowerLaw(const std::vector<double> &flops, const std::vector<double> &y, FitTarget target,
                         std::string_view what)
{
    CentredResiduals fit;
    fit.x = asArray(flops).log();
    fit.y = asArray(y);
    fit.onLog = target == FitTarget::Log;
    const double xMean = fit.x.mean();
    fit.x -= xMean;

    Eigen::VectorXd best = Eigen::Vector3d::Zero();
    double bestCost = std::numeric_limits<double>::infinity();
    const int perDecade = 20, decades = 3; // o = min y · (1 - 10^t), t in [-3, 3]: o = 0 at t = 0
    for (int k = -perDecade * decades; k <= perDecade * decades; ++k) {
        const double offset = fit.y.minCoeff() * (1 - std::pow(10.0, double(k) / perDecade));
        const Eigen::ArrayXd ly = (fit.y - offset).log(); // x is centred: the line's intercept is ln y's mean
        const double slope = (fit.x * (ly - ly.mean())).sum() / fit.x.square().sum();
        const Eigen::Vector3d start(ly.mean(), slope, offset);
        if (const double cost = fit.cost(start); cost < bestCost)
            best = start, bestCost = cost;
    }
    if (!std::isfinite(bestCost))
        throw fitFailed(what);
    Eigen::VectorXd p = best;
    Eigen::LevenbergMarquardt<CentredResiduals> solver(fit);
    solver.parameters.xtol = solver.parameters.ftol = std::numeric_limits<double>::epsilon();
    solver.minimize(p);
    if (!p.allFinite() || fit.cost(p) > bestCost)
        p = best; // a polish that went astray leaves the scanned start, which is still a fit
    return {std::exp(p[0] - p[1] * xMean), p[1], p[2]};
}

} // namespace frontier
