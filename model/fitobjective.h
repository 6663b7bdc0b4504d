#pragma once
// The objectives behind fit.h, vectorised over the observations with Eigen arrays, and one guarded
// L-BFGS run. A grid fit evaluates its objective about a million times, so the logs of N, D and L
// are taken once and every evaluation writes into buffers allocated once per objective (one
// objective per worker thread: they are not shareable).
//
// Parameter vector (log space, as Hoffmann et al. 2022 App. D.2): x = (a, b, e, alpha, beta[, sigma])
// with A = exp(a), B = exp(b), E = exp(e) and, for the likelihood, scale s = exp(sigma).
//
// The objectives work in centred coordinates: log N and log D are measured from their means, and
// a, b become a_c = a - alpha·mean(log N), b_c = b - beta·mean(log D). That is an exact linear change
// of variables (same objective, same minima, and every grid start maps to one point), but in raw
// coordinates a and alpha move together along log N ≈ 20: the Hessian's condition number is then in
// the hundreds of thousands and L-BFGS needs ~140 iterations per start instead of ~40.

#include "model/fit.h"

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
    Eigen::Index size() const { return logL.size(); }
};
LogObservations logObservations(const std::vector<Observation> &observations);

// (a, b, ...) <-> (a_c, b_c, ...); entries after beta pass through.
Eigen::VectorXd toCentred(const Eigen::VectorXd &x, const LogObservations &data);
Eigen::VectorXd fromCentred(const Eigen::VectorXd &x, const LogObservations &data);

// r_i = LSE(a_c - alpha·(log N_i - mean), b_c - beta·(log D_i - mean), e) - log L_i, i.e. log(predicted) - log(observed),
// and the chain rule from d/dLSE_i back to (a, b, e, alpha, beta).
class LogResiduals
{
public:
    explicit LogResiduals(const LogObservations &data);

    const Eigen::ArrayXd &evaluate(const Eigen::VectorXd &x);
    // grad[0..4] = sum_i dObjective/dLSE_i · dLSE_i/dx (centred x), for the x of the last evaluate().
    void backPropagate(const Eigen::ArrayXd &dObjectiveDLse, Eigen::VectorXd &grad);

private:
    const LogObservations &m_data;
    Eigen::ArrayXd m_wN, m_wD, m_wE, m_max, m_sum, m_residual, m_scaled;
};

// Hoffmann's objective: sum_i Huber_delta(r_i). The sum, not the mean (see fit.cpp).
class HuberSum
{
public:
    HuberSum(const LogObservations &data, double delta);
    double operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad);

private:
    LogResiduals m_residuals;
    double m_delta;
    Eigen::ArrayXd m_clamped;
};

// Besiroglu et al. 2024: -log likelihood of the residuals under the density exp(-Huber_delta(r/s))/(s·Z).
// x has six entries, the last being sigma = log s.
class HuberLikelihood
{
public:
    HuberLikelihood(const LogObservations &data, double delta);
    double operator()(const Eigen::VectorXd &x, Eigen::VectorXd &grad);
    // For fixed law parameters the NLL is convex in sigma; its minimiser (Newton on the derivative).
    double bestSigma(const Eigen::VectorXd &x, double sigmaGuess);

private:
    LogResiduals m_residuals;
    double m_delta;
    double m_logNormaliser;
    Eigen::ArrayXd m_z, m_clamped;
};

// log Z, Z = ∫ exp(-Huber_delta(z)) dz = √(2π)(1 - 2Q(delta)) + 2·exp(-delta²/2)/delta.
double huberLogNormaliser(double delta);

enum class LocalStatus {
    Converged,        // a convergence test of L-BFGS passed (gradient, objective change or iterations)
    LineSearchFailed, // the line search threw (no descent direction, or out of precision)
    Diverged          // no finite objective value anywhere
};

struct LocalMinimum
{
    Eigen::VectorXd x;
    double value = 0;
    LocalStatus status = LocalStatus::Converged;
    int evaluations = 0;
    int iterations = 0;
};

struct LocalSettings
{
    double epsilon = 0;    // absolute gradient-norm test
    double epsilonRel = 0; // gradient norm relative to |x|
    int past = 0;          // objective-change test over this many iterations ...
    double delta = 0;      // ... of relative size delta (absolute below |f| = 1)
    int maxIterations = 0;
    int maxLineSearch = 0;
    int memory = 6;        // correction pairs kept by L-BFGS
};

using Objective = std::function<double(const Eigen::VectorXd &x, Eigen::VectorXd &grad)>;

// One L-BFGS run from x0 that never throws. The result is the best finite point the run evaluated,
// not where the solver stopped: this snapshot of LBFGS++ can end a line search on a worse point.
LocalMinimum minimiseLocally(const Objective &objective, const Eigen::VectorXd &x0,
                             const LocalSettings &settings);

} // namespace frontier::fitting
