#pragma once
// How well one colour reads on another: the WCAG 2 contrast ratio, from 1:1 (the same) to 21:1
// (black on white). Texts need 4.5:1 (WCAG AA), lines and marks 3:1 (WCAG's non-text contrast).
// The charts pick the part of their colour map that stays visible on the plot's background with it,
// the panels their secondary texts; the tests measure the colours drawn with it.

#include <QColor>

namespace frontier::ui {

constexpr double kTextContrast = 4.5;
constexpr double kGraphicContrast = 3.0;

// WCAG 2 relative luminance: sRGB linearised, weighted 0.2126 R + 0.7152 G + 0.0722 B.
double relativeLuminance(const QColor &color);
// (L_lighter + 0.05) / (L_darker + 0.05).
double contrastRatio(const QColor &a, const QColor &b);
// A quieter variant of `text` on `background` (a note, a citation): moved towards the background as
// far as `minRatio` allows, at most a third of the way.
QColor quietTextColor(const QColor &text, const QColor &background, double minRatio = kTextContrast);

} // namespace frontier::ui
