#pragma once
// The charts and the document's view of them (PlanDocument::chartView(), model/plan/session.h's
// ChartView): the two charts show it, and what the user does to either (zoom, pan, reset) goes back
// into it, so they share one FLOPs span through the document and a session saves what is on screen.

#include "model/plan/session.h"

namespace frontier::ui {

class AllocationChart;
class LossChart;
class PlanDocument;

// Binds both charts to `document`'s view for as long as the charts live: they take its spans now
// and at every change, and write theirs into it at every change of their own.
void bindChartView(PlanDocument &document, LossChart &loss, AllocationChart &allocation);

// Shows `view` on the charts: the plan's own view first, then each span the view has; the
// allocation chart takes the loss chart's FLOPs.
void applyChartView(const ChartView &view, LossChart &loss, AllocationChart &allocation);

} // namespace frontier::ui
