#include "ui/charts/chartviewstate.h"

#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"

namespace frontier::ui {

namespace {

// The document's view with `chart`'s spans in it: its FLOPs span is both charts'.
ChartView withSpansOf(ChartView view, const LogChartView &chart, bool isLossChart)
{
    const LogRange r = chart.range();
    view.lossX = Log10Range{r.xMin, r.xMax};
    (isLossChart ? view.lossY : view.allocationY) = Log10Range{r.yMin, r.yMax};
    return view;
}

} // namespace

void applyChartView(const ChartView &view, LossChart &loss, AllocationChart &allocation)
{
    LogRange l = loss.homeRangeForPlan();
    LogRange a = allocation.homeRangeForPlan();
    if (view.lossX)
        l.xMin = view.lossX->min, l.xMax = view.lossX->max;
    if (view.lossY)
        l.yMin = view.lossY->min, l.yMax = view.lossY->max;
    if (view.allocationY)
        a.yMin = view.allocationY->min, a.yMax = view.allocationY->max;
    a.xMin = l.xMin, a.xMax = l.xMax;
    loss.setRange(l);
    allocation.setRange(a);
}

void bindChartView(PlanDocument &document, LossChart &loss, AllocationChart &allocation)
{
    // A change goes around once: a chart that already shows a span does not say it changed, and the
    // document does not signal a view equal to its own.
    QObject::connect(&document, &PlanDocument::chartViewChanged, &loss,
                     [&document, &loss, &allocation] { applyChartView(document.chartView(), loss, allocation); });
    QObject::connect(&loss, &LogChartView::rangeChanged, &document, [&document, &loss] {
        document.setChartView(withSpansOf(document.chartView(), loss, true));
    });
    QObject::connect(&allocation, &LogChartView::rangeChanged, &document, [&document, &allocation] {
        document.setChartView(withSpansOf(document.chartView(), allocation, false));
    });
    applyChartView(document.chartView(), loss, allocation);
    document.setChartView(withSpansOf(withSpansOf(document.chartView(), loss, true), allocation, false));
}

} // namespace frontier::ui
