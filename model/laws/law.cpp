#include "model/laws/law.h"

#include "model/core/overloaded.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/units.h"

#include <cmath>

namespace frontier {

namespace {

std::string formatFlops(double flops)
{
    return formatNumber(flops, 3);
}

} // namespace

Law::Law(LawInfo info, ConstantSet constants, Form form)
    : m_info(std::move(info))
    , m_constants(std::move(constants))
    , m_form(std::move(form))
{
}

Law Law::withOverrides(const std::map<std::string, double> &overrides) const
{
    ConstantSet constants = m_constants.withOverrides(overrides);
    Form form = std::visit(
        Overloaded{
            [&](const KaplanLaw &) -> Form { return KaplanLaw::fromConstants(constants); },
            [&](const ParametricLaw &) -> Form { return ParametricLaw::fromConstants(constants); },
            [&](const PowerAllocationLaw &) -> Form { return PowerAllocationLaw::fromConstants(constants); },
            [&](const Hf2020Law &hf) -> Form { return Hf2020Law::fromConstants(constants, hf.runs, hf.spec, hf.procedure); },
        },
        m_form);
    LawInfo info = m_info;
    if (const auto *hf = std::get_if<Hf2020Law>(&form))
        info.validFlops.min = hf->minimumFlops();
    return Law(std::move(info), std::move(constants), std::move(form));
}

void Law::requireCapability(Capability capability) const
{
    if (can(capability))
        return;
    std::string answers;
    for (const auto c : m_info.capabilities)
        answers.append(answers.empty() ? "" : " ").append(capabilityName(c)); // (not " " + s: GCC 12 -Wrestrict)
    throw InputError(message("laws.no_capability", "law {law} has no {capability}; it answers: {answers}",
                             {{"law", m_info.id}, {"capability", capabilityName(capability)}, {"answers", answers}}));
}

void Law::requireInRange(double flops) const
{
    requirePositive(flops, "compute");
    const auto &range = m_info.validFlops;
    if (flops < range.min || (range.max > 0 && flops > range.max)) {
        std::vector<MessageArg> args{{"flops", formatFlops(flops)}, {"law", m_info.id}, {"min", formatFlops(range.min)},
                                     {"max", formatFlops(range.max)}, {"note", m_info.validRangeNote}};
        const bool note = !m_info.validRangeNote.empty();
        if (range.max > 0)
            throw InputError(
                note ? message("laws.outside_range_note",
                               "compute {flops} FLOPs is outside the valid range of {law} ({min} to {max} FLOPs): {note}",
                               std::move(args))
                     : message("laws.outside_range",
                               "compute {flops} FLOPs is outside the valid range of {law} ({min} to {max} FLOPs)",
                               std::move(args)));
        throw InputError(note ? message("laws.below_range_note",
                                        "compute {flops} FLOPs is outside the valid range of {law} ({min} to any FLOPs): {note}",
                                        std::move(args))
                              : message("laws.below_range",
                                        "compute {flops} FLOPs is outside the valid range of {law} ({min} to any FLOPs)",
                                        std::move(args)));
    }
}

double Law::loss(const LossQuery &q) const
{
    const bool n = q.params.has_value(), d = q.tokens.has_value(), s = q.steps.has_value(),
               c = q.flops.has_value();
    auto fail = [&]() -> double {
        std::string answers;
        for (const auto cap : m_info.capabilities)
            if (cap != Capability::Optimum && cap != Capability::CriticalBatch
                && cap != Capability::LearningCurves)
                answers.append(answers.empty() ? "" : " ").append(capabilityName(cap));
        throw InputError(message("laws.no_loss_formula", "law {law} has no loss formula for these inputs; it answers: {answers}",
                                 {{"law", m_info.id}, {"answers", answers}}));
    };
    if (c && !n && !d && !s) {
        if (!can(Capability::LossOfCompute))
            return fail();
        requireInRange(*q.flops);
        return std::visit(Overloaded{
                              [&](const KaplanLaw &k) { return k.lossOfCompute(*q.flops); },
                              [&](const ParametricLaw &p) { return *p.optimumForFlops(*q.flops).loss; },
                              [&](const Hf2020Law &h) { return h.lossOfCompute(*q.flops); },
                              [&](const auto &) { return fail(); },
                          },
                          m_form);
    }
    if (c)
        return fail();
    if (q.uniqueTokens) {
        const auto *p = std::get_if<ParametricLaw>(&m_form);
        if (!p || !p->repetition || !can(Capability::LossOfRepeatedData))
            throw InputError(message("laws.no_repetition_terms",
                                     "law {law} has no terms for repeated data: a unique-token cap needs a law "
                                     "with R_D_star and R_N_star, such as muennighoff2023",
                                     {{"law", m_info.id}}));
        if (!(n && d && !s))
            return fail();
        return p->loss(*q.params, *q.tokens, *q.uniqueTokens);
    }
    if (n && d && !s && can(Capability::LossOfParamsTokens)) {
        return std::visit(Overloaded{
                              [&](const KaplanLaw &k) { return k.lossOfParamsTokens(*q.params, *q.tokens); },
                              [&](const ParametricLaw &p) { return p.loss(*q.params, *q.tokens); },
                              [&](const auto &) { return fail(); },
                          },
                          m_form);
    }
    if (const auto *k = std::get_if<KaplanLaw>(&m_form)) {
        if (n && s && !d)
            return k->lossOfParamsSteps(*q.params, *q.steps);
        if (n && !d && !s)
            return k->lossOfParams(*q.params);
        if (d && !n && !s)
            return k->lossOfTokens(*q.tokens);
    }
    return fail();
}

Allocation Law::optimumForFlops(double flops) const
{
    requireCapability(Capability::Optimum);
    requireInRange(flops);
    return std::visit([&](const auto &form) { return form.optimumForFlops(flops); }, m_form);
}

Allocation Law::optimumForParams(double params) const
{
    requireCapability(Capability::Optimum);
    requirePositive(params, "parameters");
    const Allocation result =
        std::visit([&](const auto &form) { return form.optimumForParams(params); }, m_form);
    requireInRange(result.flops);
    return result;
}

Allocation Law::envelopeOptimum(double flops) const
{
    requireCapability(Capability::LossOfParamsTokens);
    return std::visit(Overloaded{
                          [&](const KaplanLaw &k) { return k.envelopeOptimum(flops); },
                          [&](const ParametricLaw &p) { return p.optimumForFlops(flops); },
                          [&](const auto &) -> Allocation {
                              throw InputError(message("laws.no_nd", "law {law} has no L(N,D)", {{"law", m_info.id}}));
                          },
                      },
                      m_form);
}

double Law::criticalBatchTokens(double loss) const
{
    requireCapability(Capability::CriticalBatch);
    return std::get<KaplanLaw>(m_form).criticalBatchTokens(loss);
}

std::vector<LearningCurve> Law::learningCurves(const std::vector<double> &sizes, double minFlops,
                                               double maxFlops, int pointsPerCurve) const
{
    requireCapability(Capability::LearningCurves);
    if (const auto *hf = std::get_if<Hf2020Law>(&m_form))
        return hf->learningCurves();
    requirePositive(minFlops, "lowest compute");
    requirePositive(maxFlops - minFlops, "compute span");
    if (pointsPerCurve < 2)
        throw InputError(message("laws.curve_too_few_points", "a learning curve needs at least two points, got {points}",
                                 {{"points", std::to_string(pointsPerCurve)}}));
    std::vector<LearningCurve> curves;
    curves.reserve(sizes.size());
    const double logStep = std::log(maxFlops / minFlops) / (pointsPerCurve - 1);
    std::vector<double> grid(static_cast<std::size_t>(pointsPerCurve)); // the same FLOPs for every size
    for (int i = 0; i < pointsPerCurve; ++i)
        grid[std::size_t(i)] = minFlops * std::exp(logStep * i);
    const auto *parametric = std::get_if<ParametricLaw>(&m_form);
    for (const double params : sizes) {
        LearningCurve curve;
        curve.params = requirePositive(params, "model size");
        curve.points.reserve(std::size_t(pointsPerCurve));
        if (parametric) {
            // Along a curve N is fixed and D = C/6N grows geometrically with the grid, so B/D^beta
            // shrinks geometrically too: two pows per curve instead of two per point (a frontier
            // drag recomputes forty curves on every mouse move).
            const ParametricLaw &p = *parametric;
            const double fixedPart = p.E + p.A / std::pow(params, p.alpha);
            double dataPart = p.B / std::pow(grid.front() / (units::kFlopsPerParamToken * params), p.beta);
            const double shrink = std::exp(-p.beta * logStep);
            for (const double flops : grid) {
                curve.points.push_back({flops, fixedPart + dataPart});
                dataPart *= shrink;
            }
        } else {
            for (const double flops : grid) {
                LossQuery query;
                query.params = params;
                query.tokens = flops / (units::kFlopsPerParamToken * params);
                curve.points.push_back({flops, loss(query)});
            }
        }
        curves.push_back(std::move(curve));
    }
    return curves;
}

} // namespace frontier
