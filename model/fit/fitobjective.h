#pragma once
// The objectives behind fit.h and one guarded L-BFGS run. A grid fit evaluates its objective about
// 300,000 times, so the logs of N, D and L are taken once, buffers are allocated once per objective
// (one objective per thread: they are not shareable), and two exp() and one log() per point are
// nearly all of an evaluation's cost.
//
// Parameter vector (log space, as Hoffmann et al. 2022 App. D.2): x = (a, b, e, alpha, beta[, sigma])
// with A = exp(a), B = exp(b), E = exp(e) and, for the likelihood, scale s = exp(sigma).
//
// The objectives see centred coordinates: log N and log D measured from their means, and
// a_c = a - alpha·mean(log N), b_c = b - beta·mean(log D). It is an exact linear change of
// variables (same objective, same minima; each grid start maps to one point), but L-BFGS is not
// invariant to it: in raw coordinates a and alpha are tied together by log N ≈ 20. On Epoch's data
// centring lets 651 instead of 451 of the 4,500 grid starts reach the best minimum (in ~155
// instead of ~185 evaluations each) and halves the failed starts (639 instead of 1,280), for
// about the same total work.

#include "model/fit/fit.h"
#include "model/fit/fitkernel.h"

#include <Eigen/Core>

#include <functional>

namespace frontier::fitting {

enum ParamIndex : Eigen::Index { IndexA, IndexB, IndexE, IndexAlpha, IndexBeta, IndexSigma };
inline constexpr Eigen::Index lawParamCount = 5;

struct LogObservations
{
    Eigen::ArrayXd logN, logD; // centred: log N_i - meanLogN, log D_i - meanLogD
    Eigen::ArrayXd logL;
    double meanLogN = 0, meanLogD = 0;
    double minLogN = 0, maxLogN = 0, minLogD = 0, maxLogD = 0; // of the centred logs
    Eigen::Index size() const { return logL.size(); }
};
LogObservations logObservations(const std::vector<Observation> &observations);

// (a, b, ...) <-> (a_c, b_c, ...); entries after beta pass through.
Eigen::VectorXd toCentred(const Eigen::VectorXd &x, const LogObservations &data);
Eigen::VectorXd fromCentred(const Eigen::VectorXd &x, const LogObservations &data);

// The law's side of every objective: r_i = LSE(a_c - alpha·logN_i, b_c - beta·logD_i, e) - log L_i
// (log of predicted over observed loss) for one x, and the chain rule back from d(objective)/dr_i.
class LawResiduals
{
public:
    explicit LawResiduals(const LogObservations &data);

    const Eigen::ArrayXd &evaluate(const Eigen::VectorXd &x);
    // grad[0..4] = sum_i dObjective_dr[i] · dr_i/dx, for the x of the last evaluate().
    void backPropagate(const Eigen::ArrayXd &dObjective_dr, Eigen::VectorXd &grad) const;
    const Eigen::ArrayXd &residuals() const { return m_residual; }
    // Whether no term of the LSE, measured from e, can overflow at x: the fast path's condition.
    bool unshiftedIsSafe(const Eigen::VectorXd &x) const;

private:
    const LogObservations &m_data;
    Eigen::ArrayXd m_wN, m_wD, m_wE, m_sum, m_residual; // the LSE's terms, relative to its shift
};

// Hoffmann's objective: sum_i Huber_delta(r_i). The sum, not the mean (see fitsearch.cpp).
// Evaluated by the vectorised kernel of `level` (fitkernel.h) where no exp() can overflow, by the
// portable loops of LawResiduals elsewhere and at SimdLevel::Portable.
class HuberSum
{
public:
    HuberSum(const LogObservations &data, double delta, SimdLevel level = fastestSimdLevel());
    double operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad);

private:
    LawResiduals m_law;
    double m_delta;
    Eigen::ArrayXd m_slope;
    HuberKernel m_kernel;
};

// Besiroglu et al. 2024: -log likelihood of the residuals under the density
// exp(-Huber_delta(r/s)) / (s·Z), s = exp(sigma).
class HuberLikelihood
{
public:
    HuberLikelihood(const LogObservations &data, double delta);
    // x has six entries, the last being sigma.
    double operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad);
    // The profile NLL over the five law parameters, with sigma at its optimum for them (stored in
    // *sigma): the NLL is convex in sigma, and by the envelope theorem the profile's gradient is
    // the NLL's own there.
    double profiled(const Eigen::VectorXd &law, Eigen::VectorXd &grad, double *sigma = nullptr);

private:
    double bestSigma(const Eigen::ArrayXd &residuals) const;
    double nll(double sigma, Eigen::VectorXd &grad);

    LawResiduals m_law;
    double m_delta;
    double m_logNormaliser;
    Eigen::ArrayXd m_slope;
};

// log Z, Z = ∫ exp(-Huber_delta(z)) dz = √(2π)(1 - 2Q(delta)) + 2·exp(-delta²/2)/delta.
double huberLogNormaliser(double delta);

enum class LocalStatus {
    Converged,        // a convergence test of L-BFGS passed (gradient, objective change or iterations)
    LineSearchFailed, // the line search threw (no descent direction, or out of precision)
    Diverged          // the objective stopped being finite
};

struct LocalMinimum
{
    Eigen::VectorXd x;
    double value = 0;
    LocalStatus status = LocalStatus::Converged;
};

struct LocalSettings
{
    double epsilon = 0; // gradient-norm test
    int past = 1;       // objective-change test over this many iterations ...
    double delta = 0;   // ... relative to max(|f|, 1)
    int maxIterations = 0;
    int maxLineSearch = 20;
    int memory = 10; // correction pairs kept by L-BFGS
};

using Objective = std::function<double(const Eigen::VectorXd &x, Eigen::VectorXd &grad)>;

// One L-BFGS run from x0 that never throws. The result is the best finite point the run evaluated,
// not where the solver stopped: this snapshot of LBFGS++ can end a line search on a worse point.
LocalMinimum minimiseLocally(const Objective &objective, const Eigen::VectorXd &x0,
                             const LocalSettings &settings);

} // namespace frontier::fitting
