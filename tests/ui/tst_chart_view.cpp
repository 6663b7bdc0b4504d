// The charts and their view, and one change, one build: the loss chart computes its curve family (lossChartData, the costly part of
// a redraw) once per change that needs it and never for one that does not, as LabPlot's
// RetransformTest counts retransforms. A law switch used to build twice: once through resetRange()'s
// rangeChanged, then again in refresh().
#include "data/appcatalogs.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/chartviewstate.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"

#include <QtTest>

using namespace frontier;
using namespace frontier::ui;

class TestChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneChangeOneBuild();
    void zoomGoesThroughTheDocument();
};

void TestChartView::oneChangeOneBuild()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults());
    LossChart chart(&document);
    chart.resize(900, 600);
    QCOMPARE(document.inputs().lawId, std::string("hoffmann2022"));
    int builds = chart.curveBuildCount();
    const auto built = [&] {
        const int now = chart.curveBuildCount(), since = now - builds;
        builds = now;
        return since;
    };

    // Another law: its own curves over its own range, built once, whether the range moves (from a
    // zoom the user made) or stays (the home range of the same budget).
    const LogRange home = chart.range();
    chart.setXRange(home.xMin - 2, home.xMax + 1);
    QCOMPARE(built(), 1);
    document.setLaw("kaplan2020");
    QCOMPARE(built(), 1);
    QCOMPARE(chart.range().xMin, home.xMin);
    document.setLaw("hoffmann2022");
    QCOMPARE(built(), 1);
    // The same law with another constant: new curves, same range.
    document.setOverrides({{"E", 1.9}});
    QCOMPARE(built(), 1);
    // A budget inside the view moves the marker only; undo too.
    document.setBudget(document.inputs().budgetAmount * 1.5, document.inputs().budgetUnit);
    QCOMPARE(built(), 0);
    document.undoStack()->undo();
    QCOMPARE(built(), 0);
    // A zoom that changes the FLOPs span computes the curves for it; one that keeps it does not.
    const LogRange r = chart.range();
    chart.setXRange(r.xMin - 1, r.xMax);
    QCOMPARE(built(), 1);
    chart.setRange({r.xMin - 1, r.xMax, r.yMin - 0.1, r.yMax});
    QCOMPARE(built(), 0);
    // A layer switched off and on: each a redraw.
    document.setLayerVisible(ChartLayer::LearningCurves, false);
    QCOMPARE(built(), 1);
    document.setLayerVisible(ChartLayer::LearningCurves, true);
    QCOMPARE(built(), 1);
}

// The document holds the view: a zoom of either chart moves the FLOPs axis of both and is what a
// session saves; a view set on the document (a session opened, Reset zoom) is what both show.
void TestChartView::zoomGoesThroughTheDocument()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults());
    LossChart loss(&document);
    AllocationChart allocation(&document);
    bindChartView(document, loss, allocation);
    const LogRange home = loss.range();
    QCOMPARE(allocation.range().xMin, home.xMin);
    QCOMPARE(document.chartView().lossX->min, home.xMin);

    allocation.setXRange(home.xMin - 1, home.xMax + 1);
    QCOMPARE(loss.range().xMin, home.xMin - 1);
    QCOMPARE(loss.range().xMax, home.xMax + 1);
    QCOMPARE(document.chartView().lossX->max, home.xMax + 1);
    QCOMPARE(document.chartView().allocationY->min, allocation.range().yMin);

    ChartView saved;
    saved.lossX = Log10Range{20, 22};
    saved.lossY = Log10Range{0.2, 0.6};
    document.setChartView(saved);
    QCOMPARE(loss.range().xMin, 20.0);
    QCOMPARE(allocation.range().xMax, 22.0);
    QCOMPARE(loss.range().yMax, 0.6);
    QCOMPARE(document.chartView().lossX->min, 20.0);

    document.setChartView({}); // View > Reset zoom
    QCOMPARE(loss.range().xMin, loss.homeRangeForPlan().xMin);
    QCOMPARE(allocation.range().xMin, loss.homeRangeForPlan().xMin);
}

QTEST_MAIN(TestChartView)
#include "tst_chart_view.moc"
