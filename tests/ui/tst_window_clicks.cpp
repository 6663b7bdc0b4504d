// The charts' taps (ui/charts/chartclicks.cpp), as the Hugging Face 2020 calculator had them: a plain
// click on the loss chart sets the target loss (or the budget whose frontier reaches the loss clicked),
// a click on the allocation chart sets the model size; each click is one undo step. A double click
// (Home) is no click, a drag is no click (it zooms or moves a handle as before), and a click asking
// for a loss no compute reaches changes nothing and says why.
#include "chartmouse.h"
#include "testsupport.h"

#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QStatusBar>
#include <QUndoStack>

using namespace frontier;
using frontier::ui::MainWindow;

namespace {

// Long enough for a waiting click to have been taken, had it been one.
void waitOutADoubleClick()
{
    QTest::qWait(QApplication::doubleClickInterval() + 200);
}

// A point of the loss chart's plot where nothing can be grabbed: left of the budget line, between
// the frontier and the bottom of the plot.
QPoint freeLossPoint(ui::LossChart *chart, double flops)
{
    const QRectF plot = chart->plotAreaInViewport();
    const QPointF onFrontier = chart->frontierPixelAt(flops);
    return QPoint(int(onFrontier.x()), int((onFrontier.y() + plot.bottom()) / 2));
}

} // namespace

class TestWindowClicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { frontier::test::isolateWindowTest(); }
    void lossClickSetsTheTarget();
    void lossClickSetsTheBudget();
    void allocationClickSetsTheSize_data();
    void allocationClickSetsTheSize();
    void doubleClickIsNoClick();
    void dragIsNoClick();
    void clickBelowTheFloorSaysWhy();

private:
    ui::AppCatalogs m_catalogs = ui::AppCatalogs::fromResources();
};

void TestWindowClicks::lossClickSetsTheTarget()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    PlanInputs inputs = doc->inputs();
    inputs.mode = PlanMode::TargetLoss;
    doc->apply(inputs);
    auto *chart = window.lossChart();
    const QPoint p = freeLossPoint(chart, doc->plan().allocation.flops / 30);
    QVERIFY(chart->dragHintAt(p).isEmpty()); // not on the frontier, nor on the budget line
    QVERIFY2(chart->clickHintAt(p).contains(QStringLiteral("aim for this loss")), qPrintable(chart->clickHintAt(p)));
    const double clicked = chart->valueAt(p)->y();

    // A screen reader is told how to set the target without a mouse.
    QVERIFY2(chart->accessibleDescription().contains(QStringLiteral("type another in the budget panel")),
             qPrintable(chart->accessibleDescription()));

    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    QTRY_COMPARE(doc->inputs().targetLoss, clicked);
    QCOMPARE(doc->inputs().mode, PlanMode::TargetLoss);
    FRONTIER_COMPARE_REL(*doc->plan().allocation.loss, clicked, 1e-12); // the plan reaches it
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Set target loss"));
    doc->undoStack()->undo();
    QCOMPARE(doc->inputs().targetLoss, inputs.targetLoss);
}

void TestWindowClicks::lossClickSetsTheBudget()
{
    MainWindow window(m_catalogs); // $20,000 on 8 H100s
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    const QPoint p = freeLossPoint(chart, doc->plan().allocation.flops / 30);
    QVERIFY(chart->dragHintAt(p).isEmpty());
    const double clicked = chart->valueAt(p)->y();

    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    QTRY_COMPARE(doc->undoStack()->count(), 1);
    // The budget, still in dollars, buys the compute-optimal run whose loss is the one clicked.
    QCOMPARE(doc->inputs().mode, PlanMode::Budget);
    QCOMPARE(doc->inputs().budgetUnit, BudgetUnit::Usd);
    QVERIFY(doc->inputs().budgetAmount > 20000);
    FRONTIER_COMPARE_REL(*doc->plan().allocation.loss, clicked, 1e-9);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Set budget"));
}

void TestWindowClicks::allocationClickSetsTheSize_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("fixed job: N") << int(PlanMode::FixedJob);
    QTest::newRow("budget: the one whose N_opt it is") << int(PlanMode::Budget);
    QTest::newRow("target loss: that of the optimal run of that N") << int(PlanMode::TargetLoss);
}

void TestWindowClicks::allocationClickSetsTheSize()
{
    QFETCH(int, mode);
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    PlanInputs inputs = doc->inputs();
    inputs.mode = PlanMode(mode);
    doc->apply(inputs);
    auto *chart = window.allocationChart();
    // Left of the plan, 40 pixels off its N_opt line (above it where there is room): no handle there.
    const double flops = doc->plan().allocation.flops / 10;
    const QPointF line = chart->paramsPixelAt(flops);
    const bool above = line.y() - 40 > chart->plotAreaInViewport().top() + 5;
    const QPoint p(int(line.x()), int(line.y()) + (above ? -40 : 40));
    QVERIFY(chart->dragHintAt(p).isEmpty());
    QVERIFY(!chart->clickHintAt(p).isEmpty());
    const double clicked = chart->valueAt(p)->y();
    const double tokens = doc->inputs().tokens;

    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    QTRY_COMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(int(doc->inputs().mode), mode);
    FRONTIER_COMPARE_REL(doc->plan().allocation.params, clicked, 1e-9);
    if (PlanMode(mode) == PlanMode::FixedJob)
        QCOMPARE(doc->inputs().tokens, tokens); // the other half of the job stays
}

void TestWindowClicks::doubleClickIsNoClick()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    const QPoint p = freeLossPoint(chart, doc->plan().allocation.flops / 30);
    chart->setRange({chart->range().xMin + 1, chart->range().xMax - 1, chart->range().yMin, chart->range().yMax});
    const ui::LogRange zoomed = chart->range();
    test::doubleClickMouse(chart->viewport(), p);
    waitOutADoubleClick();
    QCOMPARE(doc->undoStack()->count(), 0); // Home, not a budget
    QVERIFY(!(chart->range() == zoomed));
}

void TestWindowClicks::dragIsNoClick()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    const QPoint from = freeLossPoint(chart, doc->plan().allocation.flops / 30);
    const ui::LogRange before = chart->range();
    // Away from every handle a drag is the rubber band's: it zooms, and sets nothing.
    QTest::mousePress(chart->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 6; ++i)
        test::moveMouse(chart->viewport(), from + QPoint(10 * i, -8 * i), Qt::LeftButton);
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(60, -48));
    waitOutADoubleClick();
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(chart->range().xMax - chart->range().xMin < before.xMax - before.xMin);
    // The budget line still drags, one step, and no click follows its release.
    const QPoint budget = chart->budgetHandlePixel().toPoint() + QPoint(0, 30);
    QTest::mousePress(chart->viewport(), Qt::LeftButton, Qt::NoModifier, budget);
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, Qt::NoModifier, budget);
    waitOutADoubleClick();
    QVERIFY(doc->undoStack()->count() <= 1);
    if (doc->undoStack()->count() == 1)
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Drag budget"));
}

void TestWindowClicks::clickBelowTheFloorSaysWhy()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    // Zoom the loss axis down past Chinchilla's E = 1.69 and click under it.
    const ui::LogRange r = chart->range();
    chart->setRange({r.xMin, r.xMax, std::log10(1.2), std::log10(3.0)});
    const QPointF atFloor = chart->pixelOf(doc->plan().allocation.flops / 30, 1.4);
    const QPoint p = atFloor.toPoint();
    QVERIFY(chart->dragHintAt(p).isEmpty());
    const PlanInputs before = doc->inputs();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("irreducible loss")));
    QVERIFY(doc->inputs() == before);
    QCOMPARE(doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestWindowClicks)
#include "tst_window_clicks.moc"
