#include "model/fitobjective.h"

#include <LBFGS.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <cstdlib>

namespace frontier::fitting {

LogObservations logObservations(const std::vector<Observation> &observations)
{
    const auto n = static_cast<Eigen::Index>(observations.size());
    LogObservations data{Eigen::ArrayXd(n), Eigen::ArrayXd(n), Eigen::ArrayXd(n)};
    for (Eigen::Index i = 0; i < n; ++i) {
        const Observation &o = observations[static_cast<std::size_t>(i)];
        data.logN[i] = std::log(o.params);
        data.logD[i] = std::log(o.tokens);
        data.logL[i] = std::log(o.loss);
    }
    data.meanLogN = data.logN.mean();
    data.meanLogD = data.logD.mean();
    data.logN -= data.meanLogN;
    data.logD -= data.meanLogD;
    return data;
}

Eigen::VectorXd toCentred(const Eigen::VectorXd &x, const LogObservations &data)
{
    Eigen::VectorXd centred = x;
    centred[IndexA] -= x[IndexAlpha] * data.meanLogN;
    centred[IndexB] -= x[IndexBeta] * data.meanLogD;
    return centred;
}

Eigen::VectorXd fromCentred(const Eigen::VectorXd &x, const LogObservations &data)
{
    Eigen::VectorXd raw = x;
    raw[IndexA] += x[IndexAlpha] * data.meanLogN;
    raw[IndexB] += x[IndexBeta] * data.meanLogD;
    return raw;
}

LogResiduals::LogResiduals(const LogObservations &data)
    : m_data(data), m_wN(data.size()), m_wD(data.size()), m_wE(data.size()), m_max(data.size()),
      m_sum(data.size()), m_residual(data.size()), m_scaled(data.size())
{
}

const Eigen::ArrayXd &LogResiduals::evaluate(const Eigen::VectorXd &x)
{
    const double e = x[IndexE];
    m_wN = x[IndexA] - x[IndexAlpha] * m_data.logN;
    m_wD = x[IndexB] - x[IndexBeta] * m_data.logD;
    // exp() and log() are nearly all of a grid fit's time. Measured from e, the E term is exp(0) = 1
    // for every point: two exponentials per point instead of three, and the sum is >= 1, so its log
    // is safe. Only when an N or D term would overflow (grid starts reach a = 25 with alpha = 0,
    // line searches wander further) shift each point by its own largest term instead.
    const double overflowMargin = std::log(std::numeric_limits<double>::max()) - 1;
    if (std::max(m_wN.maxCoeff(), m_wD.maxCoeff()) - e < overflowMargin) {
        m_wN = (m_wN - e).exp();
        m_wD = (m_wD - e).exp();
        m_wE.setOnes();
        m_sum = 1 + m_wN + m_wD;
        m_residual = e + m_sum.log() - m_data.logL;
    } else {
        m_max = m_wN.max(m_wD).max(e);
        m_wN = (m_wN - m_max).exp();
        m_wD = (m_wD - m_max).exp();
        m_wE = (e - m_max).exp();
        m_sum = m_wN + m_wD + m_wE;
        m_residual = m_max + m_sum.log() - m_data.logL;
    }
    return m_residual;
}

void LogResiduals::backPropagate(const Eigen::ArrayXd &dObjectiveDLse, Eigen::VectorXd &grad)
{
    // dLSE/d(a, b, e) are the softmax weights w/sum; alpha and beta pick up -log N, -log D.
    m_scaled = dObjectiveDLse / m_sum;
    const double gN = (m_scaled * m_wN).sum();
    const double gD = (m_scaled * m_wD).sum();
    grad[IndexA] = gN;
    grad[IndexB] = gD;
    grad[IndexE] = (m_scaled * m_wE).sum();
    grad[IndexAlpha] = -(m_scaled * m_wN * m_data.logN).sum();
    grad[IndexBeta] = -(m_scaled * m_wD * m_data.logD).sum();
}

HuberSum::HuberSum(const LogObservations &data, double delta)
    : m_residuals(data), m_delta(delta), m_clamped(data.size())
{
}

double HuberSum::operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad)
{
    const Eigen::ArrayXd &r = m_residuals.evaluate(x);
    // Huber'(r) = clamp(r, ±delta), and Huber(r) = c·(r - c/2) with c = Huber'(r) on both branches:
    // no per-element branch, so Eigen vectorises it.
    m_clamped = r.max(-m_delta).min(m_delta);
    const double value = (m_clamped * (r - 0.5 * m_clamped)).sum();
    m_residuals.backPropagate(m_clamped, grad);
    return value;
}

double huberLogNormaliser(double delta)
{
    const double twoQ = std::erfc(delta / std::numbers::sqrt2); // 2·Q(delta), upper normal tail
    const double core = std::sqrt(2 * std::numbers::pi) * (1 - twoQ);
    const double tails = 2 * std::exp(-delta * delta / 2) / delta;
    return std::log(core + tails);
}

HuberLikelihood::HuberLikelihood(const LogObservations &data, double delta)
    : m_residuals(data), m_delta(delta), m_logNormaliser(huberLogNormaliser(delta)), m_z(data.size()),
      m_clamped(data.size())
{
}

double HuberLikelihood::operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad)
{
    const double sigma = x[IndexSigma];
    const double invScale = std::exp(-sigma);
    const auto n = static_cast<double>(m_z.size());
    m_z = m_residuals.evaluate(x) * invScale;
    m_clamped = m_z.max(-m_delta).min(m_delta);
    const double value = (m_clamped * (m_z - 0.5 * m_clamped)).sum() + n * (sigma + m_logNormaliser);
    // d/dsigma: each z_i = r_i·exp(-sigma) contributes -Huber'(z_i)·z_i; the log s term gives n.
    grad[IndexSigma] = n - (m_clamped * m_z).sum();
    m_residuals.backPropagate(m_clamped * invScale, grad);
    return value;
}

double HuberLikelihood::bestSigma(const Eigen::VectorXd &x, double sigmaGuess)
{
    // g(sigma) = dNLL/dsigma = n - sum_i min(z_i², delta·|z_i|) rises monotonically with sigma, so
    // safeguarded Newton inside a bracket finds its root.
    const Eigen::ArrayXd r = m_residuals.evaluate(x);
    const auto n = static_cast<double>(r.size());
    auto slope = [&](double sigma, double *curvature) {
        const Eigen::ArrayXd z = (r * std::exp(-sigma)).abs();
        const Eigen::ArrayXd inside = (z <= m_delta).cast<double>();
        const Eigen::ArrayXd term = inside * z.square() + (1 - inside) * m_delta * z;
        *curvature = (inside * 2 * z.square() + (1 - inside) * m_delta * z).sum();
        return n - term.sum();
    };
    double curvature = 0;
    double lo = sigmaGuess, hi = sigmaGuess;
    // Widen the bracket in steps of e (about 2.7×) in scale; residuals can never all be zero in
    // floating point, but guard the search anyway.
    for (int i = 0; i < 200 && slope(lo, &curvature) > 0; ++i)
        lo -= 1;
    for (int i = 0; i < 200 && slope(hi, &curvature) < 0; ++i)
        hi += 1;
    double sigma = (lo + hi) / 2;
    for (int i = 0; i < 100 && hi - lo > 1e-12 * std::max(1.0, std::abs(sigma)); ++i) {
        const double g = slope(sigma, &curvature);
        (g > 0 ? hi : lo) = sigma;
        const double newton = curvature > 0 ? sigma - g / curvature : sigma;
        sigma = (newton > lo && newton < hi) ? newton : (lo + hi) / 2;
        if (g == 0)
            break;
    }
    return sigma;
}

namespace {

// Thrown from inside an evaluation to stop a run whose objective is no longer finite.
struct NonFinite
{
};

} // namespace

LocalMinimum minimiseLocally(const Objective &objective, const Eigen::VectorXd &x0,
                             const LocalSettings &settings)
{
    LBFGSpp::LBFGSParam<double> param;
    param.epsilon = settings.epsilon;
    param.epsilon_rel = settings.epsilonRel;
    param.past = settings.past;
    param.delta = settings.delta;
    param.max_iterations = settings.maxIterations;
    param.max_linesearch = settings.maxLineSearch;
    param.m = settings.memory;
    if (getenv("G_WOLFE")) param.wolfe = atof(getenv("G_WOLFE"));
    if (getenv("G_FTOL")) param.ftol = atof(getenv("G_FTOL"));
    // Debian's LBFGS++ 0.1.0 Armijo backtracking fails even on Rosenbrock; Nocedal–Wright's
    // strong-Wolfe search is the one that works in this snapshot.
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    LBFGSpp::LBFGSSolver<double, LBFGSpp::LineSearchNocedalWright> solver(param);

    LocalMinimum best;
    best.x = x0;
    best.value = std::numeric_limits<double>::infinity();
    auto tracked = [&](const Eigen::VectorXd &x, Eigen::VectorXd &grad) {
        const double value = objective(x, grad);
        ++best.evaluations;
        // A NaN or infinity would send the line search's interpolation to NaN steps: stop instead.
        if (!std::isfinite(value) || !grad.allFinite())
            throw NonFinite{};
        if (value < best.value) {
            best.value = value;
            best.x = x;
        }
        return value;
    };

    Eigen::VectorXd x = x0;
    double fx = 0;
    try {
        best.iterations = solver.minimize(tracked, x, fx);
        best.status = LocalStatus::Converged;
    } catch (const NonFinite &) {
        best.status = LocalStatus::Diverged;
    } catch (const std::exception &) { // std::logic_error / std::runtime_error from the line search
        best.status = LocalStatus::LineSearchFailed;
    }
    if (!std::isfinite(best.value))
        best.status = LocalStatus::Diverged;
    return best;
}

} // namespace frontier::fitting
