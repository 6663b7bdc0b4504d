#pragma once
// How the two charts are zoomed, to and from a session (model/plan/session.h's ChartView): the
// window saves and opens it, and `frontier export` draws a session's charts with the zoom it saved.

#include "model/plan/session.h"

namespace frontier::ui {

class AllocationChart;
class LossChart;

// The charts' visible spans (log10 of the axes' ends).
ChartView chartViewOf(const LossChart &loss, const AllocationChart &allocation);

// The plan's own view first, then each span the session saved; the allocation chart takes the loss
// chart's FLOPs, as in the window.
void applyChartView(const ChartView &view, LossChart &loss, AllocationChart &allocation);

} // namespace frontier::ui
