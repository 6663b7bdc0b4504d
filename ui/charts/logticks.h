#pragma once
// Tick marks for Frontier's log-log charts. The charts plot log10 of every value on linear axes (so
// the chart's own mapping stays exact and zooming is linear in decades) and label the ticks with
// the real values: powers of ten as 10¹⁸, a narrow loss range as 2, 2.5, 3, model sizes as 1M, 10B.

#include <QString>
#include <QVector>

#include <functional>

namespace frontier::ui {

struct Tick
{
    double position = 0; // log10 of the value
    QString label;
};

// "10¹⁸", "10⁻³".
QString powerOfTen(int exponent);
// A value as the hover texts show it: three figures times a power of ten ("1.16 × 10²²").
QString scientificText(double value);

// Ticks for [lo, hi] in log10 units, at most about `maxTicks`: whole decades (every 2nd, 5th ...
// when the span is wide) labelled 10ⁿ, or, within a decade or two, round mantissas (1, 1.5, 2, 3, 5
// ...) labelled as plain numbers.
QVector<Tick> logTicks(double lo, double hi, int maxTicks = 8);

// The same with labels as counts people read: 1M, 100M, 1B, 10T (for model sizes and tokens).
QVector<Tick> countTicks(double lo, double hi, int maxTicks = 8);

// The most ticks from `make(maxTicks)`, for maxTicks from `preferred` down to 2, whose labels read in
// full on an axis `pixels` long showing [lo, hi]: each label is `extent(label)` pixels along the axis,
// centred on its tick, with `gap` pixels to the next. When even the fewest overlap, every other one
// goes until they do not.
QVector<Tick> fittingTicks(const std::function<QVector<Tick>(int maxTicks)> &make, int preferred, double lo,
                           double hi, double pixels, const std::function<double(const QString &)> &extent,
                           double gap);

// 3.2e9 -> "3.2B" (k, M, B, T; beyond T in powers of ten).
QString shortCount(double value);

} // namespace frontier::ui
