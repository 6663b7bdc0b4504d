#include "model/inference/inferenceaware.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/units.h"
#include "model/laws/datarange.h"

#include <boost/math/tools/minima.hpp>
#include <boost/math/tools/toms748_solve.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace frontier {

namespace {

// "Unlimited data" for a law without a closed form: far past any corpus, and small enough that a
// data term like B/D^beta or D_c/D is below any digit of a loss.
constexpr double kUnlimitedTokens = 1e80;
// The search starts this far (relative) above N_min, where D(N) is finite (~1e35 tokens for
// Chinchilla's constants) yet far past any lifetime's optimum.
constexpr double kAboveFewest = 1e-6;
// The compute-optimal size bounds the answer from above (serving only pushes it smaller); the range
// reaches past it for laws whose frontier and L(N, D) were fitted apart (Kaplan et al. 2020).
constexpr double kPastReference = 16;
constexpr std::uintmax_t kMaxIterations = 200;
constexpr double kLnTolerance = 1e-13;

std::string lossText(double loss)
{
    return formatNumber(loss, 4);
}

const ParametricLaw *parametricForm(const Law &law)
{
    return std::get_if<ParametricLaw>(&law.form());
}

double lossOf(const Law &law, double params, double tokens)
{
    LossQuery query;
    query.params = params;
    query.tokens = tokens;
    return law.loss(query);
}

// The root in ln x of a loss that falls with x, bracketed by [lnLo, lnHi]; NaN when the ends do not
// bracket it.
template<typename Gap>
double rootInLog(Gap gap, double lnLo, double lnHi)
{
    const double gapLo = gap(lnLo), gapHi = gap(lnHi);
    if (!(gapLo >= 0) || !(gapHi <= 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (gapLo == 0)
        return std::exp(lnLo);
    if (gapHi == 0)
        return std::exp(lnHi);
    std::uintmax_t iterations = kMaxIterations;
    try {
        const auto [a, b] = boost::math::tools::toms748_solve(
            gap, lnLo, lnHi, gapLo, gapHi, [](double x, double y) { return std::abs(x - y) <= kLnTolerance; },
            iterations);
        return std::exp(0.5 * (a + b));
    } catch (const std::domain_error &) {
        return std::numeric_limits<double>::quiet_NaN();
    }
}

void requireLossOfParamsTokens(const Law &law)
{
    if (!law.can(Capability::LossOfParamsTokens))
        throw InputError(message("inference.no_loss_of_params_tokens",
                                 "law {law} has no loss L(N, D) of size and tokens: it cannot trade one for the other",
                                 {{"law", law.id()}}));
}

LifetimeModel lifetimeModel(double params, double tokens, double loss, double inferenceTokens)
{
    LifetimeModel m;
    m.params = params;
    m.tokens = tokens;
    m.loss = loss;
    m.trainFlops = units::kFlopsPerParamToken * params * tokens;
    m.inferenceFlops = kInferenceFlopsPerParamToken * params * inferenceTokens;
    return m;
}

} // namespace

double tokensToReachLoss(const Law &law, double params, double loss)
{
    requirePositive(params, "parameters");
    requireFinite(loss, "loss");
    requireLossOfParamsTokens(law);
    const auto tooSmall = [&] {
        return InputError(message("inference.params_too_small",
                                  "{params} parameters do not reach a loss of {loss} under law {law} on any amount of data",
                                  {{"params", formatNumber(params, 4)}, {"loss", lossText(loss)}, {"law", law.id()}}));
    };
    if (const ParametricLaw *p = parametricForm(law)) {
        // E + A/N^alpha + B/D^beta = loss, solved for D.
        const double dataTerm = loss - p->E - p->A / std::pow(params, p->alpha);
        if (!(dataTerm > 0))
            throw tooSmall();
        return std::pow(p->B / dataTerm, 1 / p->beta);
    }
    const auto gap = [&](double lnTokens) { return lossOf(law, params, std::exp(lnTokens)) - loss; };
    const double tokens = rootInLog(gap, 0, std::log(kUnlimitedTokens));
    if (!std::isfinite(tokens))
        throw tooSmall();
    return tokens;
}

double fewestParamsForLoss(const Law &law, double loss)
{
    requireFinite(loss, "loss");
    requireLossOfParamsTokens(law);
    const auto belowFloor = [&] {
        return InputError(message("inference.loss_below_floor",
                                  "a loss of {loss} is at or below what any model reaches under law {law}: aim higher",
                                  {{"loss", lossText(loss)}, {"law", law.id()}}));
    };
    if (const ParametricLaw *p = parametricForm(law)) {
        if (!(loss > p->E))
            throw belowFloor();
        return std::pow(p->A / (loss - p->E), 1 / p->alpha);
    }
    const auto gap = [&](double lnParams) { return lossOf(law, std::exp(lnParams), kUnlimitedTokens) - loss; };
    const double params = rootInLog(gap, 0, std::log(kUnlimitedTokens));
    if (!std::isfinite(params))
        throw belowFloor();
    return params;
}

InferenceAwareResult inferenceAwareOptimum(const Law &law, const Allocation &reference, double inferenceTokens,
                                           const LifetimeRates &rates)
{
    requireLossOfParamsTokens(law);
    requireNonNegative(inferenceTokens, "tokens");
    requirePositive(rates.perTrainingFlop, "price per GPU-hour");
    requireNonNegative(rates.perInferenceFlop, "price per GPU-hour");
    requirePositive(reference.params, "parameters");
    requirePositive(reference.tokens, "tokens");
    if (!reference.loss)
        throw InputError(message("inference.no_loss",
                                 "law {law} predicts no loss for the reference run: there is no quality to match",
                                 {{"law", law.id()}}));
    const double loss = *reference.loss;
    const double fewest = fewestParamsForLoss(law, loss);

    // ln of the lifetime cost; the log keeps the numbers of a 1e9..1e13 parameter range near 1..60.
    // Serving is linear in N for either serving price (2 FLOPs per token, or a decode cost per
    // parameter-token), so the objective keeps the form N·(training·D(N) + serving) that Sardana et al.
    // minimise; the tests check the answer against a log grid and golden sections for both prices.
    const double servingPerParam = kInferenceFlopsPerParamToken * rates.perInferenceFlop * inferenceTokens;
    const auto lnCost = [&](double lnParams) {
        const double params = std::exp(lnParams);
        const double training = units::kFlopsPerParamToken * rates.perTrainingFlop * tokensToReachLoss(law, params, loss);
        return lnParams + std::log(training + servingPerParam);
    };
    const double lnLo = std::log(fewest) + kAboveFewest;
    const double lnHi = std::max(std::log(reference.params * kPastReference), lnLo + 1);
    std::uintmax_t iterations = kMaxIterations;
    const auto [lnParams, lnMinimum] = boost::math::tools::brent_find_minima(
        lnCost, lnLo, lnHi, std::numeric_limits<double>::digits / 2, iterations);
    if (!std::isfinite(lnMinimum) || lnParams > lnHi - 1e-3)
        throw InputError(message("inference.no_answer",
                                 "law {law} gives no least lifetime cost for a loss of {loss}: check its constants",
                                 {{"law", law.id()}, {"loss", lossText(loss)}}));

    InferenceAwareResult result;
    result.inferenceTokens = inferenceTokens;
    result.rates = rates;
    const double params = std::exp(lnParams);
    result.optimum = lifetimeModel(params, tokensToReachLoss(law, params, loss), loss, inferenceTokens);
    result.reference = lifetimeModel(reference.params, reference.tokens, loss, inferenceTokens);
    return result;
}

std::vector<InferenceAwareResult> inferenceAwareCurve(const Law &law, const Allocation &reference, double minTokens,
                                                      double maxTokens, int points, const LifetimeRates &rates)
{
    requirePositive(minTokens, "tokens");
    requirePositive(maxTokens, "tokens");
    std::vector<InferenceAwareResult> curve;
    if (points < 2 || !(maxTokens > minTokens))
        return curve;
    curve.reserve(static_cast<std::size_t>(points));
    const double lnMin = std::log(minTokens), step = (std::log(maxTokens) - lnMin) / (points - 1);
    for (int i = 0; i < points; ++i)
        curve.push_back(inferenceAwareOptimum(law, reference, std::exp(lnMin + step * i), rates));
    return curve;
}

std::vector<Message> extrapolationWarnings(const Law &law, const LifetimeModel &model)
{
    Allocation run;
    run.flops = model.trainFlops;
    run.params = model.params;
    run.tokens = model.tokens;
    return dataRangeWarnings(law.info(), run);
}

} // namespace frontier
