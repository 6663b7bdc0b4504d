#pragma once
// What the charts draw, each on or off (View > Layers); the document holds which are on.

namespace frontier::ui {

// KnownRuns: the published runs (GPT-3, Chinchilla, Llama 2, ...) on both charts; on at first, so a
// newcomer sees where their plan stands against the runs everyone knows.
enum class ChartLayer { LearningCurves, Frontier, PublishedFrontier, Envelope, OptimalCurve, BudgetMarker, ImportedRuns, KnownRuns };
inline constexpr int kChartLayerCount = 8;

} // namespace frontier::ui
