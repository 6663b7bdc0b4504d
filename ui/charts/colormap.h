#pragma once
// A perceptual colour map for the learning-curve family: viridis (van der Walt and Smith, the
// matplotlib default since 2.0), which reads in order from dark to light, prints in grey and is
// safe for the common colour-vision deficiencies.

#include <QColor>

namespace frontier::ui {

// t in [0, 1] (clamped) -> viridis colour.
QColor viridis(double t);

// The colour of a model size on a log scale from `minParams` (dark) to `maxParams` (light).
QColor colorForSize(double params, double minParams, double maxParams);

} // namespace frontier::ui
