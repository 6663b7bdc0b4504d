#pragma once
// A scaling law: who published it, its constants (each with a source), and the questions it answers.
// Law is an immutable value. Its science lives in one of four forms — Kaplan's family of power laws,
// the Chinchilla parametric L(N,D), a power-law allocation without loss (Approaches 1 and 2), or the
// Hugging Face 2020 frontier recomputed from measured curves — and Law dispatches to it. Overriding a
// constant gives a new Law; nothing is ever changed in place.

#include "model/core/constants.h"
#include "model/laws/hf2020law.h"
#include "model/laws/kaplan.h"
#include "model/laws/lawtypes.h"
#include "model/laws/parametric.h"
#include "model/laws/powerallocation.h"

#include <map>
#include <variant>

namespace frontier {

class Law
{
public:
    using Form = std::variant<KaplanLaw, ParametricLaw, PowerAllocationLaw, Hf2020Law>;

    Law(LawInfo info, ConstantSet constants, Form form);

    const LawInfo &info() const { return m_info; }
    const std::string &id() const { return m_info.id; }
    const ConstantSet &constants() const { return m_constants; }
    const Form &form() const { return m_form; }
    bool can(Capability capability) const { return m_info.capabilities.count(capability) > 0; }

    // A copy with the user's own values for some constants; unknown names throw InputError.
    Law withOverrides(const std::map<std::string, double> &overrides) const;

    // Picks the formula from the inputs given (see LossQuery); throws InputError if this law has no
    // formula for that combination, naming the ones it has.
    double loss(const LossQuery &query) const;

    // The law's compute-optimal run for a budget in FLOPs, and the budget at which a model of
    // `params` parameters is compute-optimal. Throws outside the law's valid range.
    Allocation optimumForFlops(double flops) const;
    Allocation optimumForParams(double params) const;

    // For laws with L(N, D): the minimum of L along C = 6ND (the envelope of the learning curves).
    Allocation envelopeOptimum(double flops) const;

    double criticalBatchTokens(double loss) const;

    // Loss against C = 6ND for each size, `pointsPerCurve` points log-spaced over [minFlops, maxFlops];
    // for hf2020 the measured runs (the arguments are ignored).
    std::vector<LearningCurve> learningCurves(const std::vector<double> &sizes, double minFlops,
                                              double maxFlops, int pointsPerCurve) const;

private:
    void requireCapability(Capability capability) const;
    void requireInRange(double flops) const;

    LawInfo m_info;
    ConstantSet m_constants;
    Form m_form;
};

} // namespace frontier
