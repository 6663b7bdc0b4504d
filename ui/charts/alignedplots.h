#pragma once
// Two charts stacked on one FLOP axis (the loss chart over the allocation chart) read as one figure
// only if their plots start at the same x. Each chart's y labels take their own width ("2.2" against
// "100B"), so the narrower one gets the difference as extra left margin, kept up to date as either
// chart's labels change. (Their right edges already match: both take the colour bar's margin.)

class QChart;

namespace frontier::ui {

// From now on, for as long as both live.
void alignPlotLefts(QChart *upper, QChart *lower);

} // namespace frontier::ui
