#pragma once
// What the loss chart draws, each on or off (View > Layers); the document holds which are on.

namespace frontier::ui {

enum class ChartLayer { LearningCurves, Frontier, PublishedFrontier, Envelope, OptimalCurve, BudgetMarker, ImportedRuns };
inline constexpr int kChartLayerCount = 7;

} // namespace frontier::ui
