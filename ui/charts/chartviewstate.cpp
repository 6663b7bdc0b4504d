#include "ui/charts/chartviewstate.h"

#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"

namespace frontier::ui {

ChartView chartViewOf(const LossChart &loss, const AllocationChart &allocation)
{
    const LogRange l = loss.range(), a = allocation.range();
    ChartView view;
    view.lossX = Log10Range{l.xMin, l.xMax};
    view.lossY = Log10Range{l.yMin, l.yMax};
    view.allocationY = Log10Range{a.yMin, a.yMax};
    return view;
}

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

} // namespace frontier::ui
