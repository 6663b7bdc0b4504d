#include "model/fit/fitobjective.h"

#include <LBFGS.h>

#include <algorithm>
#include <cmath>

#include <limits>
#include <numbers>
#include <stdexcept>

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
    data.minLogN = data.logN.minCoeff();
    data.maxLogN = data.logN.maxCoeff();
    data.minLogD = data.logD.minCoeff();
    data.maxLogD = data.logD.maxCoeff();
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

LawResiduals::LawResiduals(const LogObservations &data)
    : m_data(data), m_wN(data.size()), m_wD(data.size()), m_wE(data.size()), m_sum(data.size()),
      m_residual(data.size())
{
}

const Eigen::ArrayXd &LawResiduals::evaluate(const Eigen::VectorXd &x)
{
    const double a = x[IndexA], b = x[IndexB], e = x[IndexE], alpha = x[IndexAlpha], beta = x[IndexBeta];
    const Eigen::Index n = m_data.size();
    const double *logN = m_data.logN.data(), *logD = m_data.logD.data(), *logL = m_data.logL.data();
    double *wN = m_wN.data(), *wD = m_wD.data(), *wE = m_wE.data(), *sum = m_sum.data(),
           *residual = m_residual.data();

    // Measured from e, the E term is exp(0) = 1 at every point: two exp() per point instead of
    // three, and a sum >= 1 whose log is safe. That fails only when an N or D term would overflow
    // (grid starts begin at a = 25, line searches wander further); the largest exponent over all
    // points follows from the extremes of log N and log D, so one check per evaluation suffices.
    if (unshiftedIsSafe(x)) {
        // Separate loops, each with one libm call: a loop that holds many values across calls
        // spills them all (x86-64 saves no SSE register across a call). 30 % faster than one fused
        // loop, and than Eigen's array exp()/log(), whose SSE2 double versions are slower than
        // glibc's.
        for (Eigen::Index i = 0; i < n; ++i)
            wN[i] = std::exp(a - e - alpha * logN[i]);
        for (Eigen::Index i = 0; i < n; ++i)
            wD[i] = std::exp(b - e - beta * logD[i]);
        for (Eigen::Index i = 0; i < n; ++i) {
            wE[i] = 1;
            sum[i] = 1 + wN[i] + wD[i];
        }
        for (Eigen::Index i = 0; i < n; ++i)
            residual[i] = e + std::log(sum[i]) - logL[i];
        return m_residual;
    }
    // Far out: shift each point by its own largest term.
    for (Eigen::Index i = 0; i < n; ++i) {
        const double uN = a - alpha * logN[i], uD = b - beta * logD[i];
        const double top = std::max({uN, uD, e});
        wN[i] = std::exp(uN - top);
        wD[i] = std::exp(uD - top);
        wE[i] = std::exp(e - top);
        sum[i] = wN[i] + wD[i] + wE[i];
        residual[i] = top + std::log(sum[i]) - logL[i];
    }
    return m_residual;
}

bool LawResiduals::unshiftedIsSafe(const Eigen::VectorXd &x) const
{
    const double a = x[IndexA], b = x[IndexB], e = x[IndexE], alpha = x[IndexAlpha], beta = x[IndexBeta];
    const double reachN = a - e + std::max(-alpha * m_data.minLogN, -alpha * m_data.maxLogN);
    const double reachD = b - e + std::max(-beta * m_data.minLogD, -beta * m_data.maxLogD);
    static const double maxExponent = std::log(std::numeric_limits<double>::max() / 3);
    return std::max(reachN, reachD) < maxExponent;
}

void LawResiduals::backPropagate(const Eigen::ArrayXd &dObjective_dr, Eigen::VectorXd &grad) const
{
    // dr_i/d(a_c, b_c, e) are the softmax weights w/sum; alpha and beta pick up -logN_i, -logD_i.
    // Raw pointers in these loops: Eigen's checked operator[] makes a Debug build's grid fit 4× slower.
    const double *logN = m_data.logN.data(), *logD = m_data.logD.data(), *dr = dObjective_dr.data(),
                 *wN = m_wN.data(), *wD = m_wD.data(), *wE = m_wE.data(), *sum = m_sum.data();
    double gN = 0, gD = 0, gE = 0, gAlpha = 0, gBeta = 0;
    for (Eigen::Index i = 0; i < m_data.size(); ++i) {
        const double q = dr[i] / sum[i];
        gN += q * wN[i];
        gD += q * wD[i];
        gE += q * wE[i];
        gAlpha -= q * wN[i] * logN[i];
        gBeta -= q * wD[i] * logD[i];
    }
    grad[IndexA] = gN;
    grad[IndexB] = gD;
    grad[IndexE] = gE;
    grad[IndexAlpha] = gAlpha;
    grad[IndexBeta] = gBeta;
}

HuberSum::HuberSum(const LogObservations &data, double delta, SimdLevel level)
    : m_law(data), m_delta(delta), m_slope(data.size()),
      m_kernel(data.logN.data(), data.logD.data(), data.logL.data(), data.size(), level)
{
}

double HuberSum::operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad)
{
    if (m_kernel.level() != SimdLevel::Portable && m_law.unshiftedIsSafe(x)) {
        grad.resize(lawParamCount);
        return m_kernel(x.data(), m_delta, grad.data());
    }
    const Eigen::ArrayXd &residuals = m_law.evaluate(x);
    const double *r = residuals.data();
    double *slope = m_slope.data();
    double value = 0;
    for (Eigen::Index i = 0; i < residuals.size(); ++i) {
        // Huber'(r) = clamp(r, ±delta), and Huber(r) = c·(r - c/2) with c = Huber'(r) on both
        // branches (½r² inside, delta·(|r| - delta/2) outside).
        const double c = std::clamp(r[i], -m_delta, m_delta);
        value += c * (r[i] - 0.5 * c);
        slope[i] = c;
    }
    m_law.backPropagate(m_slope, grad);
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
    : m_law(data), m_delta(delta), m_logNormaliser(huberLogNormaliser(delta)), m_slope(data.size())
{
}

double HuberLikelihood::operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad)
{
    m_law.evaluate(x);
    return nll(x[IndexSigma], grad);
}

double HuberLikelihood::profiled(const Eigen::VectorXd &law, Eigen::VectorXd &grad, double *sigma)
{
    const double best = bestSigma(m_law.evaluate(law));
    if (sigma)
        *sigma = best;
    Eigen::VectorXd full(lawParamCount + 1);
    const double value = nll(best, full);
    grad = full.head(lawParamCount);
    return value;
}

// The NLL and its gradient (six entries) at the residuals of the last evaluate().
double HuberLikelihood::nll(double sigma, Eigen::VectorXd &grad)
{
    const Eigen::ArrayXd &residuals = m_law.residuals();
    const double *r = residuals.data();
    double *dr = m_slope.data();
    const double invScale = std::exp(-sigma);
    double huber = 0, slope = 0;
    for (Eigen::Index i = 0; i < residuals.size(); ++i) {
        const double z = r[i] * invScale;
        const double c = std::clamp(z, -m_delta, m_delta);
        huber += c * (z - 0.5 * c);
        slope += c * z;
        dr[i] = c * invScale;
    }
    m_law.backPropagate(m_slope, grad);
    const auto n = static_cast<double>(residuals.size());
    // d/dsigma: each z_i = r_i·exp(-sigma) contributes -Huber'(z_i)·z_i; the n·log s term gives n.
    grad[IndexSigma] = n - slope;
    return huber + n * (sigma + m_logNormaliser);
}

double HuberLikelihood::bestSigma(const Eigen::ArrayXd &residuals) const
{
    // g(sigma) = dNLL/dsigma = n - sum_i min(z_i², delta·|z_i|), z_i = r_i·exp(-sigma), rises
    // monotonically with sigma: bisection in a bracket, with Newton steps when they stay inside.
    const Eigen::ArrayXd r = residuals.abs();
    const auto n = static_cast<double>(r.size());
    const double delta = m_delta;
    auto slope = [&](double sigma, double *curvature) {
        double sum = 0, dsum = 0;
        const double invScale = std::exp(-sigma);
        for (const double ri : r) {
            const double z = ri * invScale;
            sum += z <= delta ? z * z : delta * z;
            dsum += z <= delta ? 2 * z * z : delta * z;
        }
        *curvature = dsum;
        return n - sum;
    };
    // Where every residual is in the linear tail, g = 0 at s = delta·mean|r|: start there.
    const double guess = std::log(std::max(delta * r.mean(), std::numeric_limits<double>::min()));
    double curvature = 0, lo = guess, hi = guess;
    for (int i = 0; i < 100 && slope(lo, &curvature) > 0; ++i)
        lo -= 1;
    for (int i = 0; i < 100 && slope(hi, &curvature) < 0; ++i)
        hi += 1;
    double sigma = guess;
    for (int i = 0; i < 100 && hi - lo > 1e-13 * std::max(1.0, std::abs(sigma)); ++i) {
        const double g = slope(sigma, &curvature);
        if (g == 0)
            break;
        (g > 0 ? hi : lo) = sigma;
        const double newton = curvature > 0 ? sigma - g / curvature : lo;
        sigma = newton > lo && newton < hi ? newton : (lo + hi) / 2;
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
    param.m = settings.memory;
    param.epsilon = settings.epsilon;
    param.epsilon_rel = 0;
    param.past = settings.past;
    param.delta = settings.delta;
    param.max_iterations = settings.maxIterations;
    param.max_linesearch = settings.maxLineSearch;
    // Debian's LBFGS++ 0.1.0 Armijo backtracking fails even on Rosenbrock; Nocedal–Wright's
    // strong-Wolfe search is the one that works in this snapshot.
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    LBFGSpp::LBFGSSolver<double, LBFGSpp::LineSearchNocedalWright> solver(param);

    LocalMinimum best;
    best.x = x0;
    best.value = std::numeric_limits<double>::infinity();
    auto tracked = [&](const Eigen::VectorXd &x, Eigen::VectorXd &grad) {
        const double value = objective(x, grad);
        // A NaN or infinity would send the line search's interpolation to NaN steps: stop instead.
        if (!std::isfinite(value) || !grad.allFinite())
            throw NonFinite{};
        if (value < best.value) {
            best.value = value;
            best.x = x;
        }
        return value;
    };

    clearUpperVectorState(); // the run's SSE code is ~25× slower otherwise (fitkernel.h)
    Eigen::VectorXd x = x0;
    double fx = 0;
    try {
        solver.minimize(tracked, x, fx);
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
