#pragma once
// A perceptual colour map for the learning-curve family: viridis (van der Walt and Smith, the
// matplotlib default since 2.0), which reads in order from dark to light, prints in grey and is
// safe for the common colour-vision deficiencies.

#include <QColor>

namespace frontier::ui {

// t in [0, 1] (clamped) -> viridis colour.
QColor viridis(double t);

// The part of viridis a chart uses: all of it on paper, on a screen the part whose every colour
// stands out from the plot's background at 3:1 (WCAG non-text contrast). Viridis runs from near
// black to near white: its dark end vanished on the dark theme, its yellow end on white.
struct ColorScale
{
    double from = 0, to = 1;
    QColor at(double t) const; // t in [0, 1] over the part
    bool operator==(const ColorScale &) const = default;
};
ColorScale visibleViridis(const QColor &background);

// The colour of a model size on a log scale from `minParams` (dark) to `maxParams` (light).
QColor colorForSize(double params, double minParams, double maxParams, const ColorScale &scale = {});

} // namespace frontier::ui
