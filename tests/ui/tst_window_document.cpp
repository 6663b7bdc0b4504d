// The window's document (ui/document/plandocument.h): every setter is one undo step, a drag is one
// step however many moves it had, refused inputs keep the last plan, and the plan is the model's own
// for the inputs (checked against resolveSetup + makePlan called directly).

#include "testsupport.h"

#include "model/core/errors.h"
#include "model/hardware/usercatalog.h"
#include "ui/document/plandocument.h"

#include "data/resourcedata.h"
#include "data/sessionfile.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <random>

using namespace frontier;
using namespace frontier::ui;


class TestWindowDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheDefaultPlan();
    void setterIsOneUndoStep();
    void browsingLawsIsOneNamedStep();
    void unchangedValuePushesNothing();
    void dragIsOneUndoStep();
    void cancelledDragPutsInputsBack();
    void refusedInputKeepsTheLastPlan();
    void overridesArePlannedWith();
    void budgetDragWritesTheChosenUnit();
    void implausibleInputIsNotTaken();
    void savedSessionsOpenAgain();
    void loadIsAFreshStart();
    void loadRefusesFilesThatDoNotMerge();
    void comparisonIsMadeOncePerChange();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestWindowDocument::startsOnTheDefaultPlan()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QVERIFY(doc.hasPlan());
    QVERIFY(!doc.problem());
    QCOMPARE(doc.law().id(), std::string("hoffmann2022"));
    QCOMPARE(doc.setup().gpuId, std::string("h100-sxm"));
    QCOMPARE(doc.setup().cost.gpus, 8);
    // $20,000 buys exactly $20,000 of GPU time at the cheapest H100 SXM offer.
    FRONTIER_COMPARE_REL(*doc.plan().cost.costUsd, 20000.0, 1e-9);
    double cheapest = HUGE_VAL;
    for (const auto &offer : m_catalogs.catalogs().offers.offersFor("h100-sxm"))
        if (offer.onDemandUsdPerGpuHour)
            cheapest = std::min(cheapest, *offer.onDemandUsdPerGpuHour);
    QCOMPARE(*doc.setup().cost.usdPerGpuHour, cheapest);
    QCOMPARE(*doc.setup().cost.gridGramsPerKwh, 475.0); // CodeCarbon world average
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, test::modelPlan(m_catalogs, doc.inputs()).allocation.params, 1e-15);
}

// Browsing the law list with the arrow keys chose each law passed: one undo step per law, each named
// by its id. Now one step, named as the list names the law.
void TestWindowDocument::browsingLawsIsOneNamedStep()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    doc.setLaw("kaplan2020");
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Choose law Kaplan et al. 2020 (OpenAI)"));
    doc.setLaw("epoch2024");
    doc.setLaw("hoffmann2022-rounded");
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Choose law Chinchilla, Approach 3 (printed Eq. 10 constants)"));
    QCOMPARE(doc.inputs().lawId, std::string("hoffmann2022-rounded"));
    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().lawId, std::string("hoffmann2022")); // the law before the browsing
    doc.undoStack()->redo();
    QCOMPARE(doc.inputs().lawId, std::string("hoffmann2022-rounded"));
    // Another kind of step ends the run of choices.
    doc.setBudget(30000, BudgetUnit::Usd);
    doc.setLaw("kaplan2020");
    QCOMPARE(doc.undoStack()->count(), 3);
    // Browsing back to where it started leaves no step.
    doc.setLaw("epoch2024");
    doc.setLaw("hoffmann2022-rounded");
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.inputs().lawId, std::string("hoffmann2022-rounded"));
}

void TestWindowDocument::setterIsOneUndoStep()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QSignalSpy changed(&doc, &PlanDocument::changed);
    const double before = doc.plan().allocation.params;
    doc.setBudget(50000, BudgetUnit::Usd);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    FRONTIER_COMPARE_REL(*doc.plan().cost.costUsd, 50000.0, 1e-9);
    QVERIFY(doc.plan().allocation.params > before);
    doc.undoStack()->undo();
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, before, 1e-15);
    QCOMPARE(doc.inputs().budgetAmount, 20000.0);
    doc.undoStack()->redo();
    QCOMPARE(doc.inputs().budgetAmount, 50000.0);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set budget"));
}

void TestWindowDocument::unchangedValuePushesNothing()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    doc.setBudget(20000, BudgetUnit::Usd);
    doc.setChoices(doc.inputs().choices);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestWindowDocument::dragIsOneUndoStep()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QSignalSpy changed(&doc, &PlanDocument::changed);
    PlanInputs moving = doc.inputs();
    for (int i = 1; i <= 20; ++i) {
        moving.budgetAmount = 20000 * (1 + 0.1 * i);
        doc.preview(moving);
        FRONTIER_COMPARE_REL(*doc.plan().cost.costUsd, moving.budgetAmount, 1e-9); // live, every move
    }
    QCOMPARE(changed.count(), 20);
    QCOMPARE(doc.undoStack()->count(), 0);
    doc.commitPreview(QStringLiteral("Drag budget"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.inputs().budgetAmount, 60000.0);
    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().budgetAmount, 20000.0); // back to before the drag, not one move back
}

void TestWindowDocument::cancelledDragPutsInputsBack()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    PlanInputs moving = doc.inputs();
    moving.budgetAmount = 99999;
    doc.preview(moving);
    doc.cancelPreview();
    QCOMPARE(doc.inputs().budgetAmount, 20000.0);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.previewing());
}

void TestWindowDocument::refusedInputKeepsTheLastPlan()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    const double params = doc.plan().allocation.params;
    // 1e40 FLOPs cost dollars within the limits but are more compute than the cost model plans.
    doc.setBudget(1e40 * 20000 / doc.plan().allocation.flops, BudgetUnit::Usd);
    QVERIFY(doc.problem());
    QCOMPARE(doc.problem()->code, std::string("cost.budget_buys_absurd"));
    QVERIFY(doc.hasPlan());
    QCOMPARE(doc.plan().allocation.params, params); // the last plan that worked stays on show
    QVERIFY(doc.inputs().budgetAmount > 1e15);     // and the user's typing is not lost
    doc.undoStack()->undo();
    QVERIFY(!doc.problem());
    // An AMP level on a GPU outside the 2020 study is refused by name, the plan kept.
    PlanChoices amp = doc.inputs().choices;
    amp.amp = Amp::O2;
    doc.setChoices(amp);
    QVERIFY(doc.problem());
    QCOMPARE(doc.problem()->code, std::string("plan.amp_not_2020_gpu"));
    QCOMPARE(doc.problem()->arg("gpu"), std::string("h100-sxm"));
    QCOMPARE(doc.plan().allocation.params, params);
}

void TestWindowDocument::overridesArePlannedWith()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    doc.setOverrides({{"A", 600.0}});
    QCOMPARE(doc.law().constants()["A"], 600.0);
    QCOMPARE(doc.publishedLaw().constants()["A"], 406.4010175194737); // the published value stays known
    PlanInputs expected = PlanInputs::defaults();
    expected.overrides = {{"A", 600.0}};
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, test::modelPlan(m_catalogs, expected).allocation.params, 1e-15);
    QVERIFY(doc.plan().allocation.params != test::modelPlan(m_catalogs, PlanInputs::defaults()).allocation.params);
    doc.resetOverrides();
    QVERIFY(doc.inputs().overrides.empty());
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Reset law constants"));
    // Choosing another law drops constants that belong to the old one.
    doc.setOverrides({{"A", 600.0}});
    doc.setLaw("epoch2024");
    QVERIFY(doc.inputs().overrides.empty());
    QCOMPARE(doc.law().id(), std::string("epoch2024"));
}

void TestWindowDocument::budgetDragWritesTheChosenUnit()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    // The plan's own FLOPs read back as its dollars; twice the FLOPs as twice the dollars (linear cost).
    const double flops = doc.plan().allocation.flops;
    FRONTIER_COMPARE_REL(doc.budgetAmountForFlops(flops), 20000.0, 1e-9);
    FRONTIER_COMPARE_REL(doc.budgetAmountForFlops(2 * flops), 40000.0, 1e-9);
    doc.setBudget(100, BudgetUnit::GpuHours);
    FRONTIER_COMPARE_REL(doc.budgetAmountForFlops(doc.plan().allocation.flops * 3), 300.0, 1e-9);
}

// Inputs no session could hold are not taken at all (a session the window saves must open again):
// the inputs and the undo stack stay as they were, and refused() says why.
void TestWindowDocument::implausibleInputIsNotTaken()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QSignalSpy refused(&doc, &PlanDocument::refused);
    PlanChoices pue = doc.inputs().choices;
    pue.pue = 50; // limits.json: PUE 1 to 5
    doc.setChoices(pue);
    QCOMPARE(refused.count(), 1);
    const auto reason = refused.at(0).at(0).value<Message>();
    QCOMPARE(reason.code, std::string("input.out_of_range"));
    QCOMPARE(reason.text(), std::string("PUE: 50 is outside the plausible range 1 to 5"));
    QVERIFY(!doc.inputs().choices.pue);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.problem());
    // A negative dollar budget, whichever way it comes: a session refuses it, so the document does.
    doc.setBudget(-5, BudgetUnit::Usd);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(doc.inputs().budgetAmount, 20000.0);
    // A drag that wanders out of range stops where it last was in range.
    PlanInputs drag = doc.inputs();
    drag.budgetUnit = BudgetUnit::Flops;
    drag.budgetAmount = 1e22;
    doc.preview(drag);
    drag.budgetAmount = 1e40; // limits.json: at most 1e36 FLOPs
    doc.preview(drag);
    QCOMPARE(doc.inputs().budgetAmount, 1e22);
    doc.commitPreview(QStringLiteral("drag"));
    QCOMPARE(doc.undoStack()->count(), 1);
}

// Whatever the document holds can be saved and opened again: a few hundred random inputs, each
// number drawn from a tenth of its plausible range's low end to ten times its high end (so about
// half lie outside), handed to the document, saved through the session writer and read back.
void TestWindowDocument::savedSessionsOpenAgain()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("session.json"));
    const InputLimits &limits = data::inputLimits();
    std::mt19937 random(20261206);
    const auto draw = [&](const char *key) {
        const InputRange &r = limits.range(key);
        const double low = std::max(r.min, 1e-3) / 10, high = r.max * 10;
        std::uniform_real_distribution<double> exponent(std::log10(low), std::log10(high));
        return std::pow(10.0, exponent(random));
    };
    const auto sometimes = [&](const char *key) {
        return std::bernoulli_distribution(0.5)(random) ? std::optional(draw(key)) : std::nullopt;
    };
    const BudgetUnit units[] = {BudgetUnit::Usd,   BudgetUnit::GpuHours, BudgetUnit::Hours, BudgetUnit::Days,
                                BudgetUnit::Flops, BudgetUnit::PfDays,   BudgetUnit::Kwh,   BudgetUnit::KgCo2};
    int taken = 0, refusedCount = 0;
    for (int run = 0; run < 300; ++run) {
        PlanDocument doc(m_catalogs, PlanInputs::defaults());
        PlanInputs in = doc.inputs();
        in.budgetUnit = units[std::uniform_int_distribution<int>(0, 7)(random)];
        in.budgetAmount = draw(in.budgetUnit == BudgetUnit::PfDays ? "pfdays" : "flops");
        in.mode = std::bernoulli_distribution(0.3)(random) ? PlanMode::FixedJob : PlanMode::Budget;
        in.params = draw("params");
        in.tokens = draw("tokens");
        PlanChoices &c = in.choices;
        c.gpus = int(std::min(draw("gpus"), 2e9));
        c.usdPerGpuHour = sometimes("usd_per_gpu_hour");
        c.overhead = sometimes("overhead");
        c.gpuWatts = sometimes("gpu_watts");
        c.pue = sometimes("pue");
        c.gridGramsPerKwh = sometimes("grid_g_per_kwh");
        c.usdPerKwh = sometimes("usd_per_kwh");
        c.microBatch = sometimes("micro_batch");
        c.sequenceLength = sometimes("seq_len");
        c.mfu = std::uniform_real_distribution<double>(0.05, 1.3)(random);
        c.powerFraction = std::uniform_real_distribution<double>(0.05, 1.3)(random);
        doc.setInputs(in, QStringLiteral("random"));
        (doc.inputs() == in ? taken : refusedCount) += 1;
        Session session;
        session.inputs = doc.inputs();
        writeSessionFile(path, session);
        try {
            const LoadedSession loaded = readSessionFile(path, m_catalogs.sessionCatalogs());
            QVERIFY(loaded.session.inputs == session.inputs);
        } catch (const SessionFileError &e) {
            QFAIL(qPrintable(QStringLiteral("run %1: the window kept what it cannot open: %2").arg(run).arg(e.text())));
        }
    }
    // Both ways were taken: the check is neither everything nor nothing.
    QVERIFY2(taken > 10 && refusedCount > 10, qPrintable(QStringLiteral("%1 taken, %2 refused").arg(taken).arg(refusedCount)));
}

// Opening a file replaces the inputs and the charts' view in one step that cannot be undone into.
void TestWindowDocument::loadIsAFreshStart()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    doc.setBudget(30000, BudgetUnit::Usd);
    doc.setLaw("kaplan2020");
    QCOMPARE(doc.undoStack()->count(), 2);
    Session session;
    session.inputs.budgetAmount = 5000;
    session.chart.lossX = Log10Range{18, 24};
    QSignalSpy changed(&doc, &PlanDocument::changed), viewChanged(&doc, &PlanDocument::chartViewChanged);
    doc.load(session, {});
    QVERIFY(doc.inputs() == session.inputs);
    QCOMPARE(doc.law().id(), std::string("hoffmann2022"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.undoStack()->isClean());
    QVERIFY(doc.chartView() == session.chart);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(viewChanged.size(), 1);
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, test::modelPlan(m_catalogs, session.inputs).allocation.params, 1e-15);
}

// Catalogue files whose offers need a chip none of them has: refused, and nothing changes.
void TestWindowDocument::loadRefusesFilesThatDoNotMerge()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument doc(catalogs, PlanInputs::defaults());
    doc.setBudget(30000, BudgetUnit::Usd);
    const PlanInputs before = doc.inputs();
    std::vector<UserCatalog> files{parseUserCatalog(
        R"({"offers":[{"id":"x","provider":"X","accelerator":"no-such-chip","usd_per_gpu_hour_on_demand":2,
            "price_date":"2026-01-01","source":"s"}]})",
        "x.json")};
    Session session;
    session.inputs.budgetAmount = 5000;
    QVERIFY_THROWS_EXCEPTION(InputError, doc.load(session, std::move(files)));
    QVERIFY(doc.inputs() == before);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(catalogs.userCatalogs().empty());
}

// The dock, its charts and the exports share one comparison per change.
void TestWindowDocument::comparisonIsMadeOncePerChange()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    const auto first = doc.comparison();
    QVERIFY(first->comparison.rows.size() > 100);
    QCOMPARE(first->pareto.size(), first->comparison.rows.size());
    QCOMPARE(doc.comparison().get(), first.get());
    doc.setBudget(40000, BudgetUnit::Usd);
    const auto second = doc.comparison();
    QVERIFY(second.get() != first.get());
    QCOMPARE(second->comparison.rows.size(), first->comparison.rows.size());
    // The same plan as compareOffers makes on its own: twice the money, the same offer, twice the cost.
    const Comparison alone = compareOffers(doc.law(), planRequest(doc.inputs()), doc.inputs().choices, m_catalogs.catalogs());
    QCOMPARE(alone.rows.size(), second->comparison.rows.size());
    for (std::size_t i = 0; i < alone.rows.size(); ++i) {
        QCOMPARE(alone.rows[i].setup.offerId, second->comparison.rows[i].setup.offerId);
        QCOMPARE(alone.rows[i].plan.allocation.params, second->comparison.rows[i].plan.allocation.params);
    }
}

QTEST_GUILESS_MAIN(TestWindowDocument)
#include "tst_window_document.moc"
