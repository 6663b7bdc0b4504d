#include "ui/charts/logticks.h"

#include <cmath>

namespace frontier::ui {

QString powerOfTen(int exponent)
{
    static const QChar superscripts[] = {QChar(0x2070), QChar(0x00B9), QChar(0x00B2), QChar(0x00B3), QChar(0x2074),
                                         QChar(0x2075), QChar(0x2076), QChar(0x2077), QChar(0x2078), QChar(0x2079)};
    QString digits;
    for (const QChar c : QString::number(std::abs(exponent)))
        digits += superscripts[c.digitValue()];
    return QStringLiteral("10") + (exponent < 0 ? QString(QChar(0x207B)) : QString()) + digits;
}

QString scientificText(double value)
{
    const int exponent = int(std::floor(std::log10(value)));
    return QString::number(value / std::pow(10.0, exponent), 'f', 2) + QStringLiteral(" \u00d7 ") + powerOfTen(exponent);
}

namespace {

// Decades between ticks so that at most maxTicks fit.
int decadeStride(double span, int maxTicks)
{
    for (const int stride : {1, 2, 3, 5, 10, 20, 50})
        if (span / stride <= maxTicks)
            return stride;
    return 100;
}

template<typename Label>
QVector<Tick> ticks(double lo, double hi, int maxTicks, Label label)
{
    QVector<Tick> out;
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return out;
    const double span = hi - lo;
    if (span >= 2) {
        const int stride = decadeStride(span, maxTicks);
        for (int e = int(std::ceil(lo / stride)) * stride; e <= hi + 1e-9; e += stride)
            out.push_back({double(e), label(std::pow(10.0, e), e)});
        return out;
    }
    // Within two decades: round mantissas, as many as fit.
    static const QVector<QVector<double>> mantissaSets{
        {1, 2, 5}, {1, 1.5, 2, 3, 5, 7}, {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9},
        {1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
        // A few per cent wide (the losses offers buy with one budget): steps of 0.05 up to 3.
        {1,    1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.35, 1.4, 1.45, 1.5, 1.55, 1.6, 1.65, 1.7, 1.75, 1.8,
         1.85, 1.9,  1.95, 2,   2.05, 2.1, 2.15, 2.2, 2.25, 2.3, 2.35, 2.4, 2.45, 2.5, 2.55, 2.6, 2.65,
         2.7,  2.75, 2.8, 2.85, 2.9, 2.95, 3,  3.1,  3.2, 3.3,  3.4, 3.5,  3.6, 3.7,  3.8, 3.9,  4, 4.2, 4.4,
         4.6,  4.8,  5,   5.5,  6,   6.5,  7,   7.5,  8,   8.5,  9,   9.5}};
    QVector<Tick> best;
    for (const auto &mantissas : mantissaSets) {
        QVector<Tick> candidate;
        for (int e = int(std::floor(lo)) - 1; e <= int(std::ceil(hi)); ++e)
            for (const double m : mantissas) {
                const double position = e + std::log10(m);
                if (position >= lo - 1e-9 && position <= hi + 1e-9)
                    candidate.push_back({position, label(m * std::pow(10.0, e), m == 1 ? e : 1000)});
            }
        // One label is no scale: a finer set while fewer than two.
        if (candidate.size() > maxTicks && best.size() >= 2)
            break;
        best = candidate;
        if (best.size() >= std::max(2, maxTicks / 2))
            break;
    }
    return best;
}

QString plainNumber(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

QVector<Tick> logTicks(double lo, double hi, int maxTicks)
{
    // Whole decades far from 1 read best as powers of ten; near 1 (a loss of 2 or 3) as numbers.
    return ticks(lo, hi, maxTicks, [&](double value, int exponent) {
        if (exponent != 1000 && (exponent > 3 || exponent < -2))
            return powerOfTen(exponent);
        return plainNumber(value);
    });
}

namespace {

bool labelsFit(const QVector<Tick> &ticks, double lo, double hi, double pixels,
               const std::function<double(const QString &)> &extent, double gap)
{
    const double perDecade = pixels / (hi - lo);
    for (qsizetype i = 1; i < ticks.size(); ++i) {
        const double apart = (ticks[i].position - ticks[i - 1].position) * perDecade;
        if (apart < (extent(ticks[i].label) + extent(ticks[i - 1].label)) / 2 + gap)
            return false;
    }
    return true;
}

} // namespace

QVector<Tick> fittingTicks(const std::function<QVector<Tick>(int maxTicks)> &make, int preferred, double lo,
                           double hi, double pixels, const std::function<double(const QString &)> &extent,
                           double gap)
{
    if (!(hi > lo) || !(pixels > 0))
        return make(std::max(2, preferred));
    QVector<Tick> ticks;
    for (int n = std::max(2, preferred); n >= 2; --n) {
        ticks = make(n);
        if (labelsFit(ticks, lo, hi, pixels, extent, gap))
            return ticks;
    }
    while (ticks.size() > 1 && !labelsFit(ticks, lo, hi, pixels, extent, gap)) {
        QVector<Tick> half;
        for (qsizetype i = 0; i < ticks.size(); i += 2)
            half.push_back(ticks[i]);
        ticks = half;
    }
    return ticks;
}

QString shortCount(double value)
{
    static const struct { double scale; const char *suffix; } units[] = {
        {1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    if (value >= 1e15 || value <= 0)
        return powerOfTen(int(std::round(std::log10(value))));
    for (const auto &u : units)
        if (value >= u.scale)
            return QString::number(value / u.scale, 'g', 3) + QLatin1String(u.suffix);
    return QString::number(value, 'g', 3);
}

QVector<Tick> countTicks(double lo, double hi, int maxTicks)
{
    return ticks(lo, hi, maxTicks, [](double value, int) { return shortCount(value); });
}

} // namespace frontier::ui
