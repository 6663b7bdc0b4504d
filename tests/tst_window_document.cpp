// The window's document (ui/document/plandocument.h): every setter is one undo step, a drag is one
// step however many moves it had, refused inputs keep the last plan, and the plan is the model's own
// for the inputs (checked against resolveSetup + makePlan called directly).

#include "testsupport.h"

#include "model/core/errors.h"
#include "ui/document/plandocument.h"

#include <QSignalSpy>

using namespace frontier;
using namespace frontier::ui;

namespace {

// The model's plan for `inputs`, without the document.
Plan modelPlan(const AppCatalogs &catalogs, const PlanInputs &inputs)
{
    const Law law = catalogs.law(inputs.lawId).withOverrides(inputs.overrides);
    const ResolvedSetup setup = resolveSetup(inputs.choices, catalogs.catalogs(), law);
    PlanRequest job;
    job.budgetAmount = inputs.budgetAmount;
    job.budgetUnit = inputs.budgetUnit;
    return makePlan(law, job, setup, catalogs.catalogs());
}

} // namespace

class TestWindowDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheDefaultPlan();
    void setterIsOneUndoStep();
    void unchangedValuePushesNothing();
    void dragIsOneUndoStep();
    void cancelledDragPutsInputsBack();
    void refusedInputKeepsTheLastPlan();
    void overridesArePlannedWith();
    void budgetDragWritesTheChosenUnit();

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
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, modelPlan(m_catalogs, doc.inputs()).allocation.params, 1e-15);
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
    doc.setBudget(-5, BudgetUnit::Usd);
    QVERIFY(doc.problem());
    QCOMPARE(doc.problem()->code, std::string("value.not_positive"));
    QVERIFY(doc.hasPlan());
    QCOMPARE(doc.plan().allocation.params, params); // the last plan that worked stays on show
    QCOMPARE(doc.inputs().budgetAmount, -5.0);       // and the user's typing is not lost
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
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, modelPlan(m_catalogs, expected).allocation.params, 1e-15);
    QVERIFY(doc.plan().allocation.params != modelPlan(m_catalogs, PlanInputs::defaults()).allocation.params);
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

QTEST_GUILESS_MAIN(TestWindowDocument)
#include "tst_window_document.moc"
