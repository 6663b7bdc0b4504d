#include "ui/charts/colormap.h"

#include "ui/document/contrast.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace frontier::ui {

namespace {

// Viridis sampled at t = 0, 1/8, ..., 1 (matplotlib's _viridis_data, entries 0, 32, ..., 255);
// linear interpolation between these stays within a few levels of the full 256-entry table.
constexpr std::array<std::array<double, 3>, 9> kStops{{
    {0.267004, 0.004874, 0.329415},
    {0.282623, 0.140926, 0.457517},
    {0.253935, 0.265254, 0.529983},
    {0.206756, 0.371758, 0.553117},
    {0.163625, 0.471133, 0.558148},
    {0.127568, 0.566949, 0.550556},
    {0.134692, 0.658636, 0.517649},
    {0.266941, 0.748751, 0.440573},
    {0.993248, 0.906157, 0.143936},
}};

} // namespace

QColor viridis(double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    // The last segment (t 7/8 -> 1) bends through green-yellow: two extra stops keep it faithful.
    static constexpr std::array<std::array<double, 4>, 3> kTail{{
        {0.875, 0.266941, 0.748751, 0.440573},
        {0.9375, 0.565498, 0.842430, 0.262877},
        {1.0, 0.993248, 0.906157, 0.143936},
    }};
    std::array<double, 3> rgb{};
    if (t >= 0.875) {
        const int i = t >= 0.9375 ? 1 : 0;
        const double u = (t - kTail[i][0]) / (kTail[i + 1][0] - kTail[i][0]);
        for (int c = 0; c < 3; ++c)
            rgb[c] = kTail[i][c + 1] + u * (kTail[i + 1][c + 1] - kTail[i][c + 1]);
    } else {
        const double x = t * 8;
        const int i = std::min(6, static_cast<int>(x));
        const double u = x - i;
        for (int c = 0; c < 3; ++c)
            rgb[c] = kStops[i][c] + u * (kStops[i + 1][c] - kStops[i][c]);
    }
    return QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
}

QColor ColorScale::at(double t) const
{
    return viridis(from + std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * (to - from));
}

ColorScale visibleViridis(const QColor &background)
{
    // Viridis rises in luminance from end to end: the visible part is one interval, found in
    // steps of 1/200 from whichever end is too close to the background.
    constexpr int kSteps = 200;
    const auto visible = [&](int i) { return contrastRatio(viridis(double(i) / kSteps), background) >= kGraphicContrast; };
    int lo = 0, hi = kSteps;
    while (lo < hi && !visible(lo))
        ++lo;
    while (hi > lo && !visible(hi))
        --hi;
    if (hi - lo < kSteps / 4) // a mid-grey background: no part is clear of it; keep them all
        return {};
    return {double(lo) / kSteps, double(hi) / kSteps};
}

QColor colorForSize(double params, double minParams, double maxParams, const ColorScale &scale)
{
    if (!(maxParams > minParams) || !(params > 0))
        return scale.at(0.5);
    return scale.at(std::log(params / minParams) / std::log(maxParams / minParams));
}

} // namespace frontier::ui
