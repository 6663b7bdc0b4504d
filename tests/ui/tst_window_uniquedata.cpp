// The Unique data group of the window (ui/panels/uniquedatapanel.h, ui/charts/epochschart.h): a cap
// typed on Muennighoff et al. 2023's law is one undo step, the readouts show the plan's epochs, the
// worth of its tokens and parameters and the loss lost, the paper's finding on those epochs shows,
// the chart's lowest point is the plan, a law without repetition terms says so, and the Tab chain
// reaches the field.
#include "testsupport.h"
#include "paneltestsupport.h"

#include "data/resourcedata.h"
#include "ui/charts/epochschart.h"
#include "ui/document/plandocument.h"
#include "ui/panels/uniquedatapanel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QPushButton>
#include <QScrollArea>

#include <cmath>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

namespace {

// The budget of the datablations README's example (6 x 8.67e9 x 178e9 FLOPs) on the data law.
PlanInputs dataLawBudget()
{
    PlanInputs inputs = PlanInputs::defaults();
    inputs.lawId = "muennighoff2023";
    inputs.budgetUnit = BudgetUnit::Flops;
    inputs.budgetAmount = 6 * 8.67e9 * 178e9;
    return inputs;
}

QLabel *label(QWidget *w, const char *name) { return w->findChild<QLabel *>(QLatin1String(name)); }

} // namespace

class TestWindowUniqueData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateWindowTest(); }
    void typedCapIsOneUndoStep();
    void chartsLowestPointIsThePlan();
    void lawWithoutRepetitionTermsSaysSo();
    void windowHasTheGroupInTheTabChain();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestWindowUniqueData::typedCapIsOneUndoStep()
{
    PlanDocument doc(m_catalogs, dataLawBudget());
    UniqueDataPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("uniqueTokensEdit"));
    QVERIFY(edit);
    QVERIFY(!edit->accessibleName().isEmpty());
    QVERIFY(label(&panel, "uniqueDataHint")->isVisible()); // off by default: what a cap would show
    QVERIFY(!label(&panel, "epochsReadout")->isVisible());
    const int before = doc.undoStack()->count();
    typeInto(edit, QStringLiteral("25B"));
    QCOMPARE(doc.inputs().uniqueTokens, std::optional<double>(25e9));
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QVERIFY(doc.plan().repetition);
    // datablations README: 9.1 epochs for this budget on 25B unique tokens.
    QVERIFY2(label(&panel, "epochsReadout")->text().startsWith(QStringLiteral("9.0")) ||
                 label(&panel, "epochsReadout")->text().startsWith(QStringLiteral("9.1")),
             qPrintable(label(&panel, "epochsReadout")->text()));
    QVERIFY(label(&panel, "epochsReadout")->isVisible());
    QVERIFY(!label(&panel, "uniqueDataHint")->isVisible());
    QVERIFY(!label(&panel, "lossLostReadout")->accessibleName().isEmpty());
    // 9 epochs: past 4, before 16: the paper's "returns fade" finding shows, with its source.
    const QString findings = label(&panel, "uniqueDataFindings")->text();
    QVERIFY2(findings.contains(QStringLiteral("fade")) && findings.contains(QStringLiteral("Muennighoff")), qPrintable(findings));
    saveShot(&panel, QStringLiteral("uniquedatapanel"));
    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().uniqueTokens, std::optional<double>());
    QVERIFY(!doc.plan().repetition);
    QVERIFY(label(&panel, "uniqueDataHint")->isVisible());
    QCOMPARE(edit->text(), QString());
    // A cap outside the plausible tokens is not taken, and the field says why.
    typeInto(edit, QStringLiteral("-5"));
    QCOMPARE(doc.inputs().uniqueTokens, std::optional<double>());
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("uniqueTokensEditError"))->text().isEmpty());
}

void TestWindowUniqueData::chartsLowestPointIsThePlan()
{
    PlanInputs inputs = dataLawBudget();
    inputs.uniqueTokens = 25e9;
    PlanDocument doc(m_catalogs, inputs);
    EpochsChart chart(&doc);
    chart.resize(360, 220);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.isVisible());
    const QList<QPointF> curve = chart.curve();
    QVERIFY(curve.size() > 20);
    const std::optional<QPointF> plan = chart.planPoint();
    QVERIFY(plan);
    FRONTIER_COMPARE_REL(plan->x(), doc.plan().repetition->run.epochs, 1e-12);
    // Every point of the curve spends the plan's compute; none is below the plan's loss.
    for (const QPointF &p : curve)
        QVERIFY2(p.y() >= plan->y() - 1e-9, qPrintable(QStringLiteral("%1 epochs: %2").arg(p.x()).arg(p.y(), 0, 'g', 12)));
    // and the curve rises on both sides of it (too few tokens left, data worth less right).
    QVERIFY(curve.front().y() > plan->y() + 1e-3 && curve.back().y() > plan->y() + 1e-3);
    // Without a cap the chart is hidden.
    PlanInputs free = doc.inputs();
    free.uniqueTokens.reset();
    doc.setInputs(free, QStringLiteral("no cap"));
    QVERIFY(!chart.isVisible());
}

void TestWindowUniqueData::lawWithoutRepetitionTermsSaysSo()
{
    PlanInputs inputs = PlanInputs::defaults(); // hoffmann2022
    PlanDocument doc(m_catalogs, inputs);
    UniqueDataPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY2(label(&panel, "uniqueDataHint")->text().contains(QStringLiteral("no terms for repeated data")),
             qPrintable(label(&panel, "uniqueDataHint")->text()));
    typeInto(panel.findChild<QLineEdit *>(QStringLiteral("uniqueTokensEdit")), QStringLiteral("10B"));
    // The plan uses exactly the law it was given: the cap is kept and the plan says why it has no answer.
    QCOMPARE(doc.inputs().uniqueTokens, std::optional<double>(10e9));
    QVERIFY(doc.problem());
    QCOMPARE(doc.problem()->code, std::string("laws.no_repetition_terms"));
    QCOMPARE(doc.problem()->arg("law"), std::string("hoffmann2022"));
    QVERIFY(!label(&panel, "epochsReadout")->isVisible());

    // The way out is one click, one undo step: the button names the law that has repetition terms,
    // switches to it, and the kept cap then plans (the law's own constants: overrides are cleared).
    auto *use = panel.findChild<QPushButton *>(QStringLiteral("useRepeatingLawButton"));
    QVERIFY(use);
    QVERIFY(use->isVisible());
    QVERIFY2(use->accessibleName().contains(QStringLiteral("Muennighoff et al. 2023")), qPrintable(use->accessibleName()));
    QVERIFY(panel.tabOrder().contains(use));
    const int before = doc.undoStack()->count();
    use->click();
    QCOMPARE(doc.inputs().lawId, std::string("muennighoff2023"));
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QVERIFY(!doc.problem());
    QVERIFY(doc.plan().repetition);
    QVERIFY(label(&panel, "epochsReadout")->isVisible());
    QVERIFY(!use->isVisible());
    // Undone, the inputs ask for hoffmann2022 again (and have a problem, so the document still holds
    // the last law that planned): the hint and the button speak of the law the user chose.
    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().lawId, std::string("hoffmann2022"));
    QVERIFY(use->isVisible());
    QVERIFY2(label(&panel, "uniqueDataHint")->text().contains(QStringLiteral("no terms for repeated data")),
             qPrintable(label(&panel, "uniqueDataHint")->text()));
}

void TestWindowUniqueData::windowHasTheGroupInTheTabChain()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    window.document()->setLaw("muennighoff2023");
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("uniqueTokensEdit"));
    QVERIFY(edit);
    typeInto(edit, QStringLiteral("20B"));
    QCOMPARE(window.document()->inputs().uniqueTokens, std::optional<double>(20e9));
    auto *chart = window.findChild<EpochsChart *>();
    QVERIFY(chart->isVisible());
    // Tab from the batch field's last stop (no batch: the field and its unit) to the cap, its readouts,
    // the findings, the chart, then the sparse group below it.
    window.findChild<QComboBox *>(QStringLiteral("batchUnitCombo"))->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, (QStringList{"uniqueTokensEdit", "epochsReadout", "effectiveTokensReadout", "effectiveParamsReadout",
                                   "lossLostReadout", "floorLossReadout", "uniqueDataFindings", "epochsChart", "moeCheck"}));
    window.findChild<QScrollArea *>(QStringLiteral("inputsArea"))->ensureWidgetVisible(chart);
    saveShot(&window, QStringLiteral("window-uniquedata"));
    saveShot(window.findChild<UniqueDataPanel *>()->parentWidget(), QStringLiteral("window-uniquedata-group"));
}

QTEST_MAIN(TestWindowUniqueData)
#include "tst_window_uniquedata.moc"
