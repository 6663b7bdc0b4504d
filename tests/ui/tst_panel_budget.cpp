// The budget panel (ui/panels/budgetpanel.h): a typed amount is one undo step, switching unit keeps
// the plan, a fixed job takes N and D, and a bad value is refused on the spot without touching the
// document.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "ui/panels/budgetpanel.h"

#include <QLabel>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestBudgetPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void typedAmountIsOneUndoStep();
    void unitSwitchKeepsThePlan();
    void fixedJob();
    void targetLoss();
    void badValueIsRefused_data();
    void badValueIsRefused();
    void languageSwitchesLive();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestBudgetPanel::typedAmountIsOneUndoStep()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    BudgetPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    saveShot(&panel, QStringLiteral("budgetpanel"));
    auto *amount = panel.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    QVERIFY(amount);
    QCOMPARE(amount->text(), QStringLiteral("20k"));
    typeInto(amount, QStringLiteral("50k"));
    QCOMPARE(doc.inputs().budgetAmount, 50000.0);
    QCOMPARE(doc.inputs().budgetUnit, BudgetUnit::Usd);
    QCOMPARE(doc.undoStack()->count(), 1);
    FRONTIER_COMPARE_REL(*doc.plan().cost.costUsd, 50000.0, 1e-9); // a dollar budget buys itself
    doc.undoStack()->undo();
    QCOMPARE(amount->text(), QStringLiteral("20k")); // the panel follows the document back
}

void TestBudgetPanel::unitSwitchKeepsThePlan()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    BudgetPanel panel(&doc);
    auto *unit = panel.findChild<QComboBox *>(QStringLiteral("budgetUnitCombo"));
    QVERIFY(unit);
    QCOMPARE(unit->count(), 8);
    QCOMPARE(unit->itemText(1), QStringLiteral("GPU-hours"));
    const double gpuHours = doc.plan().cost.gpuHours, params = doc.plan().allocation.params;
    choose(unit, 1);
    QCOMPARE(doc.inputs().budgetUnit, BudgetUnit::GpuHours);
    FRONTIER_COMPARE_REL(doc.inputs().budgetAmount, gpuHours, 1e-12);
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, params, 1e-9); // the same run, said in GPU-hours
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestBudgetPanel::fixedJob()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    BudgetPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *mode = panel.findChild<QComboBox *>(QStringLiteral("budgetModeCombo"));
    auto *params = panel.findChild<QLineEdit *>(QStringLiteral("paramsEdit"));
    auto *tokens = panel.findChild<QLineEdit *>(QStringLiteral("tokensEdit"));
    QVERIFY(mode && params && tokens);
    QVERIFY(!params->isVisible());
    choose(mode, 1);
    QCOMPARE(doc.inputs().mode, PlanMode::FixedJob);
    QVERIFY(params->isVisible());
    // Chinchilla itself: 70 B parameters on 1.4 T tokens (Hoffmann et al. 2022, Table 1).
    typeInto(params, QStringLiteral("70B"));
    typeInto(tokens, QStringLiteral("1.4T"));
    QCOMPARE(doc.inputs().params, 70e9);
    QCOMPARE(doc.inputs().tokens, 1.4e12);
    QCOMPARE(doc.undoStack()->count(), 3); // the switch, then one step per field
    FRONTIER_COMPARE_REL(doc.plan().cost.flops, 6 * 70e9 * 1.4e12, 1e-9); // C = 6 N D
}

void TestBudgetPanel::targetLoss()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    BudgetPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *mode = panel.findChild<QComboBox *>(QStringLiteral("budgetModeCombo"));
    auto *target = panel.findChild<QLineEdit *>(QStringLiteral("targetLossEdit"));
    auto *error = panel.findChild<QLabel *>(QStringLiteral("targetLossEditError"));
    auto *amount = panel.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    QVERIFY(mode && target && error && amount);
    QCOMPARE(mode->count(), 3);
    QCOMPARE(mode->itemText(2), QStringLiteral("Target loss"));
    QVERIFY(!target->isVisible());
    const Allocation before = doc.plan().allocation;

    // Switching keeps the plan on show: the target starts as its loss, whose cheapest run it is.
    choose(mode, 2);
    QCOMPARE(doc.inputs().mode, PlanMode::TargetLoss);
    QVERIFY(target->isVisible() && !amount->isVisible());
    FRONTIER_COMPARE_REL(doc.inputs().targetLoss, *before.loss, 1e-12);
    FRONTIER_COMPARE_REL(doc.plan().allocation.flops, before.flops, 1e-9);
    QCOMPARE(doc.undoStack()->count(), 1);

    // A typed target is one undo step; the plan reaches it.
    typeInto(target, QStringLiteral("2.1"));
    QCOMPARE(doc.inputs().targetLoss, 2.1);
    FRONTIER_COMPARE_REL(*doc.plan().allocation.loss, 2.1, 1e-12);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().mode, PlanMode::Budget);
    QVERIFY(!target->isVisible() && amount->isVisible());
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(target->text(), QStringLiteral("2.1"));

    // At or below the law's irreducible loss (E = 1.6934 for the unrounded Chinchilla constants,
    // Hoffmann et al. 2022 TeX source): refused on the spot, in the model's words, nothing changed.
    const PlanInputs kept = doc.inputs();
    typeInto(target, QStringLiteral("1.6"));
    QVERIFY(redFrame(target));
    QVERIFY2(error->text().contains(QStringLiteral("irreducible loss 1.693")), qPrintable(error->text()));
    QVERIFY(doc.inputs() == kept);
    QCOMPARE(doc.undoStack()->count(), 2);
    saveShot(&panel, QStringLiteral("budgetpanel-target-below-floor"));
}

void TestBudgetPanel::badValueIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("negative") << "-5" << "must be positive";
    QTest::newRow("zero") << "0" << "must be positive";
    QTest::newRow("words") << "abc" << "not a number";
    QTest::newRow("a comma decimal is not one and a half") << "1,5" << "not a number";
}

void TestBudgetPanel::badValueIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    BudgetPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *amount = panel.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    auto *error = panel.findChild<QLabel *>(QStringLiteral("budgetEditError"));
    QVERIFY(amount && error);
    QVERIFY(!redFrame(amount) && !error->isVisible());
    const PlanInputs before = doc.inputs();
    typeInto(amount, text);
    QVERIFY(redFrame(amount));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(problem), qPrintable(error->text()));
    QCOMPARE(amount->text(), text); // the text stays for the user to fix
    QVERIFY(doc.inputs() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
    saveShot(&panel, QStringLiteral("budgetpanel-refused-") + QString::fromLatin1(QTest::currentDataTag()).left(5));
    typeInto(amount, QStringLiteral("30k")); // fixed: the frame goes, the value goes through
    QVERIFY(!redFrame(amount) && !error->isVisible());
    QCOMPARE(doc.inputs().budgetAmount, 30000.0);
}

void TestBudgetPanel::languageSwitchesLive()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    BudgetPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *mode = panel.findChild<QComboBox *>(QStringLiteral("budgetModeCombo"));
    auto *unit = panel.findChild<QComboBox *>(QStringLiteral("budgetUnitCombo"));
    QCOMPARE(mode->itemText(0), QStringLiteral("Budget"));
    FakeTranslator chinese({{{"frontier::ui::BudgetPanel", "Budget"}, QStringLiteral("预算")},
                            {{"frontier::ui::BudgetPanel", "US dollars"}, QStringLiteral("美元")}});
    QCoreApplication::installTranslator(&chinese);
    QTRY_COMPARE(mode->itemText(0), QStringLiteral("预算"));
    QCOMPARE(unit->itemText(0), QStringLiteral("美元"));
    QCOMPARE(unit->currentIndex(), 0); // retranslating changes no choice
    QCOMPARE(doc.undoStack()->count(), 0);
    QCoreApplication::removeTranslator(&chinese);
    QTRY_COMPARE(mode->itemText(0), QStringLiteral("Budget"));
}

QTEST_MAIN(TestBudgetPanel)
#include "tst_panel_budget.moc"
