// Muennighoff et al. 2023's data-constrained law against the figures the authors print
// (tests/reference/muennighoff2023/printed_figures.json): its constants, the losses of the two
// models of their Figure 1 (right), their optimal allocation for that budget, Appendix A's worked
// example of effective data; then the optimum under a cap against an independent grid, the plan's
// epoch warnings, and the refusal of a cap by a law without repetition terms.
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/core/units.h"
#include "model/laws/repeatedoptimum.h"
#include "model/plan/plan.h"
#include "model/plan/planner.h"
#include "model/plan/planrepetition.h"
#include "data/resourcedata.h"

#include <cmath>

using namespace frontier;

namespace {

const Law &law(const char *id) { return data::lawCatalog().law(id); }
const Law &muennighoff() { return law("muennighoff2023"); }
nlohmann::json printed() { return test::referenceJson("muennighoff2023/printed_figures.json"); }

double lossOf(const Law &l, double params, double tokens, std::optional<double> unique)
{
    LossQuery q;
    q.params = params;
    q.tokens = tokens;
    q.uniqueTokens = unique;
    return l.loss(q);
}

PlanRequest capped(double flops, double unique)
{
    PlanRequest r;
    r.budgetAmount = flops;
    r.budgetUnit = BudgetUnit::Flops;
    r.uniqueTokens = unique;
    return r;
}

// A plan on 8 H100s (the setup is beside the point: the allocation is what is tested).
Plan planOf(const Law &l, const PlanRequest &request)
{
    PlanChoices choices;
    choices.gpu = "h100-sxm";
    choices.gpus = 8;
    return makePlan(l, request, resolveSetup(choices, data::catalogs(), l), data::catalogs());
}

} // namespace

class TestRepetition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantsAreThePrintedOnes();
    void figure1RightLosses_data();
    void figure1RightLosses();
    void effectiveDataWorkedExample_data();
    void effectiveDataWorkedExample();
    void uniqueParamsAreTheRoundedShareOfUniqueTokens();
    void optimalAllocationOfTheReadme();
    void optimumBeatsAnIndependentGrid_data();
    void optimumBeatsAnIndependentGrid();
    void capThatDoesNotBindPlansLikeThePlainLaw();
    void withoutCapItIsThePlainParametricLaw();
    void floorIsTheLimitOfCompute();
    void epochWarnings_data();
    void epochWarnings();
    void capRefusedByLawWithoutRepetitionTerms();
    void targetLossUnderCap();
};

void TestRepetition::constantsAreThePrintedOnes()
{
    const auto logs = printed()["constants_log_form"];
    const ConstantSet &c = muennighoff().constants();
    // The JSON holds exp(a), exp(b), exp(e) to the last digit of a double: 1e-14 relative.
    FRONTIER_COMPARE_REL(c["E"], std::exp(logs["e"].get<double>()), 1e-14);
    FRONTIER_COMPARE_REL(c["A"], std::exp(logs["a"].get<double>()), 1e-14);
    FRONTIER_COMPARE_REL(c["B"], std::exp(logs["b"].get<double>()), 1e-14);
    QCOMPARE(c["alpha"], logs["alpha"].get<double>());
    QCOMPARE(c["beta"], logs["beta"].get<double>());
    QCOMPARE(c["R_D_star"], logs["R_D_star"].get<double>());
    QCOMPARE(c["R_N_star"], logs["R_N_star"].get<double>());
    // ...and they round to the law of Appendix A (to the digits printed there).
    const auto rounded = printed()["constants_rounded"];
    // Half of the last digit printed: 1.87, 521, 1488, 0.35, 0.35, 15.4, 5.3.
    for (const auto &[name, half] : {std::pair{"E", 0.005}, std::pair{"A", 0.5}, std::pair{"B", 0.5},
                                     std::pair{"alpha", 0.005}, std::pair{"beta", 0.005},
                                     std::pair{"R_D_star", 0.05}, std::pair{"R_N_star", 0.05}})
        QVERIFY2(std::abs(c[name] - rounded[name].get<double>()) <= half, name);
    QVERIFY(muennighoff().can(Capability::LossOfRepeatedData));
    QVERIFY(!law("hoffmann2022").can(Capability::LossOfRepeatedData));
}

void TestRepetition::figure1RightLosses_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("tokens");
    QTest::addColumn<double>("unique");
    QTest::addColumn<double>("loss");
    const auto figures = printed(); // kept: a loop over a part of a temporary would dangle
    for (const auto &row : figures["figure1_right_losses"]["rows"])
        QTest::addRow("datablations README, Figure 1 right: N %g, D %g, U %g", row["params"].get<double>(),
                      row["tokens"].get<double>(), row["unique_tokens"].get<double>())
            << row["params"].get<double>() << row["tokens"].get<double>() << row["unique_tokens"].get<double>()
            << row["loss"].get<double>();
}

void TestRepetition::figure1RightLosses()
{
    QFETCH(double, params);
    QFETCH(double, tokens);
    QFETCH(double, unique);
    QFETCH(double, loss);
    // The authors' own code printed these to 17 digits; the same arithmetic in double: 1e-13.
    FRONTIER_COMPARE_REL(lossOf(muennighoff(), params, tokens, unique), loss, 1e-13);
}

void TestRepetition::effectiveDataWorkedExample_data()
{
    QTest::addColumn<double>("repetitions");
    QTest::addColumn<double>("effective");
    const auto figures = printed();
    for (const auto &row : figures["effective_data_example"]["rows"])
        QTest::addRow("Appendix A, R*_D = 3, U = 1, R_D = %g", row["repetitions"].get<double>())
            << row["repetitions"].get<double>() << row["effective"].get<double>();
}

void TestRepetition::effectiveDataWorkedExample()
{
    QFETCH(double, repetitions);
    QFETCH(double, effective);
    const auto example = printed()["effective_data_example"];
    // Printed to two decimals, cut rather than rounded: the formula gives 3.2092 and 3.99999999999999
    // (the paper's 3.99 is 4.00 rounded). Within one unit of the last digit printed.
    const double got = effectiveCount(example["unique"].get<double>(), repetitions, example["R_D_star"].get<double>());
    QVERIFY2(got >= effective - 0.005 && got <= effective + 0.01, qPrintable(QString::number(got)));
    QCOMPARE(effectiveCount(7, 0, 15.4), 7.0); // one pass loses nothing
}

void TestRepetition::uniqueParamsAreTheRoundedShareOfUniqueTokens()
{
    // Appendix A: U_N = 0.051 U_D with the fitted constants (alpha = beta makes it a fixed share).
    const auto &p = std::get<ParametricLaw>(muennighoff().form());
    const double share = printed()["constants_rounded"]["U_N_per_U_D"].get<double>();
    for (const double unique : {1e8, 25e9, 1e12})
        QVERIFY2(std::abs(p.optimalParamsForTokens(unique) / unique - share) <= 0.0005, qPrintable(QString::number(unique)));
}

void TestRepetition::optimalAllocationOfTheReadme()
{
    const auto figure = printed()["optimal_allocation"];
    const double flops = units::trainingFlops(figure["budget_of"]["params"].get<double>(),
                                              figure["budget_of"]["tokens"].get<double>());
    const double unique = figure["unique_tokens"].get<double>();
    const RepeatedOptimum best = repeatedOptimumForFlops(muennighoff(), flops, unique);
    // The README's grid (500 steps of at most 0.4 %) printed to two digits: 1 % on tokens and
    // epochs, 1.5 % on parameters ("6.8B" rounds 6.79e9).
    FRONTIER_COMPARE_REL(best.allocation.tokens, figure["tokens"].get<double>(), 0.01);
    FRONTIER_COMPARE_REL(best.run.epochs, figure["epochs"].get<double>(), 0.01);
    FRONTIER_COMPARE_REL(best.allocation.params, figure["params"].get<double>(), 0.015);
    FRONTIER_COMPARE_REL(best.allocation.flops, flops, 1e-15);
    // The model the README marks better, and the optimum better still.
    const double better = printed()["figure1_right_losses"]["rows"][0]["loss"].get<double>();
    QVERIFY(*best.allocation.loss < better);
    QVERIFY(best.lossLost() > 0);
    QVERIFY(best.run.effectiveTokens < best.allocation.tokens);
}

void TestRepetition::optimumBeatsAnIndependentGrid_data()
{
    QTest::addColumn<double>("flops");
    QTest::addColumn<double>("unique");
    QTest::newRow("Figure 1 right budget, 25B unique") << 9.26e21 << 25e9;
    QTest::newRow("1e21 FLOPs, 1B unique (about 90 epochs)") << 1e21 << 1e9;
    QTest::newRow("1e24 FLOPs, 100B unique") << 1e24 << 1e11;
    QTest::newRow("1e18 FLOPs, 100M unique") << 1e18 << 1e8;
}

void TestRepetition::optimumBeatsAnIndependentGrid()
{
    QFETCH(double, flops);
    QFETCH(double, unique);
    const auto &p = std::get<ParametricLaw>(muennighoff().form());
    const RepeatedOptimum best = repeatedOptimumForFlops(muennighoff(), flops, unique);
    // An independent solver: 20,000 points of ln N over eight decades around the unlimited optimum.
    const double nOpt = muennighoff().optimumForFlops(flops).params;
    double gridBest = INFINITY, gridParams = 0;
    for (int i = 0; i <= 20000; ++i) {
        const double params = nOpt * std::pow(10.0, -6 + 7.0 * i / 20000);
        const double l = p.loss(params, flops / 6 / params, unique);
        if (l < gridBest)
            gridBest = l, gridParams = params;
    }
    QVERIFY2(*best.allocation.loss <= gridBest + 1e-12,
             qPrintable(QStringLiteral("brent %1, grid %2").arg(*best.allocation.loss, 0, 'g', 17).arg(gridBest, 0, 'g', 17)));
    // Grid step 0.08 % in N; the valley is flat, so allow ten steps.
    FRONTIER_COMPARE_REL(best.allocation.params, gridParams, 0.01);
}

void TestRepetition::capThatDoesNotBindPlansLikeThePlainLaw()
{
    const Law &l = muennighoff();
    const Allocation plain = l.optimumForFlops(1e22);
    for (const double unique : {plain.tokens, 10 * plain.tokens}) {
        const RepeatedOptimum best = repeatedOptimumForFlops(l, 1e22, unique);
        QCOMPARE(best.allocation.params, plain.params);
        QCOMPARE(best.allocation.tokens, plain.tokens);
        QCOMPARE(*best.allocation.loss, *plain.loss);
        QCOMPARE(best.lossLost(), 0.0);
        QCOMPARE(best.run.epochs, 1.0);
        const Plan withCap = planOf(l, capped(1e22, unique));
        PlanRequest noCap = capped(1e22, 1);
        noCap.uniqueTokens.reset();
        const Plan without = planOf(l, noCap);
        QCOMPARE(withCap.allocation.params, without.allocation.params);
        QCOMPARE(*withCap.allocation.loss, *without.allocation.loss);
        QVERIFY(withCap.repetition && !without.repetition);
        for (const Message &m : withCap.warnings)
            QVERIFY2(m.code.rfind("plan.repeat", 0) != 0, m.code.c_str()); // one epoch: nothing to say
    }
}

void TestRepetition::withoutCapItIsThePlainParametricLaw()
{
    // Without U it is E + A/N^alpha + B/D^beta with the C4 constants, computed here by hand.
    const ConstantSet &c = muennighoff().constants();
    const double n = 1e9, d = 2e10;
    const double byHand = c["E"] + c["A"] / std::pow(n, c["alpha"]) + c["B"] / std::pow(d, c["beta"]);
    FRONTIER_COMPARE_REL(lossOf(muennighoff(), n, d, std::nullopt), byHand, 1e-14);
    // A run that repeats loses to the same run on new data; the more epochs, the more.
    const double oneEpoch = lossOf(muennighoff(), n, d, d);
    FRONTIER_COMPARE_REL(oneEpoch, byHand, 1e-14); // N = 1e9 is below U_N for 2e10 tokens: nothing decays
    QVERIFY(lossOf(muennighoff(), n, d, d / 4) > oneEpoch);
    QVERIFY(lossOf(muennighoff(), n, d, d / 40) > lossOf(muennighoff(), n, d, d / 4));
}

void TestRepetition::floorIsTheLimitOfCompute()
{
    const double unique = 1e9;
    const double floor = repeatedFloorLoss(muennighoff(), unique);
    double previous = INFINITY;
    for (const double flops : {1e19, 1e21, 1e23, 1e25}) {
        const RepeatedOptimum best = repeatedOptimumForFlops(muennighoff(), flops, unique);
        QVERIFY(*best.allocation.loss <= previous + 1e-12); // more compute never hurts
        QVERIFY(*best.allocation.loss >= floor);
        previous = *best.allocation.loss;
    }
    QVERIFY2(previous - floor < 1e-3, qPrintable(QString::number(previous - floor))); // 1e25 FLOPs on 1B tokens: at the floor
}

void TestRepetition::epochWarnings_data()
{
    QTest::addColumn<double>("epochs");
    QTest::addColumn<QString>("code");
    // Thresholds as resources/laws/muennighoff2023.json states the paper's findings: 4, 16, 40 epochs.
    QTest::newRow("2 epochs: nearly as good as new") << 2.0 << "plan.repeat_nearly_new";
    QTest::newRow("4 epochs: still nearly as good") << 4.0 << "plan.repeat_nearly_new";
    QTest::newRow("9 epochs: returns fade") << 9.0 << "plan.repeat_fading";
    QTest::newRow("25 epochs: sharply diminishing") << 25.0 << "plan.repeat_diminishing";
    QTest::newRow("60 epochs: near zero") << 60.0 << "plan.repeat_near_zero";
}

void TestRepetition::epochWarnings()
{
    QFETCH(double, epochs);
    QFETCH(QString, code);
    const CappedRun run = cappedJob(muennighoff(), 1e9, 2e11, 2e11 / epochs);
    FRONTIER_COMPARE_REL(run.repetition.run.epochs, epochs, 1e-14);
    const std::vector<Message> warnings = repetitionWarnings(muennighoff(), run.repetition);
    QCOMPARE(warnings.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(warnings.front().code), code);
    QVERIFY(!warnings.front().arg("source").empty());
    QVERIFY(run.repetition.lossLost > 0);
}

void TestRepetition::capRefusedByLawWithoutRepetitionTerms()
{
    for (const char *id : {"hoffmann2022", "epoch2024", "kaplan2020"}) {
        try {
            planOf(law(id), capped(1e22, 1e10));
            QFAIL(id);
        } catch (const InputError &e) {
            QCOMPARE(e.message().code, std::string("laws.no_repetition_terms"));
            QCOMPARE(e.message().arg("law"), std::string(id));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, lossOf(law(id), 1e9, 2e10, 1e9));
    }
}

void TestRepetition::targetLossUnderCap()
{
    const Law &l = muennighoff();
    const double unique = 25e9;
    // The loss the README's optimum reaches: the capped target plan finds that budget again.
    const double flops = 9.26e21;
    const RepeatedOptimum best = repeatedOptimumForFlops(l, flops, unique);
    PlanRequest r;
    r.targetLoss = *best.allocation.loss;
    r.uniqueTokens = unique;
    const Plan plan = planOf(l, r);
    FRONTIER_COMPARE_REL(plan.allocation.flops, flops, 1e-6);
    QVERIFY(plan.repetition && plan.repetition->run.epochs > 4);
    // At or below what 25B unique tokens give at any compute: refused, saying so.
    r.targetLoss = repeatedFloorLoss(l, unique) - 0.01;
    try {
        planOf(l, r);
        QFAIL("a target below the floor was planned");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("plan.target_below_cap_floor"));
    }
}

QTEST_GUILESS_MAIN(TestRepetition)
#include "tst_repetition.moc"
