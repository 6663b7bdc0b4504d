#include "ui/document/contrast.h"

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + t * (to.redF() - from.redF())),
                            float(from.greenF() + t * (to.greenF() - from.greenF())),
                            float(from.blueF() + t * (to.blueF() - from.blueF())));
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor quietTextColor(const QColor &text, const QColor &background, double minRatio)
{
    // Opaque: a translucent text colour (Qt's default placeholder text) reads differently on every
    // background it lands on.
    const QColor opaqueText = mix(background, text, text.alphaF());
    for (double t = 1.0 / 3; t > 0; t -= 1.0 / 30) {
        const QColor quiet = mix(opaqueText, background, t);
        if (contrastRatio(quiet, background) >= minRatio)
            return quiet;
    }
    return opaqueText;
}

} // namespace frontier::ui
